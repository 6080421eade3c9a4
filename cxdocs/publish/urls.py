"""The URLs engines give Markdown pages, so links in raw HTML land where they should.

Generated pages are raw HTML inside Markdown: engines do not rewrite links
there, so `cxdocs build` writes the final, page-relative URL the engine will
serve. Every engine cxdocs targets (MkDocs, ProperDocs, Zensical, TechDocs)
maps `a/b.md` to `a/b/` (or `a/b.html` with `use_directory_urls: false`) and
`a/index.md` to `a/`; the rules below are MkDocs' own.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote


def page_url(src_uri: str, directory_urls: bool = True) -> str:
    """Where the engine serves a page, relative to the site root ('./' is the root)."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    folder, _, name = stem.rpartition("/")
    if name == "index":
        dest = f"{folder}/index.html" if folder else "index.html"
    elif directory_urls:
        dest = f"{stem}/index.html"
    else:
        dest = f"{stem}.html"
    if directory_urls and dest.endswith("index.html"):
        return quote(dest[: -len("index.html")] or "./")
    return quote(dest)


def _parts(path: str) -> list[str]:
    normal = posixpath.normpath("/" + path)[1:]
    return normal.split("/") if normal else []


def relative_url(url: str, other: str) -> str:
    """`url` as seen from the page served at `other` (both relative to the site root)."""
    folder, _, name = other.rpartition("/")
    if "." in name:  # a file: its folder is where relative links start
        other = folder
    here, there = _parts(other), _parts(url)
    common = 0
    for a, b in zip(here, there, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(here) - common) + there[common:]) or "."
    return rel + "/" if url.endswith("/") else rel
