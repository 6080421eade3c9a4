"""DOT text from a `Diagram`, and the one function that runs Graphviz.

Every shape in a `Diagram` already has its position, so the DOT uses the `nop2`
layout (neato's "-n2" mode): Graphviz keeps node and edge positions as given
and only routes the `Connector` edges, around the boxes. Boxes are single nodes
with HTML-like labels made of fixed-size table cells, so what Graphviz draws is
exactly what the layout code measured. Backgrounds are clusters with a `bb`,
which Graphviz draws first and does not treat as obstacles.

User text is data: it only ever enters the DOT through `html_text` (inside
HTML-like labels) or `quoted` / `tooltip` (inside double-quoted strings).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from pathlib import Path

from cxdocs import cache
from cxdocs.diagrams import svg
from cxdocs.diagrams.scene import (
    Box,
    Connector,
    Diagram,
    Line,
    Picture,
    Point,
    Region,
    Row,
    TextStyle,
)
from cxdocs.diagrams.style import FONT
from cxdocs.diagrams.text import clean

log = logging.getLogger(__name__)

FORMATS = ("svg", "png", "pdf")
TIMEOUT_SECONDS = 120
BADGE_GAP = 3  # between a badge and its text
ARROW_LENGTH = 7  # an arrowhead at the default `arrowsize=0.7`, in points
INSTALL_HINT = (
    "Graphviz's `dot` program was not found on PATH; cxdocs needs it to draw diagrams. "
    "Install Graphviz: Debian/Ubuntu `sudo apt-get install graphviz`, "
    "macOS `brew install graphviz`, Windows `winget install graphviz` "
    "(or see https://graphviz.org/download/), then run the command again."
)


class DiagramError(Exception):
    """Base class for problems drawing a diagram; the message is for users."""


class GraphvizNotFound(DiagramError):
    """The `dot` program is not installed or not on PATH."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(INSTALL_HINT + (f" ({detail})" if detail else ""))


class RenderError(DiagramError):
    """Graphviz ran and failed; the message carries its stderr."""


# --- escaping ----------------------------------------------------------------


