"""A journey map or blueprint as a PDF on standard paper, with a title block.

Graphviz writes one page the size of the drawing (a journey map: about
800 x 460 mm), which no printer takes. Here that page becomes a Form XObject
placed on A4, A3 or US Letter sheets (landscape), either whole on one sheet
or tiled at a scale that keeps the smallest text at `MIN_PT` (the same cuts
as the printed page, `tiles.plan`), each tile repeating the lane labels on
its left and the stage and step headers on its top, clipped from the one
drawing: the file carries it once, however many sheets show it.

Every sheet has a title block on top: the name, the state, the date and
commit of the content's last change (when git knows them) and the research
base (when the journey states one). Graphviz sets the block too, in the
map's own fonts, so any script in a name prints as it does on the map; only
the sheet number ("2/6", ASCII) is written directly in Helvetica. pypdf
(already needed for slide decks) composes the pages; the document's title
and language are set in its metadata.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cxdocs.diagrams.dot import html_text, render
from cxdocs.diagrams.style import FONT, INK, MUTED
from cxdocs.diagrams.text import wrap
from cxdocs.diagrams.tiles import Tile, plan

MM = 72 / 25.4
# Portrait width x height in points; every sheet is laid landscape.
PAPERS = {"a4": (210 * MM, 297 * MM), "a3": (297 * MM, 420 * MM), "letter": (612.0, 792.0)}
PAPER_NAMES = {"a4": "A4", "a3": "A3", "letter": "Letter"}
LAYOUTS = ("tiled", "page")  # readable over several sheets, or the whole map on one
MARGIN = 10 * MM
BLOCK_GAP = 6.0  # between the title block and the map
MIN_PT = 6.6  # the smallest text on paper (6 pt is the floor), as printed pages keep it


@dataclass(frozen=True)
class TitleBlock:
    """What a sheet says about the map on it; empty parts are left out."""

    name: str
    state: str = ""  # "Current state", "Service blueprint"...
    changed: str = ""  # "Last changed 2024-10-03"
    commit: str = ""  # "commit 1a2b3c4"
    based_on: str = ""  # "Based on: 14 interviews..."
    language: str = "en"

    def facts(self) -> list[str]:
        return [f for f in (self.state, self.changed, self.commit) if f]


def _block_dot(block: TitleBlock, width: float) -> str:
    """A DOT graph of just the title block, its lines wrapped to `width` points."""
    rows = [
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13" COLOR="{INK}"><B>{html_text(line)}</B>'
        "</FONT></TD></TR>"
        for line in wrap(block.name, width, 13, bold=True)
    ]
    for text in (" \u00b7 ".join(block.facts()), block.based_on):
        rows += [
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="8.5" COLOR="{MUTED}">{html_text(line)}'
            "</FONT></TD></TR>"
            for line in (wrap(text, width, 8.5) if text else [])
        ]
    table = (
        f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">{"".join(rows)}</TABLE>'
    )
    return (
        "digraph titleblock {\n"
        f'  graph [margin=0, pad=0, bgcolor="transparent", fontname="{FONT}"];\n'
        f'  node [shape=plaintext, margin=0, fontname="{FONT}"];\n'
        f"  block [label=<{table}>];\n"
        "}\n"
    )


def _form(writer: Any, page: Any) -> tuple[Any, float, float]:
    """A page's drawing as a Form XObject in `writer`: (reference, width, height)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    box = page.mediabox
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in box)
    form[NameObject("/Resources")] = page["/Resources"].clone(writer)
    return writer._add_object(form), float(box.width), float(box.height)


@dataclass(frozen=True)
class _Sheet:
    width: float
    height: float
    map_top: float  # where the map area starts, from the bottom (PDF y)
    scale: float


def _parts(tile: Tile, lanes: float, top: float) -> list[tuple[float, ...]]:
    """(x, y, w, h, source x, source y) in drawing units, as the printed tiles."""
    w, h, band = tile.x1 - tile.x0, tile.y1 - tile.y0, tile.header
    parts: list[tuple[float, ...]] = []
    if band:
        parts += [(0, 0, lanes, band, 0, top), (lanes, 0, w, band, tile.x0, top)]
    if lanes and tile.x0 >= lanes:
        parts.append((0, band, lanes, h, 0, tile.y0))
        parts.append((lanes, band, w, h, tile.x0, tile.y0))
    else:  # one whole map, or a map without a lane column
        parts.append((0, band, tile.x1, h, 0, tile.y0))
    return parts


