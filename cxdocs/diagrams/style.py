"""Colours, type sizes and measures shared by all diagrams.

One palette keeps journeys, blueprints and empathy maps looking like one
product. Colours are chosen to read on white (every diagram draws its own white
background, so they also hold up on a dark-mode page) and to keep meaning
without colour alone: severities and markers also differ in weight or glyph.
"""

from __future__ import annotations

from cxdocs.diagrams.scene import TextStyle

# Bundled with cxdocs (assets/fonts) and given to Graphviz; browsers and viewers
# without it fall back to the metric-compatible Arial or Helvetica.
FONT = "Liberation Sans,Arial,Helvetica,sans-serif"

# Neutrals (cool greys).
INK = "#1f2933"
INK_SOFT = "#3e4c59"
MUTED = "#616e7c"
FAINT = "#9aa5b1"
RULE = "#cbd2d9"
CARD_BORDER = "#d3dce6"
LANE_FILL = "#f3f6f9"
LABEL_FILL = "#e4ebf2"
WHITE = "#ffffff"
# Dark text on a saturated fill (an emotion marker, a wait badge): a colour of
# its own, since a dark page keeps accents and the text on them as they are,
# while INK on paper turns light (diagrams/dark.py).
ON_ACCENT = "#1b242d"

# Brand-ish accents.
NAVY = "#243b53"
NAVY_SOFT = "#334e68"
STAGE_FILLS = ("#d9e6f2", "#e8eff6")
FUTURE = "#0b7285"
# The current state's curve under a future one: grey, dashed, hollow points,
# still >= 3:1 on the lane (it is compared against, so it must be seen).
GHOST = "#76828f"
# Dark enough for the moment-of-truth star and border to read on white and on
# the gold tint (>= 3:1, as a meaningful mark must; tests/test_diagram_contrast.py).
GOLD = "#a86f00"
GOLD_TEXT = "#8d5b00"
GOLD_TINT = "#fff3cf"

# Emotion scale -2 .. +2: red, orange, grey, light blue, dark blue. Blue, not
# green, for the good end: under deuteranopia (red-green colour blindness) red
# and green look alike, while every pair of these stays apart (CIE76 distance
# >= 27 in a Machado 2009 simulation; see tests). The signed digit on every
# marker carries the score without colour.
EMOTION_COLORS = {-2: "#c62828", -1: "#f08c00", 0: "#8f9ba8", 1: "#3d9be9", 2: "#1c4e9c"}
# The scale's colours as text or a small glyph on a light card (the axis labels,
# the feeling's heart): darkened where the marker colour reads under 4.5:1.
EMOTION_INK = {-2: "#c62828", -1: "#a35a00", 0: "#5f6b78", 1: "#1a67b3", 2: "#1c4e9c"}
# Text on the emotion marker: white on the dark ends, ink on the light middle.
EMOTION_TEXT = {-2: WHITE, -1: ON_ACCENT, 0: ON_ACCENT, 1: ON_ACCENT, 2: WHITE}

# Pain point severities: (badge colour, text colour, row fill). Every badge
# reads >= 3:1 on its card, and each severity has its own glyph, so medium and
# low differ by shape, not by colour alone (high is also bold on a red tint).
SEVERITY = {
    "high": ("#c62828", "#7f1d1d", "#fde8e8"),
    "medium": ("#a35a00", INK, None),
    "low": ("#5f6b78", INK_SOFT, None),
}
SEVERITY_GLYPH = {"high": "\u25cf", "medium": "\u25b2", "low": "\u25cb"}  # ● ▲ ○
OPPORTUNITY = "#2e7d32"

# Blueprint lanes: (region fill, accent for borders and labels; >= 4.5:1 on the fill).
LANE_COLORS = {
    "evidence": ("#f6f5f0", "#6b6354"),
    "customer": ("#eaf2fb", "#2f6fb0"),
    "frontstage": ("#eaf6ee", "#226f3e"),
    "backstage": ("#fdf4e6", "#8a5500"),
    "support": ("#f2eefa", "#6d4fb0"),
}
FAIL = "#c62828"
# A fail point's tag by severity, a red ramp apart from the amber wait tag:
# the word's colour, the badge's fill and the "F" on it.
FAIL_TEXT = {"high": "#7f1d1d", "medium": FAIL, "low": "#7f1d1d"}
FAIL_BADGE = {"high": "#7f1d1d", "medium": FAIL, "low": "#f6c6c6"}
FAIL_BADGE_TEXT = {"high": WHITE, "medium": WHITE, "low": "#7f1d1d"}
WAIT = "#e8a317"
CONNECTOR = "#52606d"

# Diff highlights (`cxdocs diff --svg-dir`): added, removed (ghosted), changed.
# Each also has a tag with a word on it, so the meaning never rests on colour.
ADDED = "#1e7b34"
ADDED_TINT = "#e4f4e8"
REMOVED = "#687485"
REMOVED_TINT = "#f4f6f8"
REMOVED_TEXT = "#8a96a3"
CHANGED = "#b45309"
CHANGED_TEXT = "#8a4b00"

# Empathy map quadrants: (region fill, heading colour).
QUADRANT_COLORS = {
    "thinks": ("#eaf2fb", "#2f6fb0"),
    "feels": ("#fcebef", "#b03a5b"),
    "says": ("#eaf6ee", "#226f3e"),
    "does": ("#fdf4e6", "#8a5500"),
    "pains": ("#fcefef", "#b42318"),
    "gains": ("#edf7ef", "#1e7b34"),
}

# Type. Nothing in journey maps and blueprints is set below 9pt.
MIN_SIZE = 9
TITLE = TextStyle(size=15, bold=True, color=INK)
SUBTITLE = TextStyle(size=9, color=MUTED)
HEADING = TextStyle(size=10.5, bold=True, color=NAVY)
BODY = TextStyle(size=9.5, color=INK)
BODY_BOLD = TextStyle(size=9.5, bold=True, color=INK)
SMALL = TextStyle(size=9, color=MUTED)
SMALL_BOLD = TextStyle(size=9, bold=True, color=MUTED)


def emotion_color(score: int) -> str:
    return EMOTION_COLORS[max(-2, min(2, score))]


def emotion_ink(score: int) -> str:
    """The emotion's colour as text or a glyph on a light card."""
    return EMOTION_INK[max(-2, min(2, score))]


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def blend(start: str, end: str, share: float) -> str:
    """The colour `share` (0..1) of the way from `start` to `end`."""
    a, b = _rgb(start), _rgb(end)
    mixed = (round(x + (y - x) * share) for x, y in zip(a, b, strict=True))
    return "#" + "".join(f"{v:02x}" for v in mixed)


def gradient(start: str, end: str, pieces: int) -> tuple[str, ...]:
    """Colours for `pieces` even segments of a line fading from start to end."""
    if start == end:
        return (start,)
    return tuple(blend(start, end, (i + 0.5) / pieces) for i in range(pieces))