def html_text(text: str) -> str:
    """Escape text for the inside of a DOT HTML-like label.

    Markup characters become entities. Backslashes are doubled because
    Graphviz expands escapes such as `\\N` (the node name) even inside
    HTML-like labels. Control characters are dropped: they are invalid in SVG.
    """
    text = clean(text).replace("\n", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("'", "&#39;")
    return text.replace("\\", "\\\\")


def _entities(text: str) -> str:
    # The SVG writer copies entities through and escapes bare markup itself;
    # writing &, < and > as entities keeps the text literal either way.
    text = clean(text).replace("\n", " ")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoted(text: str) -> str:
    """A DOT double-quoted string holding `text` literally (for href and the like).

    Inside quotes DOT only knows `\\"`, and Graphviz expands `\\N`-style
    escapes afterwards, so backslashes are doubled before quotes are escaped.
    """
    return '"' + _entities(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def tooltip(text: str) -> str:
    """Like `quoted`, for `tooltip`: Graphviz unescapes tooltips twice."""
    body = _entities(text).replace("\\", "\\\\\\\\").replace('"', '\\"')
    return '"' + body + '"'


def _num(value: float) -> str:
    """Deterministic, short decimal text for coordinates."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# --- emitting ----------------------------------------------------------------


def _font(text: str, style: TextStyle, base_size: float) -> str:
    body = html_text(text)
    if not body:
        return ""
    if style.strike:
        body = f"<S>{body}</S>"
    if style.italic:
        body = f"<I>{body}</I>"
    if style.bold:
        body = f"<B>{body}</B>"
    attrs = f'COLOR="{style.color}"'
    if style.size != base_size:
        attrs += f' POINT-SIZE="{_num(style.size)}"'
    return f"<FONT {attrs}>{body}</FONT>"


def _cell(
    content: str, width: int, height: int, *, align: str, fill: str | None, colspan: int = 1
) -> str:
    attrs = f'FIXEDSIZE="TRUE" WIDTH="{width}" HEIGHT="{height}" ALIGN="{align.upper()}"'
    if colspan > 1:
        attrs += f' COLSPAN="{colspan}"'
    if fill:
        attrs += f' BGCOLOR="{fill}"'
    return f"<TD {attrs}>{content}</TD>"


def _rows_table(box: Box, inner_w: int, inner_h: int, base_size: float) -> str:
    """The box's rows as a table of fixed cells, padded to exactly inner_h."""
    badged = any(row.badge is not None for row in box.rows)
    filler = inner_h - box.content_height
    if filler < 0:
        raise ValueError(f"box {box.key!r}: rows need {box.content_height}pt, box has {inner_h}")
    top = filler // 2 if box.valign == "middle" else 0
    rows: list[Row] = []
    if top:
        rows.append(Row(text="", height=top))
    rows.extend(box.rows)
    if filler - top:
        rows.append(Row(text="", height=filler - top))
    out: list[str] = []
    # With badges, rows have three cells: badge, a little air, text.
    badge_w = box.badge_width - BADGE_GAP
    for row in rows:
        text = _font(row.text, row.style, base_size)
        if badged and row.badge is not None:
            badge = _font(row.badge, row.badge_style, base_size)
            text_w = inner_w - box.badge_width
            cells = (
                _cell(badge, badge_w, row.height, align="center", fill=row.badge_fill)
                + _cell("", BADGE_GAP, row.height, align="left", fill=row.fill)
                + _cell(text, text_w, row.height, align=row.align, fill=row.fill)
            )
        else:
            colspan = 3 if badged else 1
            cells = _cell(
                text, inner_w, row.height, align=row.align, fill=row.fill, colspan=colspan
            )
        out.append(f"<TR>{cells}</TR>")
    return (
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">'
        + "".join(out)
        + "</TABLE>"
    )


def _picture_cell(picture: Picture, width: int, height: int) -> str:
    """A fixed cell with the picture scaled to fit, keeping its proportions."""
    return (
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>'
        f'<TD FIXEDSIZE="TRUE" WIDTH="{width}" HEIGHT="{height}">'
        f'<IMG SRC="{html_text(picture.path)}" SCALE="TRUE"/></TD></TR></TABLE>'
    )


def _shaped(box: Box) -> list[str]:
    """A shape Graphviz draws itself (ellipse, note) at the box's exact size."""
    return [
        f"shape={box.shape}",
        "fixedsize=true",
        f"width={_num(box.w / 72)}",
        f"height={_num(box.h / 72)}",
        'style="filled,dashed"' if box.dashed else 'style="filled"',
        f'fillcolor="{box.fill or "none"}"',
        f'color="{box.stroke or "none"}"',
        f"penwidth={box.stroke_width}",
    ]


def _box(name: str, box: Box, height: int, base_size: float) -> str:
    cx, cy = box.x + box.w / 2, height - (box.y + box.h / 2)
    attrs = [f'pos="{_num(cx)},{_num(cy)}"']
    if box.shape == "ellipse":
        # Graphviz centres a plain text label in the ellipse, which a table of
        # fixed cells cannot do as well; ellipses only hold a few short lines.
        label = "<BR/>".join(_font(row.text, row.style, base_size) for row in box.rows)
        attrs += _shaped(box)
    elif box.shape == "note":
        # A sheet with a folded corner (Graphviz draws it): a thing the customer
        # holds or sees. The rows sit in a borderless table with the room a
        # bordered box gives them, so both shapes wrap text alike.
        border = box.stroke_width if box.stroke else 0
        inner_w = box.w - 2 * box.padding - 2 * border
        inner_h = box.h - 2 * box.padding - 2 * border
        attrs += _shaped(box)
        label = (
            f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" '
            f'CELLPADDING="{box.padding + border}"><TR><TD>'
            + _rows_table(box, inner_w, inner_h, base_size)
            + "</TD></TR></TABLE>"
        )
    else:
        border = box.stroke_width if box.stroke else 0
        inner_w = box.w - 2 * box.padding - 2 * border
        inner_h = box.h - 2 * box.padding - 2 * border
        styles = [s for s, on in (("rounded", box.rounded), ("dashed", box.dashed)) if on]
        table = f'BORDER="{border}" CELLBORDER="0" CELLSPACING="0" CELLPADDING="{box.padding}"'
        if box.stroke:
            table += f' COLOR="{box.stroke}"'
        if box.fill:
            table += f' BGCOLOR="{box.fill}"'
        if styles:
            table += f' STYLE="{",".join(styles)}"'
        inside = (
            _picture_cell(box.picture, inner_w, inner_h)
            if box.picture
            else _rows_table(box, inner_w, inner_h, base_size)
        )
        label = f"<TABLE {table}><TR><TD>{inside}</TD></TR></TABLE>"
        if box.picture:
            # The file's digest in the source: a new picture at the same path is
            # a new drawing for the caches (Graphviz's SVG drops comments).
            attrs.append(f"comment={quoted('picture sha256:' + box.picture.digest)}")
    attrs.append(f"label=<{label}>")
    if box.link:
        attrs.append(f"href={quoted(box.link)}")
        attrs.append(f"tooltip={tooltip(box.tooltip or box.link)}")
    if box.css_class:
        attrs.append(f"class={quoted(box.css_class)}")
    return f"  {name} [{', '.join(attrs)}];"


def _region(index: int, region: Region, height: int) -> list[str]:
    bb = ",".join(
        _num(v)
        for v in (region.x, height - region.y - region.h, region.x + region.w, height - region.y)
    )
    style = "filled,rounded" if region.rounded else "filled"
    stroke = region.stroke or region.fill
    css = f", class={quoted(region.css_class)}" if region.css_class else ""
    return [
        f"  subgraph cluster_r{index} {{",
        f'    graph [bb="{bb}", style="{style}", fillcolor="{region.fill}", '
        f'color="{stroke}", penwidth={region.stroke_width}, label=""{css}];',
        "  }",
    ]


def _spline(route: tuple[Point, ...], height: int, arrow: bool) -> tuple[str, Point, Point]:
    """Graphviz's `pos` for a polyline (y flipped), and its first and last points."""
    points = [(x, height - y) for x, y in route]
    tip = points[-1]
    if arrow:
        # The spline stops where the arrowhead starts; `e,` names its tip.
        (ax, ay), (bx, by) = points[-2], points[-1]
        length = max(((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5, 0.001)
        back = min(ARROW_LENGTH, length * 0.9) / length
        points[-1] = (bx - (bx - ax) * back, by - (by - ay) * back)
    # A straight polyline as a cubic B-spline: each segment's control points
    # sit on its ends.
    spline = [points[0]]
    for point in points[1:]:
        spline += [spline[-1], point, point]
    pos = " ".join(f"{_num(x)},{_num(y)}" for x, y in spline)
    if arrow:
        pos = f"e,{_num(tip[0])},{_num(tip[1])} {pos}"
    return pos, points[0], tip


def _line(index: int, line: Line, height: int) -> list[str]:
    pos, (x0, y0), (x1, y1) = _spline(line.points, height, line.arrow)
    if len(line.colors) > 1:
        # Graphviz rejects shares adding up to more than 1: the last colour
        # takes whatever is left.
        share = f"{1 / len(line.colors) - 0.0005:.3f}"
        color = ":".join(f"{c};{share}" for c in line.colors[:-1]) + ":" + line.colors[-1]
    else:
        color = line.colors[0]
    style = "" if line.style == "solid" else f", style={line.style}"
    direction = "forward" if line.arrow else "none"
    return [
        f'  l{index}a [shape=point, style=invis, width=0, pos="{_num(x0)},{_num(y0)}"];',
        f'  l{index}b [shape=point, style=invis, width=0, pos="{_num(x1)},{_num(y1)}"];',
        f'  l{index}a -> l{index}b [dir={direction}, pos="{pos}", color="{color}", '
        f"penwidth={_num(line.width)}{style}];",
    ]


def _connector(conn: Connector, names: dict[str, str], height: int) -> str:
    extra = "" if conn.style == "solid" else f", style={conn.style}"
    if conn.css_class:
        extra += f", class={quoted(conn.css_class)}"
    if conn.route:
        extra += f', pos="{_spline(conn.route, height, True)[0]}"'
    return (
        f"  {names[conn.source]} -> {names[conn.target]} "
        f'[color="{conn.color}", penwidth={_num(conn.width)}{extra}];'
    )


def to_dot(diagram: Diagram, base_size: float = 10, dpi: float | None = None) -> str:
    """The DOT source for `diagram`; deterministic, so it can be compared exactly.

    `dpi` sets the pixels per inch of PNG output (slides: exactly 1920 wide).
    """
    h = diagram.height
    # Node names are ours, never user text. Connectors find boxes by key; a
    # duplicated key (an id used twice, which `check` reports) still draws
    # both boxes, and arrows attach to the first.
    names: dict[str, str] = {}
    for index, box in enumerate(diagram.boxes):
        names.setdefault(box.key, f"n{index}")
    # Graphviz routes only connectors without a route of their own.
    splines = "true" if any(c.route is None for c in diagram.connectors) else "false"
    out = [
        "digraph cxdocs {",
        f'  graph [layout=nop2, pad=0, margin=0, bgcolor="{diagram.background}", '
        f"outputorder=edgesfirst, splines={splines}" + (f", dpi={dpi:.4f}" if dpi else "") + "];",
        f'  node [shape=plain, fontname="{FONT}", fontsize={_num(base_size)}, label=""];',
        f'  edge [fontname="{FONT}", arrowsize=0.7];',
    ]
    # A background cluster as big as the canvas fixes the drawing's bounds.
    canvas = Region(0, 0, diagram.width, h, diagram.background)
    for index, region in enumerate((canvas, *diagram.regions)):
        out += _region(index, region, h)
    for index, line in enumerate(diagram.lines):
        out += _line(index, line, h)
    for index, box in enumerate(diagram.boxes):
        out.append(_box(f"n{index}", box, h, base_size))
    for conn in diagram.connectors:
        if conn.source in names and conn.target in names:
            out.append(_connector(conn, names, h))
    out.append("}")
    return "\n".join(out) + "\n"


# --- running Graphviz --------------------------------------------------------


@lru_cache(maxsize=1)
def font_config() -> str:
    """The fontconfig file that adds cxdocs' bundled Liberation Sans to the system's fonts.

    Text is measured with Liberation Sans widths (`text.py`); Graphviz must draw
    with that very font, or cells come out too small ("cell size too small for
    content") and lines ragged. The file includes the system configuration, so
    every other font (emoji, CJK) is still found.
    """
    return str(resources.files("cxdocs").joinpath("assets", "fonts", "fonts.conf"))


# Graphviz processes this process started and that are still running: a diagram
# worker whose build was killed stops them (`stop_graphviz`) before it ends.
_running: set[subprocess.Popen[bytes]] = set()
_running_lock = threading.Lock()


def run_graphviz(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """Run `dot` with `args`: the only place cxdocs starts Graphviz."""
    exe = shutil.which("dot")
    if exe is None:
        raise GraphvizNotFound()
    env = {**os.environ, "FONTCONFIG_FILE": font_config()}
    pipe = subprocess.PIPE
    try:
        process = subprocess.Popen([exe, *args], stdin=pipe, stdout=pipe, stderr=pipe, env=env)
    except (FileNotFoundError, PermissionError) as error:
        raise GraphvizNotFound(str(error)) from error
    with _running_lock:
        _running.add(process)
    try:
        out, err = process.communicate(stdin, timeout=TIMEOUT_SECONDS)
    except BaseException as error:  # too slow, or interrupted: never leave it running
        process.kill()
        process.communicate()
        if isinstance(error, subprocess.TimeoutExpired):
            raise RenderError(
                f"Graphviz took longer than {TIMEOUT_SECONDS}s and was stopped"
            ) from error
        raise
    finally:
        with _running_lock:
            _running.discard(process)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def stop_graphviz() -> None:
    """Kill every Graphviz this process is running (it is about to end)."""
    with _running_lock:
        running = list(_running)
    for process in running:
        with suppress(OSError):
            process.kill()


@lru_cache(maxsize=8)
def _version(exe: str, mtime_ns: int) -> str:
    del exe, mtime_ns  # cache keys: a reinstalled `dot` is asked again
    result = run_graphviz(["-V"])
    text = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
    if result.returncode != 0 or not text:
        raise RenderError(f"`dot -V` failed: {text or 'no output'}")
    return text


def graphviz_version(cache_dir: str | Path | None = None) -> str:
    """`dot -V` output, e.g. "dot - graphviz version 2.43.0 (0)"; asked once per binary.

    With `cache_dir`, the answer is remembered there, keyed by the binary's path,
    modification time and size, so later builds need not start `dot` to know it.
    """
    exe = shutil.which("dot")
    if exe is None:
        raise GraphvizNotFound()
    stat = os.stat(exe)
    binary = f"{exe}|{stat.st_mtime_ns}|{stat.st_size}"
    if cache_dir is not None:
        remembered = cache.remembered_version(cache_dir, binary)
        if remembered is not None:
            return remembered
    version = _version(exe, stat.st_mtime_ns)
    if cache_dir is not None:
        try:
            cache.remember_version(cache_dir, binary, version)
        except OSError as error:  # an unwritable cache only costs a `dot -V` next time
            log.warning("cannot write the diagram cache in %s: %s", cache_dir, error)
    return version


# Graphviz refuses a drawing wider (or taller) than this many points: `WIDTH
# value ... > 65535 - too large`. check stops journeys and blueprints that would
# be (cxdocs.content.checks.limits); what else draws a scene asks `too_big`.
MAX_POINTS = 65_535


def too_big(diagram: Diagram) -> bool:
    """Would Graphviz refuse to draw `diagram` at its size?"""
    return max(diagram.width, diagram.height) > MAX_POINTS


_collector: ContextVar[list[str] | None] = ContextVar("graphviz_warnings", default=None)


@contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """Gather Graphviz's warnings instead of logging them, e.g. to send them to another process.

    The site draws diagrams in worker processes, whose log records MkDocs never
    sees; `draw` collects them there and the main process logs them, so that
    `mkdocs build --strict` fails on one.
    """
    found: list[str] = []
    token = _collector.set(found)
    try:
        yield found
    finally:
        _collector.reset(token)


def _warn(message: str) -> None:
    found = _collector.get()
    if found is None:
        log.warning("%s", message)
    else:
        found.append(message)


def render(
    dot_source: str,
    fmt: str = "svg",
    cache_dir: str | Path | None = None,
    id_prefix: str | None = None,
    *,
    title: str | None = None,
    description: str | None = None,
) -> bytes:
    """Lay out and draw `dot_source` in one format; see `render_formats`."""
    return render_formats(
        dot_source, (fmt,), cache_dir, id_prefix, title=title, description=description
    )[fmt]


def render_formats(
    dot_source: str,
    formats: tuple[str, ...],
    cache_dir: str | Path | None = None,
    id_prefix: str | None = None,
    *,
    title: str | None = None,
    description: str | None = None,
) -> dict[str, bytes]:
    """Lay out `dot_source` once and draw it in every format of `formats`.

    Formats missing from the cache are drawn by ONE Graphviz process (`-Tsvg
    -o a.svg -Tpng -o a.png ...`): one start-up and one layout for all of them,
    byte-identical to separate runs. With `cache_dir`, Graphviz's output is kept
    under a key of the source, the Graphviz version and the format, so an
    unchanged diagram is drawn once. SVG output is then post-processed (see
    `svg.finish`): ids get `id_prefix` (default: derived from the source) and,
    given a `title`, the root element gets role="img" and a <title>/<desc>.
    """
    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown:
        raise ValueError(f"format {unknown[0]!r} is not one of {', '.join(FORMATS)}")
    version = graphviz_version(cache_dir)
    keys = {fmt: cache.key(dot_source, version, fmt) for fmt in formats}
    drawn: dict[str, bytes] = {}
    if cache_dir is not None:
        for fmt in formats:
            found = cache.load(cache_dir, keys[fmt], fmt)
            if found is not None:
                drawn[fmt] = found
    missing = tuple(fmt for fmt in formats if fmt not in drawn)
    if missing:
        fresh, stderr = _draw(dot_source, missing)
        drawn.update(fresh)
        if stderr:
            # Not cached: the next build draws it again and warns again, so a
            # warning cannot vanish from a `--strict` build by being cached.
            _warn(f"Graphviz: {stderr}")
        elif cache_dir is not None:
            try:
                for fmt in missing:
                    cache.store(cache_dir, keys[fmt], fmt, fresh[fmt])
            except OSError as error:  # a cache that cannot be written only costs time
                log.warning("cannot write the diagram cache in %s: %s", cache_dir, error)
    if "svg" in drawn:
        if id_prefix is None:
            id_prefix = "cx" + hashlib.sha256(dot_source.encode("utf-8")).hexdigest()[:8] + "-"
        drawn["svg"] = svg.finish(
            drawn["svg"], id_prefix=id_prefix, title=title, description=description
        )
    return {fmt: drawn[fmt] for fmt in formats}


def rendered_file(dot_source: str, fmt: str, cache_dir: str | Path) -> Path | None:
    """Where the render cache keeps Graphviz's `fmt` output of `dot_source`, if it does.

    PNG and PDF are kept exactly as Graphviz made them (only SVG is finished
    afterwards), so this file is the download itself.
    """
    found = cache.path(cache_dir, cache.key(dot_source, graphviz_version(cache_dir), fmt), fmt)
    return found if fmt != "svg" and found.is_file() else None


# cairo stamps the moment of drawing into every PDF (cairo 1.16, still in Debian
# 12, ignores SOURCE_DATE_EPOCH), so two builds of one diagram would differ.
_PDF_DATE = re.compile(rb"/(?:CreationDate|ModDate) *\(D:[^)]{0,40}\)")


def without_dates(pdf: bytes) -> bytes:
    """The PDF with its creation date blanked out by spaces: the same length, so
    every byte offset in its cross-reference table stays right."""
    return _PDF_DATE.sub(lambda found: b" " * len(found.group(0)), pdf)


def _draw(dot_source: str, formats: tuple[str, ...]) -> tuple[dict[str, bytes], str]:
    """One Graphviz run writing each format to its own file; (bytes per format, stderr)."""
    with tempfile.TemporaryDirectory(prefix="cxdocs-dot-") as scratch:
        outputs = {fmt: Path(scratch, f"diagram.{fmt}") for fmt in formats}
        args = [arg for fmt in formats for arg in (f"-T{fmt}", f"-o{outputs[fmt]}")]
        result = run_graphviz(args, dot_source.encode("utf-8"))
        stderr = result.stderr.decode("utf-8", "replace").strip()
        drawn = {fmt: path.read_bytes() for fmt, path in outputs.items() if path.is_file()}
    if result.returncode != 0 or len(drawn) != len(formats) or not all(drawn.values()):
        raise RenderError(f"Graphviz failed (exit {result.returncode}): {stderr}")
    if "pdf" in drawn:
        drawn["pdf"] = without_dates(drawn["pdf"])
    return drawn, stderr
