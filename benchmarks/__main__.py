"""Measure cxdocs on a synthetic repository; print each figure as a ratio to its floor.

    ./dev bench                      # default size: 200 personas, 1,000 journeys, 500 blueprints
    ./dev bench --quick              # a small repository, for a first look
    ./dev bench --journeys 300 --runs 5

Floors are measured on the same machine in the same run, so the ratios hold on
a noisy machine even when the seconds do not. Nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.synth import Size, write_plain_pages, write_repository

PYTHON = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "CI": "1"}

PARSE_FLOOR = """
import sys, pathlib, yaml
for folder in ("personas", "journeys", "blueprints"):
    for path in sorted(pathlib.Path(folder).rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

DOT_SOURCES = """
import sys, pathlib
from cxdocs.config import read_config
from cxdocs.checks.run import run_checks
from cxdocs.diagrams import journey_dot, blueprint_dot, persona_dot
repo = run_checks(read_config(pathlib.Path("mkdocs.yml").absolute())).repository
out = pathlib.Path(sys.argv[1]); out.mkdir(exist_ok=True)
for pid, e in repo.personas.items():
    if e.item.empathy_map:
        (out / f"persona-{pid}.dot").write_text(persona_dot(e.item, repo.settings))
for jid, e in repo.journeys.items():
    (out / f"journey-{jid}.dot").write_text(journey_dot(e.item, repo.settings))
for bid, e in repo.blueprints.items():
    (out / f"blueprint-{bid}.dot").write_text(blueprint_dot(e.item, repo.settings))
"""


def timed(command: Sequence[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def median_of(
    runs: int, command: Sequence[str], cwd: Path, before: object = None
) -> tuple[float, float]:
    times, peaks = [], []
    for _ in range(runs):
        if callable(before):
            before()
        seconds, peak = timed(command, cwd)
        times.append(seconds)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def graphviz_floor(repo: Path, scratch: Path) -> tuple[float, int]:
    """Summed `dot` layout time of every diagram the site draws, and their count."""
    sources = scratch / "dot"
    subprocess.run([PYTHON, "-c", DOT_SOURCES, str(sources)], cwd=repo, env=ENV, check=True)
    total = 0.0
    files = sorted(sources.glob("*.dot"))
    for path in files:
        start = time.perf_counter()
        subprocess.run(
            ["dot", "-Tsvg", "-o", os.devnull, str(path)], check=True, stderr=subprocess.DEVNULL
        )
        total += time.perf_counter() - start
    return total, len(files)


def cache_entries(repo: Path) -> set[Path]:
    cache = repo / ".cache" / "cxdocs" / "svg"  # finished diagrams, one per diagram
    return set(cache.rglob("*")) if cache.is_dir() else set()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--personas", type=int, default=200)
    parser.add_argument("--journeys", type=int, default=1000)
    parser.add_argument("--blueprints", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument(
        "--quick", action="store_true", help="20 personas, 100 journeys, 50 blueprints"
    )
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    args = parser.parse_args(argv)
    size = Size(20, 100, 50) if args.quick else Size(args.personas, args.journeys, args.blueprints)
    cores = os.cpu_count() or 1
    scratch = Path(tempfile.mkdtemp(prefix="cxdocs-bench-"))
    repo = args.keep or scratch / "repo"
    plain = scratch / "plain"
    try:
        files = write_repository(repo, size)
        print(
            f"repository: {size.personas} personas, {size.journeys} journeys "
            f"({size.stages}x{size.steps} steps), {size.blueprints} blueprints = {files} files; "
            f"{cores} cores; median of {args.runs} runs"
        )
        check = median_of(args.runs, [PYTHON, "-m", "cxdocs", "check"], repo)
        parse = median_of(args.runs, [PYTHON, "-c", PARSE_FLOOR], repo)
        print(
            f"\n1. cxdocs check           {check[0]:7.2f} s  {check[1]:6.0f} MB   "
            f"{check[0] / parse[0]:.2f}x the YAML-parse floor ({parse[0]:.2f} s)"
        )

        build = [PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(scratch / "site")]

        def cold() -> None:
            shutil.rmtree(repo / ".cache", ignore_errors=True)
            shutil.rmtree(scratch / "site", ignore_errors=True)

        cold_build = median_of(max(1, args.runs - 1), build, repo, before=cold)
        dot_total, diagrams = graphviz_floor(repo, scratch)
        pages = len(list(repo.rglob("*.yaml"))) + 8  # object pages + indexes and insights
        write_plain_pages(plain, pages)
        plain_build = median_of(args.runs, [*build[:-1], str(scratch / "plain-site")], plain)
        floor = max(dot_total / cores, plain_build[0])
        print(
            f"2. cold mkdocs build      {cold_build[0]:7.2f} s  {cold_build[1]:6.0f} MB   "
            f"{cold_build[0] / floor:.2f}x max(Graphviz floor {dot_total / cores:.2f} s = "
            f"{dot_total:.1f} s for {diagrams} diagrams / {cores} cores, "
            f"plain build of {pages} pages {plain_build[0]:.2f} s)"
        )

        timed(build, repo)  # make sure the cache is warm
        warm = median_of(args.runs, build, repo)
        print(
            f"3. warm rebuild           {warm[0]:7.2f} s  {warm[1]:6.0f} MB   "
            f"{warm[0] / plain_build[0]:.2f}x the plain build"
        )

        target = repo / "journeys" / "journey-0.yaml"
        before = cache_entries(repo)
        target.write_text(
            target.read_text()
            .replace("emotion: ", "emotion: 0 #", 1)
            .replace("emotion: 0 #-", "emotion: 0 #"),
            encoding="utf-8",
        )
        one = timed(build, repo)
        new = len(cache_entries(repo) - before)
        print(
            f"4. one journey changed    {one[0]:7.2f} s  {one[1]:6.0f} MB   "
            f"{one[0] / plain_build[0]:.2f}x the plain build; {new} diagram(s) laid out again"
        )
        peak = max(check[1], cold_build[1], warm[1], one[1])
        print(
            f"\npeak memory: {peak:.0f} MB ({'under' if peak < 1024 else 'OVER'} the 1 GB budget)"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
