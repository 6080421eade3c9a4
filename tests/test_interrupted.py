"""A build killed at any moment: the next one finishes it, and nothing it
started is left running.

`cxdocs build` is killed (SIGKILL: no clean-up runs) at moments drawn from a
seeded random generator, over and over on one repository; then it runs to the
end. Its output must be byte-identical to a build that was never interrupted,
and no worker process or Graphviz may outlive the killed build. Two races
behind that are also tried directly: a worker that first runs after its build
was killed, and a worker that ends while its Graphviz runs.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.synth import Size, write_repository
from tests.helpers import file_digests as _tree

KILLS = 5
SEED = 26


def _start(repo: Path) -> subprocess.Popen[bytes]:
    """`cxdocs build` in a session of its own: every process it starts shares its id."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "cxdocs", "build", "--config", str(repo / "mkdocs.yml")],
        cwd=repo,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _left(session: int) -> list[str]:
    """The processes still running in `session` (the killed build's descendants).

    The build itself (pid == session) is reaped by `_kill` before this is
    asked, so a process with that pid is another one: once the session is
    empty, its number is free again, and anything that calls setsid() with it
    (another test run on a busy machine) has this "session" too."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == session:
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[3]) == session and fields[0] != "Z":  # sid, not a zombie
                found.append(f"{entry.name} {stat[: stat.rindex(')') + 1]}")
        except (OSError, ValueError, IndexError):
            continue
    return found


def _wait_gone(session: int, limit: float = 10.0) -> list[str]:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        left = _left(session)
        if not left:
            return []
        time.sleep(0.1)
    return _left(session)


def _kill(build: subprocess.Popen[bytes]) -> None:
    """SIGKILL the main process only, as a crash would; then nothing it started may remain."""
    build.send_signal(signal.SIGKILL)
    build.wait()
    build.stderr.close()  # type: ignore[union-attr]
    assert _wait_gone(build.pid) == [], "processes outlived the killed build"


def _until(condition: Callable[[], bool], build: subprocess.Popen[bytes]) -> bool:
    """Wait until `condition` holds (True) or the build ended first (False)."""
    while build.poll() is None:
        if condition():
            return True
        time.sleep(0.002)
    return False


def _finished(build: subprocess.Popen[bytes]) -> None:
    """A build that ended before the moment came: it must have succeeded."""
    _, err = build.communicate()
    assert build.returncode == 0, err.decode()


def _writing(out: Path, since: float) -> Callable[[], bool]:
    def begun() -> bool:
        try:
            return any(p.stat().st_mtime >= since for p in out.rglob("*") if p.is_file())
        except OSError:  # a temporary file renamed under our feet: writing, surely
            return True

    return begun


def _drawing(session: int) -> Callable[[], bool]:
    return lambda: len(_left(session)) > 1  # the build's workers (and Graphviz)


@pytest.mark.dot
@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_a_build_killed_at_random_moments_is_finished_by_the_next(tmp_path: Path) -> None:
    size = Size(personas=4, journeys=14, blueprints=6, stages=4, steps=3)
    clean_repo, repo = tmp_path / "clean", tmp_path / "killed"
    write_repository(clean_repo, size)
    shutil.copytree(clean_repo, repo)
    clean = _start(clean_repo)
    _, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err.decode()
    # The default output: docs_dir itself, shared with people's pages (a killed
    # build's pages must not be taken for theirs).
    expected = _tree(clean_repo / "docs")
    out, cache = repo / "docs", repo / ".cache" / "cxdocs"

    rng = random.Random(SEED)
    # While the first files are written into a new folder: they are in no manifest yet.
    since = time.time() - 1
    build = _start(repo)
    assert _until(_writing(out, since), build), "the build ended before it wrote"
    time.sleep(rng.uniform(0, 0.02))
    _kill(build)
    kills = 1
    for _ in range(KILLS):
        # While the workers draw (a cold diagram cache), then anywhere in the run.
        shutil.rmtree(cache / "svg", ignore_errors=True)
        build = _start(repo)
        if _until(_drawing(build.pid), build):
            time.sleep(rng.uniform(0, 0.5))
            _kill(build)
            kills += 1
        else:
            _finished(build)
        since = time.time() - 1
        build = _start(repo)
        if _until(_writing(out, since), build):
            _kill(build)
            kills += 1
        else:
            _finished(build)
    assert kills > KILLS  # most kills landed while the build ran

    final = _start(repo)
    _, err = final.communicate(timeout=600)
    assert final.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    assert _tree(out) == expected


def test_a_worker_that_starts_after_its_build_was_killed_ends_at_once() -> None:
    """Under load a kill can land between a worker's fork and its first line:
    it must not take its new parent (init) for the build and wait for ever."""
    code = (
        "import sys, time\n"
        "from cxdocs.site.diagrams import _worker_start\n"
        "_worker_start(int(sys.argv[1]))\n"
        "time.sleep(30)\n"
    )
    gone = subprocess.run([sys.executable, "-c", code, "1"], timeout=20, check=False)  # not ours
    assert gone.returncode == 1


def test_a_dying_worker_stops_the_graphviz_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker whose build is gone ends its Graphviz too: none runs on alone."""
    import threading

    from cxdocs.diagrams import dot

    sleep = shutil.which("sleep")  # a Graphviz that takes its time
    monkeypatch.setattr(dot.shutil, "which", lambda name: sleep)
    ended: list[int] = []
    worker = threading.Thread(target=lambda: ended.append(dot.run_graphviz(["30"]).returncode))
    started = time.monotonic()
    worker.start()
    while not dot._running and time.monotonic() - started < 10:
        time.sleep(0.01)
    dot.stop_graphviz()
    worker.join(10)
    assert ended == [-signal.SIGKILL] and not dot._running
    assert time.monotonic() - started < 10
