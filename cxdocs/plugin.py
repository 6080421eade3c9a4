"""The MkDocs plugin: thin glue that runs the same checks as `cxdocs check`.

Errors stop the build with the same file:line:col messages; warnings go to the
`mkdocs.plugins.cxdocs` logger, so `mkdocs build --strict` fails on them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from cxdocs.checks.run import CheckResult, run_checks
from cxdocs.config import ConfigError, read_config
from cxdocs.model import FOLDERS
from cxdocs.problems import format_text, sort_problems

log = logging.getLogger("mkdocs.plugins.cxdocs")


class CxdocsConfig(base.Config):
    """Options under `plugins: - cxdocs:`; validated in full by cxdocs.model.Settings."""

    locale = c.Choice(("en", "pt-BR"), default="en")
    """Language of labels in diagrams and generated pages."""
    channels = c.Type(dict, default={})
    """Every channel a step may use: id -> label."""
    actors = c.Type(dict, default={})
    """Teams, roles, systems and partners: id -> label."""
    cache_dir = c.Type(str, default=".cache/cxdocs")
    """Where rendered diagrams are cached, relative to mkdocs.yml."""


class CxdocsPlugin(BasePlugin[CxdocsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.result: CheckResult | None = None

    # on_config runs first in every build (and every `serve` rebuild), so bad
    # content stops the build before MkDocs spends time on pages.
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        try:
            settings = read_config(Path(config.config_file_path))
        except ConfigError as error:
            raise PluginError(
                "cxdocs settings are invalid:\n" + "\n".join(map(format_text, error.problems))
            ) from None
        self.result = run_checks(settings)
        for problem in sort_problems(self.result.warnings):
            log.warning(format_text(problem))
        if self.result.errors:
            raise PluginError(
                "cxdocs found errors in the content:\n"
                + "\n".join(format_text(p) for p in sort_problems(self.result.errors))
            )
        return config

    # Content lives outside docs_dir, so `mkdocs serve` must be told to watch it.
    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        root = Path(config.config_file_path).parent
        for folder in FOLDERS.values():
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server