def _draw_tile(sheet: _Sheet, parts: Sequence[tuple[float, ...]], height: float) -> str:
    """Content-stream operators placing clipped parts of the drawing (`/Map`)."""
    s, left, top = sheet.scale, MARGIN, sheet.map_top
    ops = []
    for x, y, w, h, vx, vy in parts:
        clip = f"{left + s * x:.3f} {top - s * (y + h):.3f} {s * w:.3f} {s * h:.3f} re W n"
        move = f"{s:.5f} 0 0 {s:.5f} {left + s * (x - vx):.3f} {top - s * (y - vy + height):.3f} cm"
        ops.append(f"q {clip} {move} /Map Do Q")
    return "\n".join(ops)


def paper_pdfs(
    drawing: bytes,
    meta: Mapping[str, Any],
    block: TitleBlock,
    cache_dir: Path | None = None,
) -> dict[tuple[str, str], bytes]:
    """The drawing (Graphviz's PDF) on every paper in every layout: (paper,
    layout) -> PDF. The drawing and the title block are read once for all six
    (reading, not writing, is what costs), and the block is set to the
    narrowest sheet's width, so one Graphviz run serves every paper."""
    from pypdf import PdfReader  # only PDFs need it

    narrowest = min(long for _, long in PAPERS.values()) - 2 * MARGIN
    title = render(_block_dot(block, narrowest), "pdf", cache_dir)
    map_page = PdfReader(io.BytesIO(drawing)).pages[0]
    block_page = PdfReader(io.BytesIO(title)).pages[0]
    return {
        (paper, layout): _compose(map_page, block_page, meta, block, paper, layout)
        for paper in PAPERS
        for layout in LAYOUTS
    }


def paper_pdf(
    drawing: bytes,
    meta: Mapping[str, Any],
    block: TitleBlock,
    paper: str,
    layout: str,
    cache_dir: Path | None = None,
) -> bytes:
    """The drawing on `paper` sheets, `layout` "tiled" or "page"."""
    return paper_pdfs(drawing, meta, block, cache_dir)[paper, layout]


def _compose(
    map_page: Any,
    block_page: Any,
    meta: Mapping[str, Any],
    block: TitleBlock,
    paper: str,
    layout: str,
) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import (
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        TextStringObject,
    )

    short, long = PAPERS[paper]
    page_w, page_h = long, short  # landscape
    room_w = page_w - 2 * MARGIN
    writer = PdfWriter()
    map_ref, width, height = _form(writer, map_page)
    block_ref, _, block_h = _form(writer, block_page)
    room_h = page_h - 2 * MARGIN - block_h - BLOCK_GAP
    lanes = float(meta.get("lanes", 0))
    header = [float(v) for v in meta.get("header", (0, 0))]
    if layout == "page":
        scale = min(room_w / width, room_h / height)
        tiles = [Tile(0.0, width, 0.0, height, 0.0)]
    else:
        scale, tiles = plan(meta, room_w, room_h, MIN_PT)
        if len(tiles) == 1:
            tiles = [Tile(0.0, width, 0.0, height, 0.0)]
    sheet = _Sheet(page_w, page_h, page_h - MARGIN - block_h - BLOCK_GAP, scale)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    font_ref = writer._add_object(font)
    for number, tile in enumerate(tiles, 1):
        page = writer.add_blank_page(page_w, page_h)
        page[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject(
                    {NameObject("/Map"): map_ref, NameObject("/Block"): block_ref}
                ),
                NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref}),
            }
        )
        ops = [f"q 1 0 0 1 {MARGIN:.3f} {page_h - MARGIN - block_h:.3f} cm /Block Do Q"]
        ops.append(_draw_tile(sheet, _parts(tile, lanes, header[0]), height))
        if len(tiles) > 1:
            label = f"{number}/{len(tiles)}"
            x = page_w - MARGIN - 4.6 * len(label)
            ops.append(
                f"BT /F1 8.5 Tf 0.38 0.43 0.49 rg {x:.2f} {MARGIN / 2:.2f} Td ({label}) Tj ET"
            )
        content = DecodedStreamObject()
        content.set_data("\n".join(ops).encode("ascii"))
        page[NameObject("/Contents")] = writer._add_object(content)
    writer.add_metadata({"/Title": block.name, "/Creator": "cxdocs"})
    writer._root_object[NameObject("/Lang")] = TextStringObject(block.language)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
