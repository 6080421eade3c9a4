"""Measure cxdocs on synthetic repositories; print each figure as a ratio to its
floor, with its target and whether it is met.

    ./dev bench                  # 340 and 1,700 objects, growth up to 5,000
    ./dev bench --quick          # 340 objects only, one run each: a first look
    ./dev bench --sizes 340,1700 --growth 0 --runs 5
    ./dev bench --check-only     # only cxdocs check against the parse floor

Floors are measured on the same machine in the same run, so the ratios hold on
a noisy machine even when the seconds do not. Nothing here passes or fails:
the exit code is 0 whatever the figures say.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import Environment, Run, median_of, median_run, run_once
from benchmarks.preview import cxdocs_serve, edit_latency, mkdocs_serve
from benchmarks.report import Figure, Table, growth_chart
from benchmarks.synth import Size, write_plain_pages, write_repository
from cxdocs.diagrams.dot import font_config
from cxdocs.files import FOLDERS

PYTHON = sys.executable

PARSE_FLOOR = """
import pathlib, yaml
for folder in ("personas", "journeys", "blueprints"):
    for path in sorted(pathlib.Path(folder).rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

DOT_SOURCES = """
import sys, pathlib
from cxdocs.content.settings.reader import read_config
from cxdocs.content.checks.run import run_checks
from cxdocs.diagrams import to_dot
from cxdocs.diagrams.draw import related_of, scene_of
from cxdocs.content.repository import diagram_items
# Exactly the DOT the build draws: the same diagrams, with the same names.
repo = run_checks(read_config(pathlib.Path("mkdocs.yml").absolute())).repository
out = pathlib.Path(sys.argv[1]); out.mkdir(exist_ok=True)
for key, item in diagram_items(repo).items():
    diagram = scene_of(item, repo.settings, related_of(item, repo))
    (out / (key.replace(":", "-") + ".dot")).write_text(to_dot(diagram))
"""

# Targets from the speed issues: (figure, size or None for every size) -> limit.
CHECK_TARGET = 1.0  # x the libyaml parse floor, nothing kept from an earlier run
CHECK_ONE_CHANGED_TARGET = 0.5  # x the parse floor, one file changed since the last check
STARTUP_TARGET = 0.3  # seconds: `cxdocs check` on the 10-object example
PREVIEW_TARGET = 0.5  # seconds from saving a journey to the new text in the browser
WARM_TARGET = {340: 1.2, 1700: 0.5}  # x the plain-Markdown build
COLD_TARGET = 1.3  # x max(plain build, Graphviz floor / cores)
COLD_PLAIN_TARGET = {340: 4.0}  # x the plain build
ONE_CHANGE_DOT_TARGET = 3  # Graphviz processes
SERVE_TARGET = 1.0  # x the warm rebuild (a whole `mkdocs build` process)
MEMORY_TARGET_MB = 1024  # cold build process tree, PSS, at 1,700 objects


def size_for(objects: int) -> Size:
    """A repository of about `objects` objects, in the example's 2:10:5 proportions."""
    personas = max(1, objects * 2 // 17)
    journeys = max(1, objects * 10 // 17)
    return Size(personas, journeys, max(1, objects - personas - journeys))


@dataclass
class Measured:
    objects: int
    check: Run
    cold: Run | None = None
    warm: Run | None = None


def graphviz_floor(repo: Path, scratch: Path, env: Environment) -> tuple[float, float, int]:
    """Summed Graphviz time of every diagram the site draws: (SVG only, the SVG,
    PNG and PDF downloads the site must also offer, drawn from one layout in one
    process as the build does), and the number of diagrams. Graphviz gets the
    same font configuration as in the build."""
    sources = scratch / "dot"
    subprocess.run([PYTHON, "-c", DOT_SOURCES, str(sources)], cwd=repo, env=env.env, check=True)
    font_env = {**env.env, "FONTCONFIG_FILE": font_config()}
    svg_only = downloads = 0.0
    files = sorted(sources.glob("*.dot"))
    for path in files:
        for formats in (("svg",), ("svg", "png", "pdf")):
            args = [a for fmt in formats for a in (f"-T{fmt}", f"-o{os.devnull}")]
            start = time.perf_counter()
            subprocess.run(
                ["dot", *args, str(path)], check=True, stderr=subprocess.DEVNULL, env=font_env
            )
            elapsed = time.perf_counter() - start
            if len(formats) == 1:
                svg_only += elapsed
            else:
                downloads += elapsed
    return svg_only, downloads, len(files)


def cache_entries(repo: Path) -> set[str]:
    """The finished diagrams in the cache: one entry (SVG, downloads, metadata) each."""
    cache = repo / ".cache" / "cxdocs" / "svg"
    return {path.stem for path in cache.glob("*.svg")} if cache.is_dir() else set()


def measure_size(
    objects: int,
    runs: int,
    full: bool,
    scratch: Path,
    env: Environment,
    table: Table,
    check_only: bool = False,
) -> Measured:
    """Every figure at one size (`full`), or only those the growth curve needs."""
    here = scratch / str(objects)
    repo, plain, site = here / "repo", here / "plain", here / "site"
    size = size_for(objects)
    files = write_repository(repo, size)
    table.section(
        f"{objects} objects: {size.personas} personas, {size.journeys} journeys "
        f"({size.stages}x{size.steps} steps), {size.blueprints} blueprints = {files} files"
    )
    check = measure_check(repo, runs, env, table)
    if check_only:
        return Measured(objects, check)
    build = [PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]

    def cold() -> None:
        shutil.rmtree(repo / ".cache", ignore_errors=True)
        shutil.rmtree(site, ignore_errors=True)

    cold_run = median_run(runs if full else 1, build, repo, env, before=cold)
    pages = files + 8  # object pages + indexes and insights
    write_plain_pages(plain, pages)
    plain_run = median_run(runs, [*build[:-1], str(here / "plain-site")], plain, env)
    warm = median_run(runs, build, repo, env)
    measured = Measured(objects, check, cold_run, warm)
    if not full:
        table.note(
            f"cold build {cold_run.seconds:.1f} s, warm {warm.seconds:.1f} s, "
            f"plain {plain_run.seconds:.1f} s (growth only)"
        )
        return measured

    svg_total, dot_total, diagrams = graphviz_floor(repo, here, env)
    cores = os.cpu_count() or 1
    floor = max(dot_total / cores, plain_run.seconds)
    table.add(
        Figure("cold build", cold_run.seconds / floor, "x max(plain, Graphviz/cores)", COLD_TARGET),
        f"{cold_run.seconds:.1f} s; Graphviz floor {dot_total:.1f} s for {diagrams} diagrams "
        f"in SVG+PNG+PDF ({svg_total:.1f} s in SVG alone) / {cores} cores; "
        f"plain build of {pages} pages {plain_run.seconds:.2f} s",
    )
    # The lowest this ratio can be while Graphviz draws every diagram: its
    # time alone over the cores, with nothing else in the build.
    table.add(
        Figure(
            "cold build",
            cold_run.seconds / plain_run.seconds,
            "x plain build",
            COLD_PLAIN_TARGET.get(objects),
        ),
        f"Graphviz alone, spread over {cores} cores, is "
        f"{dot_total / cores / plain_run.seconds:.1f}x the plain build "
        f"({svg_total / cores / plain_run.seconds:.1f}x for the SVGs, "
        f"{(dot_total - svg_total) / cores / plain_run.seconds:.1f}x more for PNG and PDF)",
    )
    table.add(
        Figure("cold build memory", cold_run.peak_mb, "MB PSS, process tree", _memory(objects)),
    )

    # The same cold build with `downloads: [svg]` (what a team gains by giving up
    # PNG and PDF), in a cache of its own so that the warm cache stays as it is.
    settings = repo / "mkdocs.yml"
    original = settings.read_text(encoding="utf-8")
    svg_only = "- cxdocs:\n    downloads: [svg]\n    cache_dir: .cache/svg-only\n"
    settings.write_text(original.replace("- cxdocs:\n", svg_only, 1), encoding="utf-8")
    try:
        svg_run = run_once(build, repo, env)
    finally:
        settings.write_text(original, encoding="utf-8")
        shutil.rmtree(repo / ".cache" / "svg-only", ignore_errors=True)
    svg_floor = max(svg_total / cores, plain_run.seconds)
    table.add(
        Figure(
            "cold build, downloads: [svg]",
            svg_run.seconds / plain_run.seconds,
            "x plain build",
            COLD_PLAIN_TARGET.get(objects),
        ),
        f"{svg_run.seconds:.1f} s = {svg_run.seconds / svg_floor:.2f}x "
        "max(plain, SVG-only Graphviz floor / cores)",
    )
    table.add(
        Figure(
            "warm rebuild",
            warm.seconds / plain_run.seconds,
            "x plain build",
            WARM_TARGET.get(objects),
        ),
        f"{warm.seconds:.2f} s",
    )
    table.add(Figure("warm rebuild Graphviz processes", warm.dot_processes, "", 0))

    target = repo / "journeys" / "journey-0.yaml"
    before = cache_entries(repo)
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("emotion: ", "emotion: 0 #", 1), encoding="utf-8")
    one = run_once(build, repo, env)
    redrawn = len(cache_entries(repo) - before)
    table.add(
        Figure(
            "one journey changed: Graphviz processes", one.dot_processes, "", ONE_CHANGE_DOT_TARGET
        ),
        f"{one.seconds:.2f} s = {one.seconds / warm.seconds:.2f}x the warm rebuild; "
        f"{redrawn} diagram(s) laid out again",
    )
    seconds = serve_rebuild(repo, target, env)
    table.add(
        Figure(
            "serve rebuild, one journey changed",
            seconds / warm.seconds if seconds else float("inf"),
            "x warm rebuild",
            SERVE_TARGET,
        ),
        f"{seconds:.2f} s, as `mkdocs serve` reports it" if seconds else "serve did not rebuild",
    )
    add_preview(table, f"{objects} objects", repo, target, "journeys/journey-0/", env, runs)
    return measured


def measure_check(repo: Path, runs: int, env: Environment, table: Table) -> Run:
    """`cxdocs check` as a fresh process against the parse floor: with nothing
    kept from an earlier run (a fresh clone, CI), then with one file changed
    since the last check (a commit, an editor's task). Runs alternate with the
    floor's, so a load that comes and goes weighs on both alike."""
    command = [PYTHON, "-m", "cxdocs", "check"]
    cache = repo / ".cache"
    journey = repo / "journeys" / "journey-1.yaml"
    original = journey.read_text(encoding="utf-8")
    edits = iter(range(1_000_000))

    def one_change() -> None:  # other bytes every time: exactly one file to read again
        journey.write_text(original.replace("title: ", f"title: Edit {next(edits)} ", 1))

    check, parse, changed = [], [], []
    for _ in range(max(1, runs)):
        shutil.rmtree(cache, ignore_errors=True)
        check.append(run_once(command, repo, env))
        parse.append(run_once([PYTHON, "-c", PARSE_FLOOR], repo, env))
        one_change()
        changed.append(run_once(command, repo, env))
    journey.write_text(original, encoding="utf-8")
    cold, floor, warm = median_of(check), median_of(parse), median_of(changed)
    table.add(
        Figure("cxdocs check", cold.seconds / floor.seconds, "x parse floor", CHECK_TARGET),
        f"{cold.seconds:.2f} s vs {floor.seconds:.2f} s, nothing kept from an earlier run; "
        f"peak {cold.peak_mb:.0f} MB; CPU {cold.cpu_seconds:.2f} s vs "
        f"{floor.cpu_seconds:.2f} s = {cold.cpu_seconds / max(floor.cpu_seconds, 1e-9):.2f}x",
    )
    table.add(
        Figure(
            "cxdocs check, one file changed",
            warm.seconds / floor.seconds,
            "x parse floor",
            CHECK_ONE_CHANGED_TARGET,
        ),
        f"{warm.seconds:.2f} s; CPU {warm.cpu_seconds:.2f} s = "
        f"{warm.cpu_seconds / max(floor.cpu_seconds, 1e-9):.2f}x; the others reused",
    )
    return cold


def measure_startup(
    scratch: Path, runs: int, env: Environment, table: Table, preview: bool = True
) -> None:
    """`cxdocs check` on the example of this repository (10 objects), as a
    pre-commit hook runs it: what is left is start-up. The floor shown beside
    it is Python starting and importing PyYAML."""
    example = scratch / "example"
    root = Path(__file__).resolve().parent.parent
    for name in (*FOLDERS.values(), "schemas", "docs", "theme"):
        shutil.copytree(root / name, example / name, dirs_exist_ok=True)
    shutil.copy(root / "mkdocs.yml", example / "mkdocs.yml")
    command = [PYTHON, "-m", "cxdocs", "check"]
    first = run_once(command, example, env)  # a first run keeps what later ones reuse
    startup = median_run(runs, command, example, env)
    python = median_run(runs, [PYTHON, "-c", "import yaml"], example, env)
    table.add(
        Figure("cxdocs check start-up, 10 objects", startup.seconds, "s", STARTUP_TARGET),
        f"{first.seconds:.2f} s the first time; Python importing PyYAML alone takes "
        f"{python.seconds:.2f} s; CPU {startup.cpu_seconds:.2f} s",
    )
    if preview:
        page = "journeys/first-purchase/"
        journey = example / "journeys" / "first-purchase.yaml"
        add_preview(table, "example", example, journey, page, env, runs, compare=True)


def add_preview(
    table: Table,
    label: str,
    repo: Path,
    journey: Path,
    page: str,
    env: Environment,
    runs: int,
    compare: bool = False,
) -> None:
    """The preview figure: a saved edit until it is visible (Chromium, Playwright),
    under `cxdocs serve`; with `compare`, `mkdocs serve`'s beside it."""
    seconds = edit_latency(cxdocs_serve(), repo, journey, page, env, runs)
    if seconds is None:
        table.note(f"preview, {label}: skipped (needs Chromium and Playwright)")
        return
    detail = "from writing the file to the new step text shown, in Chromium"
    if compare:
        theirs = edit_latency(mkdocs_serve(), repo, journey, page, env, runs)
        if theirs is not None:
            detail += f"; `mkdocs serve` takes {theirs:.2f} s (whole-site rebuild and reload)"
    table.add(Figure(f"preview: saved edit visible, {label}", seconds, "s", PREVIEW_TARGET), detail)


def serve_rebuild(repo: Path, changed: Path, env: Environment) -> float | None:
    """Seconds `mkdocs serve` takes to rebuild after `changed` is edited, as it
    reports them ("Documentation built in N seconds"), or None if it did not."""
    with socket.socket() as probe:  # a free port for this run
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [PYTHON, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command, cwd=repo, env=env.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    built = re.compile(r"Documentation built in ([0-9.]+) seconds")
    assert server.stdout is not None
    try:
        served = False
        deadline = time.monotonic() + 1800
        for line in server.stdout:
            if time.monotonic() > deadline:
                return None
            if not served and "Serving on" in line:
                served = True
                time.sleep(1)  # let the watcher settle before the edit
                text = changed.read_text(encoding="utf-8")
                changed.write_text(text.replace("emotion: ", "emotion: 1 #", 1), encoding="utf-8")
            elif served and (found := built.search(line)):
                return float(found.group(1))
        return None
    finally:
        server.terminate()
        server.wait(timeout=30)


def _memory(objects: int) -> float | None:
    return MEMORY_TARGET_MB if objects == 1700 else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sizes", default="340,1700", help="sizes (objects) with every figure (default 340,1700)"
    )
    parser.add_argument(
        "--growth", type=int, default=5000, help="a larger size for the growth curve (0: none)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--quick", action="store_true", help="340 objects, one run, no growth")
    parser.add_argument("--keep", type=Path, help="build the repositories here and keep them")
    parser.add_argument(
        "--check-only", action="store_true", help="only cxdocs check against the parse floor"
    )
    args = parser.parse_args(argv)
    sizes = [340] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    runs = 1 if args.quick else args.runs
    growth = 0 if args.quick else args.growth
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="cxdocs-bench-"))
    env = Environment(scratch)
    table = Table()
    print(f"{os.cpu_count()} cores; median of {runs} run(s) per figure", flush=True)
    try:
        table.section("start-up")
        measure_startup(scratch, runs, env, table, preview=not args.check_only)
        measured = [
            measure_size(n, runs, True, scratch, env, table, args.check_only) for n in sizes
        ]
        if args.check_only:
            print(table.summary())
            return 0
        if growth:
            measured.append(measure_size(growth, 1, False, scratch, env, table))
        print(table.summary())
        print(growth_chart(measured))
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
