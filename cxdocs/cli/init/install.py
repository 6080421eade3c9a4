"""How CI should install cxdocs: the way this cxdocs was installed.

Until a release is on the package index, `pip install cxdocs==X` fails for a
newcomer, so pinning the running version is right only when it came from the
index. Python records how a distribution was installed (PEP 610,
`direct_url.json`): from a git URL, CI installs that commit; from a local
checkout with a remote, that checkout's commit from its remote; from the index
(no record), the release.
"""

from __future__ import annotations

import json
import subprocess
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

from cxdocs import __version__


def install_spec(extra: str) -> str:
    """The pip requirement CI uses, e.g. 'cxdocs[site]==0.2.0' or
    'cxdocs[site] @ git+https://github.com/o/cxdocs@<commit>'."""
    name = f"cxdocs[{extra}]" if extra else "cxdocs"
    source = _source()
    return f"{name} @ {source}" if source else f"{name}=={__version__}"


def _source() -> str | None:
    try:
        text = metadata.distribution("cxdocs").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    if not text:
        return None  # from a package index: the release
    try:
        record = json.loads(text)
    except ValueError:
        return None
    vcs = record.get("vcs_info")
    url = str(record.get("url", ""))
    if isinstance(vcs, dict) and vcs.get("commit_id"):
        return f"git+{url}@{vcs['commit_id']}"
    if "dir_info" in record and url.startswith("file:"):
        return _checkout(Path(unquote(urlparse(url).path)))
    return None


def _checkout(folder: Path) -> str | None:
    """A local checkout's commit, from its remote (None without one)."""

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, text=True, check=False
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    remote, commit = git("remote", "get-url", "origin"), git("rev-parse", "HEAD")
    if not remote or not commit or remote.startswith(("/", "file:", ".")):
        return None
    if remote.startswith("git@") and ":" in remote:  # scp-like: git@host:owner/repo
        host, path = remote[4:].split(":", 1)
        remote = f"https://{host}/{path}"
    return f"git+{remote}@{commit}"
