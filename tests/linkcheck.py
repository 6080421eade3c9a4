"""Walks a built site: every internal link must reach a file, and its #anchor an id."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if values.get("name") and tag == "a":
            self.ids.add(str(values["name"]))
        for attribute in ("href", "src", "xlink:href"):
            link = values.get(attribute)
            if link and (tag != "link" or values.get("rel") not in ("canonical", "alternate")):
                self.links.append(link)


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def broken_links(site: Path) -> list[str]:
    pages = {p: _parse(p) for p in sorted(site.rglob("*.html"))}
    # 404.html is served at any depth, so MkDocs gives it root-absolute links.
    checked = {p: c for p, c in pages.items() if p.name != "404.html"}
    broken = []
    for page, parsed in checked.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue
            target_path, fragment = urldefrag(link)
            target_path = target_path.split("?", 1)[0]  # a filter in the address: same page
            if target_path:
                target = (page.parent / unquote(target_path)).resolve()
                if target.is_dir():
                    target = target / "index.html"
            else:
                target = page
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {link} (no such file)")
                continue
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(fragment) not in ids:
                    broken.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    return broken
