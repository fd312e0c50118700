"""Workspace documents: every record of a workspace as one JSON-able dict.

The seed ships in this shape, so the seed and the JSON interchange share one
reader. Keys are table names; lists are in an order that satisfies the
foreign keys when inserted front to back.
"""

from __future__ import annotations

from .domain import Record
from .store import TABLES

FORMAT_NAME = "parley-workspace"
FORMAT_VERSION = 1
# Insertion order: every table after the tables it refers to.
TABLE_ORDER = [
    "negotiation",
    "parties",
    "tracks",
    "issues",
    "rounds",
    "people",
    "sources",
    "positions",
    "issue_status",
    "evidence",
]
CLASSES = {table: cls for cls, table in TABLES.items()}


def records_from_document(document: dict) -> list[Record]:
    """The document's records as dataclasses, in foreign-key order."""
    records: list[Record] = []
    for table in TABLE_ORDER:
        cls = CLASSES[table]
        records.extend(cls.from_row(row) for row in document.get(table, []))
    return records
