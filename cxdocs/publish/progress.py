"""A one-line progress counter for long checks and builds, on terminals only.

In CI logs and pipes it stays silent: a stream of carriage returns is noise
there, and the summary line says what happened anyway.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

MIN_TOTAL = 50  # smaller jobs finish before a counter would help
INTERVAL = 0.1  # seconds between redraws


class Progress:
    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool | None = None):
        self.label = label
        self.stream = stream or sys.stderr
        if enabled is None:
            enabled = self.stream.isatty() and not os.environ.get("CI")
        self.enabled = enabled
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < MIN_TOTAL:
            return
        now = time.monotonic()
        if done < total and now - self.last < INTERVAL:
            return
        self.last = now
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{self.label}: {done}/{total}{end}")
        self.stream.flush()
