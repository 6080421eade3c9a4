"""Import and export: journeys from and to Mermaid, CSV and Excel spreadsheets.

Reading runs one way, like the rest of cxdocs: a source file -> a `Draft`
(stages and steps as cells that remember where they came from, in
`draft.py`) -> journey data (`build.py`, which turns cell text into values and
reports bad ones at FILE:row:column) -> YAML text (`journeyfile.py`). Export
goes from the validated model back to the same layouts.
"""
