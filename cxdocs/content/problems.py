"""Problems found in content, and the three ways `cxdocs check` prints them.

A problem always carries a stable code, a file position and a hint, so CI output
points at the exact place and says how to fix it. Codes are documented in
docs/guide/problems.md; never rename one (people silence and grep them).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from cxdocs.i18n.catalog import DEFAULT_LOCALE, label, plural
from cxdocs.i18n.say import Say, Text, text

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, at `path:line:col` (1-based; path relative to the repository)."""

    path: str
    line: int
    col: int
    severity: Severity
    code: str
    message: str
    hint: str = ""
    # What message and hint say as catalog words, to be worded in another
    # locale where shown (see cxdocs.i18n.say); the English text above is theirs.
    words: tuple[Say | None, Say | None] = field(default=(None, None), compare=False, repr=False)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def in_locale(self, locale: str) -> Problem:
        """This problem with its message and hint in `locale` (codes stay English)."""
        message, hint = self.words
        if locale == DEFAULT_LOCALE or (message is None and hint is None):
            return self
        return replace(
            self,
            message=self.message if message is None else message.text(locale),
            hint=self.hint if hint is None else hint.text(locale),
        )


def problem(
    path: str,
    at: tuple[int, int],
    severity: Severity,
    code: str,
    message: Text,
    hint: Text = "",
) -> Problem:
    """A problem whose message and hint may be catalog words (English text kept)."""
    return Problem(
        path,
        at[0],
        at[1],
        severity,
        code,
        text(message),
        text(hint),
        (message if isinstance(message, Say) else None, hint if isinstance(hint, Say) else None),
    )


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Sorted by file and position; duplicates (same place, same text) dropped."""
    return sorted(set(problems))


def summary(problems: list[Problem], files: int, locale: str = DEFAULT_LOCALE) -> str:
    """'4 files checked: 2 errors, 1 warning', in `locale`."""
    counts = Counter(p.severity for p in problems)
    errors, warnings = counts["error"], counts["warning"]
    checked = plural(locale, "problems.files_checked", files)
    if not errors and not warnings:
        return label(locale, "problems.none", checked=checked)
    parts = []
    if errors:
        parts.append(plural(locale, "problems.errors", errors))
    if warnings:
        parts.append(plural(locale, "problems.warnings", warnings))
    return f"{checked}: {', '.join(parts)}"


def format_text(problem: Problem, locale: str = DEFAULT_LOCALE) -> str:
    """`path:line:col: error[code] message` and its hint, in `locale`."""
    problem = problem.in_locale(locale)
    severity = label(locale, f"problems.{problem.severity}")
    line = f"{problem.path}:{problem.line}:{problem.col}: {severity}[{problem.code}] "
    line += problem.message
    if problem.hint:
        line += f"\n    {label(locale, 'problems.hint')}: {problem.hint}"
    return line


def _escape_data(text: str) -> str:
    # GitHub workflow commands: %, CR and LF must be percent-encoded in the message.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    # Properties additionally reserve ':' and ','.
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(problem: Problem) -> str:
    """A GitHub Actions workflow command, so the problem shows on the PR diff."""
    command = "error" if problem.is_error else "warning"
    props = ",".join(
        [
            f"file={_escape_property(problem.path)}",
            f"line={problem.line}",
            f"col={problem.col}",
            f"title={_escape_property(f'cxdocs {problem.code}')}",
        ]
    )
    message = problem.message + (f"\n{problem.hint}" if problem.hint else "")
    return f"::{command} {props}::{_escape_data(message)}"


def format_json(problems: list[Problem], files: int) -> str:
    counts = Counter(p.severity for p in problems)
    document = {
        "version": 1,
        "files": files,
        "errors": counts["error"],
        "warnings": counts["warning"],
        "problems": [_fields(p) for p in problems],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _fields(problem: Problem) -> dict[str, object]:
    return {
        "path": problem.path,
        "line": problem.line,
        "col": problem.col,
        "severity": problem.severity,
        "code": problem.code,
        "message": problem.message,
        "hint": problem.hint,
    }


def format_gitlab(problems: list[Problem]) -> str:
    """GitLab's Code Quality report (a JSON array), shown on merge requests."""
    issues = [
        {
            "description": f"{p.message} ({p.hint})" if p.hint else p.message,
            "check_name": p.code,
            # Stable across runs and independent of line shifts elsewhere in the file.
            "fingerprint": hashlib.sha256(f"{p.path}\0{p.code}\0{p.message}".encode()).hexdigest(),
            "severity": "major" if p.is_error else "minor",
            "location": {"path": p.path, "lines": {"begin": p.line}},
        }
        for p in problems
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False)


def render(
    problems: list[Problem],
    files: int,
    fmt: str,
    with_summary: bool = True,
    prefix: str = "",
    locale: str = DEFAULT_LOCALE,
) -> str:
    """The whole report in one of the formats `text`, `github`, `gitlab` or `json`,
    messages, hints and the summary in `locale` (codes and `hint:` stay: CI greps them).

    `prefix` (the repository's folder in its git work tree, e.g. `cx/`) goes
    before the paths of CI annotations: GitHub and GitLab place them by the
    path from the top of the git repository."""
    if prefix and fmt in ("github", "gitlab"):
        problems = [replace(p, path=prefix + p.path) for p in problems]
    ordered = sort_problems(problems)
    ordered = [p.in_locale(locale) for p in ordered]
    if fmt == "json":
        return format_json(ordered, files)
    if fmt == "gitlab":
        return format_gitlab(ordered)
    if fmt == "github":
        lines = [format_github(p) for p in ordered]
    else:
        lines = [format_text(p, locale) for p in ordered]
    if with_summary:
        lines.append(summary(ordered, files, locale))
    return "\n".join(lines)
