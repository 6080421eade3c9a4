"""The page `mkdocs serve` shows while the content has errors.

Without it a failed rebuild leaves the preview stuck (MkDocs holds every
request until a build succeeds) and the problems only in the terminal. With it
the browser shows the same file:line:col messages and hints as `cxdocs check`,
and reloads by itself until the files are fixed. Self-contained HTML (no theme,
no scripts of ours): it must work when nothing else of the site does.
"""

from __future__ import annotations

from markupsafe import escape

from cxdocs.content.problems import Problem
from cxdocs.i18n.catalog import label, plural

# Reloading every few seconds brings the real page back once a rebuild
# succeeds, also on addresses MkDocs answers with its 404 page (no live reload).
RELOAD_SECONDS = 2


def error_page(
    title: str, problems: list[Problem], locale: str = "en", reload: bool = True, script: str = ""
) -> str:
    """The page for `problems`, in the site's `locale`, worded as `check` prints them.

    `reload`: every few seconds (`cxdocs serve` pushes changes instead, with
    its own `script`, which must be trusted HTML)."""
    hint = label(locale, "errorpage.hint")
    problems = [p.in_locale(locale) for p in problems]
    items = "\n".join(
        "<li><code>{}:{}:{}</code> <strong>{}[{}]</strong> {}{}</li>".format(
            escape(p.path),
            p.line,
            p.col,
            escape(label(locale, f"problems.{p.severity}")),
            escape(p.code),
            escape(p.message),
            f'<br><span class="hint">{escape(hint)}: {escape(p.hint)}</span>' if p.hint else "",
        )
        for p in problems
    )
    count = plural(locale, "errorpage.problems", len(problems))
    refresh = f'<meta http-equiv="refresh" content="{RELOAD_SECONDS}">' if reload else ""
    return f"""<!doctype html>
<html lang="{escape(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{refresh}
<title>cxdocs: {escape(title)}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
  padding: 0 1rem; color: #1d1d1f; background: #fff; }}
h1 {{ color: #b3261e; font-size: 1.5rem; }}
li {{ margin: .75rem 0; }}
code {{ background: #f3f3f3; padding: .1rem .3rem; border-radius: 3px; }}
.hint {{ color: #555; }}
@media (prefers-color-scheme: dark) {{
  body {{ color: #e8e8e8; background: #1e1e1e; }}
  code {{ background: #333; }} .hint {{ color: #aaa; }} h1 {{ color: #ff8a80; }}
}}
</style>
</head>
<body>
<h1>{escape(title)}: {count}</h1>
<p>{label(locale, "errorpage.intro", check="<code>cxdocs check</code>")}</p>
<ul>
{items}
</ul>
{script}
</body>
</html>
"""
