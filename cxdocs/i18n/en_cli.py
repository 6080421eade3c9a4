"""English words of the `cxdocs` command line: help texts and usage errors.

Part of the English catalog (merged into cxdocs.i18n.en's one table), kept apart
for size. argparse does the layout; cxdocs.cli.speech.Parser asks for these.
Help texts are formatted with str.format and shown by argparse, so neither a
brace nor a percent sign is written bare.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "cli.positionals": "positional arguments",
    "cli.options": "options",
    "cli.help": "show this help message and exit",
    "cli.version": "show program's version number and exit",
    "cli.locale": "the language of messages where no settings name one: en or pt-BR (also "
    "CXDOCS_LOCALE)",
    "cli.usage": "usage",
    "cli.error": "error",
    "cli.error.required": "the following arguments are required: {names}",
    "cli.error.unrecognized": "unrecognized arguments: {names}",
    "cli.error.choice": "argument {name}: invalid choice: {value} (choose from {choices})",
    "cli.error.one_argument": "argument {name}: expected one argument",
    "cli.description": "Personas, customer journeys and service blueprints as code.",
    "cli.build.help": "write the generated pages and diagrams for Zensical, MkDocs, TechDocs...",
    "cli.build.description": "Write a Markdown page for every persona, journey, blueprint and "
    "insight view, with their diagrams, pictures and the viewer's CSS/JS, into docs_dir, where "
    "any Markdown site engine publishes them at the addresses the MkDocs plugin gives them "
    "(Zensical, MkDocs without the plugin, Backstage TechDocs). cxdocs never replaces or removes "
    "a file it did not write: a page you wrote at the same place is kept and published instead.",
    "cli.build.out": "a folder of cxdocs' own instead of docs_dir (pages then gain its name in "
    "their addresses)",
    "cli.build.engine": "how links are written: zensical (default) reads them from the Markdown "
    "file's folder; mkdocs (also ProperDocs, TechDocs, without the cxdocs plugin) needs them "
    "relative to the served page",
    "cli.build.strict": "fail on content warnings too",
    "cli.build.drafts": "publish drafts (draft: true) too, e.g. for a review site; the same as "
    "the 'drafts: true' setting",
    "cli.build.watch": "keep running: build again whenever content or settings change (beside "
    "'zensical serve', which then shows the change); stop with Ctrl+C",
    "cli.check.help": "validate content and report problems at file:line:col",
    "cli.check.description": "Validate personas, journeys and blueprints. Files outside the "
    "content folders are ignored, so the command suits pre-commit hooks.",
    "cli.check.paths": "files or folders to report on (default: all content)",
    "cli.check.format": "text (default), github (Actions annotations), gitlab (Code Quality) or "
    "json",
    "cli.check.strict": "fail on warnings too",
    "cli.check.no-cache": "read and validate every file afresh, and keep nothing in the cache "
    "folder (by default files unchanged since the last run are not read again)",
    "cli.common.force": "replace an existing output file cxdocs did not write (content and "
    "settings files are never replaced)",
    "cli.diff.help": "semantic changes between two git revisions, for pull-request review",
    "cli.diff.description": "Compare personas, journeys and blueprints at two git revisions and "
    "report what changed for customers: emotions, pain points, steps, actions, blueprint "
    "activities. Always exits 0 unless the command is used wrongly.",
    "cli.diff.base": "git revision to compare from, e.g. origin/main or HEAD~1",
    "cli.diff.head": "git revision to compare to (default: the working tree, uncommitted files "
    "included)",
    "cli.diff.format": "markdown (default: a PR comment or step summary) or json",
    "cli.diff.svg-dir": "also write a diagram of each changed journey and blueprint into DIR "
    "(created if missing), the changes marked on it: <kind>-<id>.svg",
    "cli.diff.max-chars": "shorten a longer Markdown report to N characters, most significant "
    "changes first (default: {default}, under GitHub's comment limit; 0: never); JSON is never "
    "shortened",
    "cli.diff.full-report": "where readers find the whole report when it is shortened (e.g. the "
    "URL of a workflow run's artifacts)",
    "cli.export.help": "write a journey as a Mermaid diagram, a CSV file or an Excel sheet",
    "cli.export.description": "Export a journey in the layouts `cxdocs import` reads: a Mermaid "
    "journey (emotions as scores 1..5), or one row per step (CSV, Excel). Guide: "
    "{guide}import-export/",
    "cli.export.format": "mermaid, csv or xlsx",
    "cli.export.path": "a journey file",
    "cli.export.output": "where to write (default: <id>.mmd/.csv/.xlsx here; '-' for stdout, not "
    "for xlsx); a .md file gets a ```mermaid block",
    "cli.export.template": "csv, xlsx: the blank spreadsheet to fill in, with an example (no PATH)",
    "cli.export.lang": "language of the column headers (default: the site's locale)",
    "cli.export.delimiter": "csv: the delimiter (default ',')",
    "cli.history.help": "how each journey and blueprint changed over time, from git",
    "cli.history.description": "Walk the commits that touched journeys and blueprints, newest "
    "first, and say what each changed for customers, with the figures after it.",
    "cli.history.paths": "journey or blueprint files or folders (default: all journeys and "
    "blueprints)",
    "cli.history.since": "only commits after DATE: 2026-01-31, or '3 months ago'",
    "cli.history.format": "markdown (default) or json",
    "cli.import.help": "create a journey from a Mermaid diagram, a CSV file or an Excel sheet, "
    "or research sources from a quotes sheet (--research)",
    "cli.import.description": "Create a journey file from a Mermaid journey (.mmd, or a "
    "```mermaid block in Markdown), a CSV file or an Excel .xlsx sheet (one row per step with a "
    "header row, or the grid of journey-map templates). With --research: research sources from a "
    "quotes sheet (CSV or .xlsx: one row per quote, columns such as Id, Source, Participant, "
    "Text, Tags, Private, as research tools export them). Guide: {guide}import-export/",
    "cli.import.file": "the file to import",
    "cli.import.persona": "the journey's persona id (journeys)",
    "cli.import.research": "FILE is a quotes sheet: write research sources into research/",
    "cli.import.method": "--research: the sources' method (interview, survey, usability-test...; "
    "default: interview)",
    "cli.import.title": "the journey's (or source's) title (default: from FILE)",
    "cli.import.id": "the journey's (or source's) id (default: from the title)",
    "cli.import.output": "where to write it (default: journeys/<id>.yaml or research/<id>.yaml; "
    "'-' prints a journey instead); never replaces a file",
    "cli.import.sheet": "Excel: the sheet to read (default: the first visible one)",
    "cli.import.scale": "emotions are scores from 1 to 5 (default: -2..+2)",
    "cli.init.help": "set up a repository: settings, folders, schemas, CI and hooks",
    "cli.init.description": "Create mkdocs.yml (or zensical.toml), docs/index.md, the content "
    "folders, editor schemas and settings, a GitHub Actions workflow, a GitLab CI job and a "
    "pre-commit configuration. Existing files are never replaced.",
    "cli.init.dir": "default: here",
    "cli.init.locale": "content language (default: CXDOCS_LOCALE, else en)",
    "cli.init.theme": "material (default; needs cxdocs[site]) or mkdocs, MkDocs' built-in theme",
    "cli.init.engine": "mkdocs (default: mkdocs.yml, the cxdocs plugin) or zensical "
    "(zensical.toml; CI runs cxdocs build, then zensical build)",
    "cli.init.example": "add a small persona, journey and blueprint",
    "cli.new.help": "create a valid, commented persona, journey, blueprint or research source file",
    "cli.new.kind": "what to create",
    "cli.new.id": "its id, e.g. first-purchase (also the file name); support/refund (or "
    "journeys/support/refund) files it in a sub-folder: journeys/support/refund.yaml",
    "cli.new.persona": "journey (and source): the persona id (default: the only persona)",
    "cli.new.journey": "blueprint: the journey id it serves",
    "cli.options.config": "the site configuration holding the cxdocs settings (default: "
    "mkdocs.yml, mkdocs.yaml or properdocs.yml here or in the nearest folder above)",
    "cli.render.help": "draw one journey, blueprint or persona file (SVG, PNG or PDF)",
    "cli.render.description": "Render the diagram of one content file, for slides and documents.",
    "cli.render.path": "a journey, blueprint or persona file",
    "cli.render.output": "where to write (default: <id>.<format> in the current folder; '-' for "
    "stdout); with --slides, a folder (default: the current one)",
    "cli.render.slides": "cut a journey (by stages) or blueprint (by phases) into 16:9 slides, "
    "1920x1080: one SVG or PNG per slide, or one multi-page PDF",
    "cli.render.format": "svg, png or pdf (default: the -o file's suffix, else svg)",
    "cli.schema.help": "write JSON Schemas for editors",
    "cli.schema.description": "Write persona, journey and blueprint JSON Schemas, generated from "
    "the model that `check` uses and knowing the repository's channels and actors.",
    "cli.schema.out": "folder to write to (default: {folder}/ beside mkdocs.yml)",
    "cli.schema.check": "write nothing; exit 1 if the files in DIR are missing or out of date",
    "cli.serve.help": "preview personas, journeys and blueprints; saved edits show at once",
    "cli.serve.description": "Serve cxdocs' pages and update the open page in the browser as "
    "soon as a content file is saved (only what changed is drawn again). The published site "
    "stays your engine's (mkdocs build, cxdocs build + zensical).",
    "cli.serve.dev-addr": "where to serve (default 127.0.0.1:8000)",
    "cli.error.folder": "{path} is a folder; give a file in it",
    "cli.error.no_file": "no such file: {path}",
    "cli.error.no_path": "no such file or folder: {paths}",
    "cli.error.not_a_folder": "{path} is a file, not a folder",
}
