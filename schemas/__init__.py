"""Data contracts shared by every stage (see DESIGN.md, "Data contracts")."""

from .document import (
    BLOCK_KINDS,
    SCHEMA_VERSION,
    Block,
    Cell,
    Document,
    Metadata,
    Provenance,
    table_text,
)
from .marks import Mark, remap_marks
from .official import Approver, OfficialParts
from .records import (
    DISCLOSURES,
    ENTITY_TYPES,
    ERROR_CODES,
    FLOOR_ENTITIES,
    MARKINGS,
    REASONS,
    Evidence,
    Failure,
    Finding,
    Sensitivity,
)

__all__ = [
    "BLOCK_KINDS",
    "DISCLOSURES",
    "ENTITY_TYPES",
    "ERROR_CODES",
    "FLOOR_ENTITIES",
    "MARKINGS",
    "REASONS",
    "SCHEMA_VERSION",
    "Approver",
    "Block",
    "Cell",
    "Document",
    "Evidence",
    "Failure",
    "Finding",
    "Mark",
    "Metadata",
    "OfficialParts",
    "Provenance",
    "Sensitivity",
    "remap_marks",
    "table_text",
]
