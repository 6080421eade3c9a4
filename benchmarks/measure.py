"""Run a command and measure it: wall time, peak memory of its whole process
tree (proportional set size), and how many Graphviz processes it started.

PSS counts a page shared by N processes as 1/N in each, so forked workers that
share the parent's pages are not counted twice: the sum over the tree is the
memory the build really holds. It is sampled from /proc every few milliseconds
(Linux only; elsewhere the peak resident size of the largest process is used).
Graphviz processes are counted through a `dot` shim placed first on PATH.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# Reading a process's PSS (/proc/PID/smaps_rollup) walks its page tables: 3-5 ms
# of CPU for a 250 MB Python. Sampled every 20 ms, a build's process tree cost
# most of a core, slowing the very builds being timed; every 250 ms it costs
# about 2% of one core. Short runs are covered by the largest process's own
# peak (ru_maxrss), which the kernel keeps anyway.
SAMPLE_SECONDS = 0.25


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # PSS of the process tree (sampled), or the largest process's RSS if higher
    dot_processes: int
    # CPU time (user + system) of the command's own process: steadier than the
    # wall clock on a busy machine, so a ratio of two CPU times is a second view.
    cpu_seconds: float = 0.0


class Environment:
    """The environment commands run in, with the counting `dot` shim on PATH."""

    def __init__(self, scratch: Path) -> None:
        real_dot = shutil.which("dot")
        if real_dot is None:
            raise SystemExit("the benchmark needs Graphviz's dot program on PATH")
        self.log = scratch / "dot-calls.log"
        shim_dir = scratch / "shim"
        shim_dir.mkdir(parents=True, exist_ok=True)
        shim = shim_dir / "dot"
        shim.write_text(f'#!/bin/sh\necho x >> "{self.log}"\nexec "{real_dot}" "$@"\n')
        shim.chmod(0o755)
        # Python writes cxdocs' compiled modules as an installed package has
        # them: a developer's PYTHONDONTWRITEBYTECODE would charge every
        # command, not the floors (their libraries are compiled), for compiling.
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.env = {
            **inherited,
            "PATH": f"{shim_dir}{os.pathsep}{os.environ.get('PATH', '')}",
            "NO_MKDOCS_2_WARNING": "1",
            "CI": "1",
        }

    def dot_calls(self) -> int:
        try:
            return len(self.log.read_text().splitlines())
        except FileNotFoundError:
            return 0


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _tree_pss_kb(root: int) -> int:
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
        stack.extend(_children(pid))
    return total


def run_once(command: Sequence[str], cwd: Path, environment: Environment) -> Run:
    before = environment.dot_calls()
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=environment.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak_kb = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_kb
        while not done.is_set():
            peak_kb = max(peak_kb, _tree_pss_kb(process.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stderr[-2000:]}")
    # RSS counts shared pages in full, so for one process it is at least its PSS.
    peak_mb = max(peak_kb, usage.ru_maxrss) / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return Run(elapsed, peak_mb, environment.dot_calls() - before, cpu)


def median_run(
    runs: int,
    command: Sequence[str],
    cwd: Path,
    environment: Environment,
    before: Callable[[], None] | None = None,
) -> Run:
    """The median time of `runs` runs, their highest memory and most Graphviz processes."""
    results = []
    for _ in range(max(1, runs)):
        if before is not None:
            before()
        results.append(run_once(command, cwd, environment))
    return median_of(results)


def median_of(results: Sequence[Run]) -> Run:
    """The median time of `results`, their highest memory and most Graphviz processes."""
    return Run(
        statistics.median(r.seconds for r in results),
        max(r.peak_mb for r in results),
        max(r.dot_processes for r in results),
        statistics.median(r.cpu_seconds for r in results),
    )
