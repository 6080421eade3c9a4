"""How much research backs each emotion score: a small mark on the curve's markers.

Once a repository has research sources, every scored step gets a badge at the
lower left of its marker: the number of its citations that name a source, on
navy, or a hollow "?" where it cites nothing, so the curve shows where the team
knows and where it guesses. The legend says which is which.
"""

from __future__ import annotations

from cxdocs.diagrams import style as st
from cxdocs.diagrams.common import LegendItem
from cxdocs.diagrams.scene import Box, Row, TextStyle
from cxdocs.i18n import catalog as i18n

SIZE = 16  # small beside the 28pt marker: a count, not a second marker
_CITED = TextStyle(size=9, bold=True, color=st.WHITE)
_GUESS = TextStyle(size=9, bold=True, color=st.MUTED)


def _text(count: int) -> str:
    return "9+" if count > 9 else str(count) if count else "?"


def evidence_mark(index: int, count: int, cx: float, cy: float, marker: int, loc: str) -> Box:
    """The badge of the step in column `index`, whose marker is centred at (cx, cy)."""
    key = "journey.evidence.cited" if count else "journey.evidence.none"
    return Box(
        key=f"evidence-{index}",
        x=round(cx - marker / 2 - SIZE / 2 + 2),
        y=round(cy + marker / 2 - SIZE + 4),
        w=SIZE,
        h=SIZE,
        shape="ellipse",
        padding=0,
        fill=st.NAVY if count else st.WHITE,
        stroke=st.WHITE if count else st.MUTED,
        stroke_width=1,
        valign="middle",
        rows=(Row(_text(count), 10, _CITED if count else _GUESS, align="center"),),
        css_class="cx-evidence-mark" if count else "cx-evidence-mark cx-no-evidence",
        tooltip=i18n.label(loc, key, n=count),
    )


def evidence_legend(loc: str) -> list[LegendItem]:
    return [
        LegendItem(i18n.label(loc, "journey.legend.evidence"), heading=True),
        LegendItem(
            i18n.label(loc, "journey.legend.evidence_cited"), "\u25cf", TextStyle(10, color=st.NAVY)
        ),
        LegendItem(
            i18n.label(loc, "journey.legend.evidence_none"), "\u25cb", TextStyle(10, color=st.MUTED)
        ),
    ]
