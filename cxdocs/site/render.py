"""Jinja2 environment for generated pages; users override templates from their theme.

Templates are looked up first in `<theme custom_dir>/cxdocs/`, then in the
package, so a team can restyle one page without forking the plugin.
Autoescaping is on: every user string is escaped unless a filter made it safe.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from markupsafe import Markup

from cxdocs import cache
from cxdocs.i18n import catalog as i18n
from cxdocs.i18n import numbers
from cxdocs.site.markdown import render_markdown
from cxdocs.site.viewer import diagram_frame, download_links, paper_links, svg_data_uri


def emotion_step(score: float) -> int:
    """The point of the -2..+2 colour scale a score (or an average) shows as."""
    return max(-2, min(2, int(numbers.rounded(score, 0))))


def emotion_class(score: int | float | None) -> str:
    if score is None:
        return "cx-emotion-none"
    step = emotion_step(score)
    return "cx-emotion-" + ("0" if step == 0 else ("p" if step > 0 else "m") + str(abs(step)))


def environment(
    override_dir: Path | None,
    locale: str,
    downloads: Sequence[str],
    compiled_dir: Path | None = None,
) -> jinja2.Environment:
    """Templates for one site; `downloads` are the formats diagrams link to.

    `compiled_dir` keeps compiled templates between processes (Jinja checks
    each against its template's text); compiling them all takes longer than
    a warm build renders.
    """
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None and override_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(override_dir)))
    loaders.append(jinja2.PackageLoader("cxdocs", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(compiled_dir),
    )

    plain_labels: dict[str, str] = {}  # a register asks for the same labels on every row

    def t(key: str, **values: Any) -> str:
        if values:
            return i18n.label(locale, key, **values)
        found = plain_labels.get(key)
        if found is None:
            found = plain_labels[key] = i18n.label(locale, key)
        return found

    @jinja2.pass_context
    def diagram_frame_in(
        context: jinja2.runtime.Context,
        content: Markup,
        css_class: str = "",
        key: str = "",
        name: str = "",
        file_name: str = "",
    ) -> Markup:
        # Downloads need the page's own URL: `site_url` makes a site path relative to it.
        site_url = context.get("site_url")
        links = download_links(key, site_url, downloads) if key and site_url else None
        paper = paper_links(key, site_url, downloads) if key and site_url else None
        if file_name and "svg" in downloads:
            # A chart drawn on the page (no file of its own): the SVG travels in the link.
            links = {"svg": svg_data_uri(content)}
        return diagram_frame(
            content,
            locale,
            css_class=css_class,
            name=name,
            downloads=links,
            paper=paper,
            file_name=file_name,
        )

    env.globals["t"] = t
    env.globals["tn"] = partial(i18n.plural, locale)  # tn(key, count, ...)
    env.globals["fragment"] = render_fragment
    env.globals["diagram_frame"] = diagram_frame_in
    env.filters["markdown"] = render_markdown
    env.filters["emotion"] = partial(numbers.score, locale=locale)
    env.filters["emotion_class"] = emotion_class
    env.filters["number"] = partial(numbers.number, locale=locale)
    env.filters["measure"] = partial(numbers.measure, locale=locale)
    return env


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's bytecode cache, its files sealed and verified like every cache
    entry (cxdocs.cache): Jinja checks only the template's checksum, so a
    garbled byte inside the compiled code could render a wrong page."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        raw = cache.read_file(Path(self._get_cache_filename(bucket)))
        try:
            if raw is not None:
                bucket.bytecode_from_string(raw)
        except Exception:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            cache.write_file(Path(self._get_cache_filename(bucket)), bucket.bytecode_to_string())


def _bytecode_cache(folder: Path | None) -> jinja2.BytecodeCache | None:
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a cache that cannot be written only costs time
        return None
    return _CompiledTemplates(str(folder))


def render_fragment(*parts: object, caller: Callable[[], str]) -> str:
    """`{% call fragment(parts...) %}row{% endcall %}`: the row, rendered.

    The page builder puts a remembering version in its place, which reuses a
    row from the page's last rendering (see cxdocs.site.pagecache.RowCache):
    `parts` must be all the row shows besides the page's own settings.
    """
    return caller()


def render_page(
    env: jinja2.Environment, template: str, url: Callable[[str], str], **context: Any
) -> Markup:
    return Markup(env.get_template(template).render(url=url, **context))
