"""The diagrams' dark variant: every palette colour mapped for a dark page.

Diagrams are drawn once, for white paper (and printed that way). On a dark
page (Material's `slate` scheme, the built-in theme's `data-bs-theme="dark"`)
the site's stylesheet recolours the inlined SVG by attribute: each colour the
diagram code can draw has a dark counterpart per role, made here from the
light one in OKLab, so hue and meaning stay and only lightness turns over:

- surfaces (a shape's light fill, a light border) go dark: white paper becomes
  the darkest surface, tints stay tinted;
- ink (text, dark strokes) goes light, keeping its hue;
- accents (saturated fills such as emotion markers, badges, stage headers) and
  the text drawn on them (white, `ON_ACCENT`) stay as they are: they already
  read on a dark page, and their text on them.

The rules live in assets/cxdocs.css between two markers; `python -m
cxdocs.diagrams.dark` writes them there and tests/test_diagram_contrast.py
checks they are current and that the dark diagrams keep the same contrast
floors as the light ones (text 4.5:1, marks 3:1).
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

from cxdocs.diagrams import style as st

HEX = re.compile(r'"(#[0-9a-fA-F]{6})"')
ACCENT_LUMINANCE = 0.5  # fills darker than this are accents and keep their colour
KEEP_TEXT = frozenset({st.WHITE, st.ON_ACCENT})  # text that is only ever on an accent
SCHEMES = ('[data-md-color-scheme="slate"]', '[data-bs-theme="dark"]')
SHAPES = ":is(polygon, path, ellipse, rect, circle)"
BEGIN = "/* BEGIN diagram dark palette: written by `python -m cxdocs.diagrams.dark` */"
END = "/* END diagram dark palette */"
CSS = Path(__file__).resolve().parent.parent / "assets" / "cxdocs.css"


def _linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _gamma(v: float) -> float:
    return 12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055


def luminance(color: str) -> float:
    """WCAG relative luminance of '#rrggbb'."""
    r, g, b = (_linear(int(color[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two '#rrggbb' colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _oklab(color: str) -> tuple[float, float, float]:
    r, g, b = (_linear(int(color[i : i + 2], 16) / 255) for i in (1, 3, 5))
    lms = (
        (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b) ** (1 / 3),
        (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b) ** (1 / 3),
        (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b) ** (1 / 3),
    )
    l_, m_, s_ = lms
    return (
        0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_,
        1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
        0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_,
    )


def _srgb(lightness: float, a: float, b: float) -> str:
    """'#rrggbb' of an OKLab colour, its chroma reduced until it fits sRGB."""
    for _ in range(60):
        l_ = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
        m_ = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
        s_ = (lightness - 0.0894841775 * a - 1.2914855480 * b) ** 3
        rgb = (
            4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
            -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
            -0.0041960863 * l_ - 0.7034186147 * m_ + 1.7076147010 * s_,
        )
        if all(-0.0005 <= v <= 1.0005 for v in rgb):
            break
        a, b = a * 0.93, b * 0.93
    return "#" + "".join(f"{round(max(0.0, min(1.0, _gamma(v))) * 255):02x}" for v in rgb)


def surface(color: str) -> str:
    """A light fill or border on a dark page: lightness turned over, tint kept."""
    lightness, a, b = _oklab(color)
    return _srgb(0.22 + (1 - lightness) * 0.95, a * 0.8, b * 0.8)


def ink(color: str) -> str:
    """Text or a dark line on a dark page: as light as the paper was dark."""
    lightness, a, b = _oklab(color)
    return _srgb(max(lightness, 1.0 - lightness * 0.48), a * 0.85, b * 0.85)


@cache
def palette() -> tuple[str, ...]:
    """Every colour the diagram code can draw (gradient blends aside: they run
    between emotion colours, which are accents and stay)."""
    package = Path(__file__).resolve().parent.parent
    sources = [*sorted((package / "diagrams").glob("*.py")), package / "site" / "compare.py"]
    found = {m.group(1).lower() for p in sources for m in HEX.finditer(p.read_text("utf-8"))}
    return tuple(sorted(found))


def dark_fill(color: str) -> str:
    return color if luminance(color) < ACCENT_LUMINANCE else surface(color)


def dark_text(color: str) -> str:
    return color if color in KEEP_TEXT else ink(color)


def dark_stroke(color: str) -> str:
    return surface(color) if luminance(color) >= ACCENT_LUMINANCE else ink(color)


def dark_svg(svg: str) -> str:
    """The SVG as a dark page shows it (what the stylesheet's rules do), for tests
    and for anyone who wants a dark file."""

    def element(match: re.Match[str]) -> str:
        tag = match.group(1)

        def attr(found: re.Match[str]) -> str:
            name, color = found.group(1), found.group(2).lower()
            if name == "stroke":
                return f'stroke="{dark_stroke(color)}"'
            return f'fill="{dark_text(color) if tag == "text" else dark_fill(color)}"'

        return re.sub(r'\b(fill|stroke)="(#[0-9a-fA-F]{6})"', attr, match.group(0))

    return re.sub(r"<(\w+)\b[^>]*>", element, svg)


def dark_css() -> str:
    """The stylesheet rules that give the inlined diagrams their dark colours.

    Each drawn colour reads a custom property, set only inside a diagram on a
    dark page (and on screen: paper stays white). Properties, not selectors
    through the page: the viewer's sticky headers, lane labels and overview
    `<use>` the drawing, and a `<use>` copy sees no ancestor outside itself,
    but it does inherit properties."""
    scope = f":is({', '.join(SCHEMES)}) .cx-diagram"
    rules, values = [], []
    for color in palette():
        name = color[1:]
        for role, dark_color, rule in (
            (
                "f",
                dark_fill(color),
                f'{SHAPES}[fill="{color}"] {{ fill: var(--cxd-f-{name}, {color}); }}',
            ),
            (
                "t",
                dark_text(color),
                f'text[fill="{color}"] {{ fill: var(--cxd-t-{name}, {color}); }}',
            ),
            (
                "s",
                dark_stroke(color),
                f'[stroke="{color}"] {{ stroke: var(--cxd-s-{name}, {color}); }}',
            ),
        ):
            if dark_color != color:
                rules.append(rule)
                values.append(f"  --cxd-{role}-{name}: {dark_color};")
    return "\n".join([BEGIN, *rules, "@media screen {", f"{scope} {{", *values, "}", "}", END])


def _write() -> None:
    text = CSS.read_text("utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    CSS.write_text(text[:start] + dark_css() + text[end:], "utf-8")


if __name__ == "__main__":
    _write()
    sys.exit(0)
