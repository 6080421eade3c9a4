"""The model of each content kind, keyed by kind (folders: `files.FOLDERS`)."""

from __future__ import annotations

from cxdocs.content.model import Blueprint, Journey, Persona
from cxdocs.content.research import Source

Content = Persona | Journey | Blueprint | Source
KINDS: dict[str, type[Persona] | type[Journey] | type[Blueprint] | type[Source]] = {
    "persona": Persona,
    "journey": Journey,
    "blueprint": Blueprint,
    "source": Source,
}
