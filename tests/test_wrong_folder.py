"""A file saved in another kind's folder is one `wrong-folder` problem, not a cascade.

Every pairing of kind and folder, as YAML and as Markdown front matter: one
problem, at the first key that tells the kind, naming the folder to move it to,
and no missing-field, unknown-key or unknown-reference errors for it. Real
files with typos in their keys are still checked as what their folder holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import check_repo

PERSONA = "name: Bruno Lima\nrole: Shop owner\ngoals: [Sell more]\nchannels: [app]\n"
JOURNEY = (
    "title: Return\npersona: bruno\nstages:\n"
    "  - name: Asks\n    steps: [{action: Asks, emotion: 0}]\n"
)
BLUEPRINT = (
    "title: Returns\njourney: first-purchase\nphases:\n  - name: Ask\n    customer: [Asks]\n"
)
TEXTS = {"persona": PERSONA, "journey": JOURNEY, "blueprint": BLUEPRINT}
# (kind written, folder it is saved in, line of the first telling key)
MISPLACED = [
    ("persona", "journeys", 1),
    ("persona", "blueprints", 1),
    ("journey", "personas", 1),
    ("journey", "blueprints", 2),  # title: a blueprint has one too
    ("blueprint", "journeys", 2),
    ("blueprint", "personas", 1),
]


@pytest.mark.parametrize("markdown", [False, True], ids=["yaml", "md"])
@pytest.mark.parametrize(
    ("kind", "folder", "line"), MISPLACED, ids=[f"{k}-in-{f}" for k, f, _ in MISPLACED]
)
def test_a_file_in_another_kinds_folder_is_one_problem(
    tmp_path: Path, kind: str, folder: str, line: int, markdown: bool
) -> None:
    text = TEXTS[kind]
    name = f"{folder}/misplaced.{'md' if markdown else 'yaml'}"
    files = {name: f"---\n{text}---\nNotes.\n" if markdown else text}
    if kind == "journey":  # its persona exists: only the folder is wrong
        files["personas/bruno.yaml"] = PERSONA
    found = check_repo(tmp_path, files)
    assert [p[:3] for p in found] == [(name, line + (1 if markdown else 0), "wrong-folder")]
    message, hint = found[0][3:]
    assert message.startswith(f"this looks like a {kind} (it has ")
    assert f"move it to {kind}s/" in hint and f"git mv {name} {kind}s/misplaced." in hint


def test_references_to_a_misplaced_persona_are_not_a_cascade(tmp_path: Path) -> None:
    found = check_repo(
        tmp_path,
        {"journeys/bruno.yaml": PERSONA, "journeys/return.yaml": JOURNEY},
    )
    assert [(p[0], p[2]) for p in found] == [("journeys/bruno.yaml", "wrong-folder")]


# Files of their folder's kind with mistakes: checked as that kind, never "moved".
STAY = [
    ("journeys", "name: Trip\npersna: ana\nstags: []\n"),  # typos of journey keys
    ("journeys", "titel: Trip\nname: x\nrole: y\n"),
    ("journeys", "title: Trip\nname: Ana\nrole: y\n"),  # title: only journeys and blueprints
    ("journeys", "persona: ana\nname: Trip\n"),
    ("personas", "nam: Ana\ntitle: Buyer\n"),
    ("personas", "name: Ana\ntitle: Buyer\nstages: []\n"),
    ("personas", "role: Buyer\njourney: first-purchase\n"),
    ("blueprints", "title: B\nphasess: []\npersona: ana\n"),
    ("blueprints", "title: B\nphases: []\nstages: []\n"),
]


@pytest.mark.parametrize(("folder", "text"), STAY)
def test_files_with_typos_are_checked_as_their_folder_says(
    tmp_path: Path, folder: str, text: str
) -> None:
    found = check_repo(tmp_path, {f"{folder}/x.yaml": text})
    codes = {p[2] for p in found if p[0] == f"{folder}/x.yaml"}
    assert codes and "wrong-folder" not in codes
