"""How long a saved edit takes to show in the browser under `cxdocs serve`.

Measured as a person sees it: Chromium (driven by Playwright) has the
journey's page open; the clock starts when the file is written and stops when
the new step text is in the page. `mkdocs serve` is measured beside it the
same way (its live reload reloads the page after a whole-site rebuild), so the
two figures come from the same run on the same machine.
"""

from __future__ import annotations

import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.measure import Environment

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
TIMEOUT_SECONDS = 600  # a cold first build at 340 objects draws every diagram


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _serving(command: Sequence[str], repo: Path, env: Environment) -> subprocess.Popen[str]:
    """Start a server and return once it says where it serves."""
    server = subprocess.Popen(
        command, cwd=repo, env=env.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert server.stdout is not None
    deadline = time.monotonic() + TIMEOUT_SECONDS
    said: list[str] = []
    for line in server.stdout:
        said = [*said[-20:], line]
        if re.search(r"[Ss]erving on", line):
            # Keep reading its output (a full pipe would stall the server).
            subprocess.Popen(["cat"], stdin=server.stdout, stdout=subprocess.DEVNULL)
            return server
        if time.monotonic() > deadline:
            break
    server.terminate()
    raise RuntimeError(f"{command[2:4]} did not start serving:\n{''.join(said)}")


def edit_latency(
    command: Sequence[str], repo: Path, journey: Path, page: str, env: Environment, runs: int
) -> float | None:
    """Median seconds from writing a new step text into `journey` to that text
    showing in `page` of the server `command` starts; None without Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    port = _free_port()
    server = _serving([*command, "-a", f"127.0.0.1:{port}"], repo, env)
    original = journey.read_text(encoding="utf-8")
    seen: list[float] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            tab = browser.new_page()
            tab.goto(f"http://127.0.0.1:{port}/{page}", timeout=TIMEOUT_SECONDS * 1000)
            tab.wait_for_selector("svg", timeout=TIMEOUT_SECONDS * 1000)
            old = re.search(r"action: (.+)", original)
            assert old is not None
            text, before = original, old.group(1).strip()
            for run in range(max(1, runs)):
                time.sleep(1.5)  # a quiet moment: the last rebuild and reload are over
                after = f"Edited step text {run} {time.time_ns()}"
                text = text.replace(before, after, 1)
                start = time.perf_counter()
                journey.write_text(text, encoding="utf-8")
                # A selector wait outlives the reload `mkdocs serve` does.
                tab.wait_for_selector(f"text={after}", timeout=TIMEOUT_SECONDS * 1000)
                seen.append(time.perf_counter() - start)
                before = after
            browser.close()
    finally:
        journey.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=30)
    return statistics.median(seen)


def cxdocs_serve() -> list[str]:
    return [sys.executable, "-m", "cxdocs", "serve"]


def mkdocs_serve() -> list[str]:
    return [sys.executable, "-m", "mkdocs", "serve"]
