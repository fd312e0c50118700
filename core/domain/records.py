"""Plain dataclasses for one negotiation workspace.

The store returns these and the comparison consumes them, so neither the
window nor the PDF sheet ever sees a database row. Every record carries a
UUID ``id`` so that workspaces can be exchanged and merged without clashes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from functools import cache

PARTY_ROLES = ("party", "observer", "mediator", "host")
QUANTITY_KINDS = ("duration", "count", "date")
STATUSES = ("agreed", "narrowing", "open", "opposed", "not_discussed")
STATUS_LABELS = {
    "agreed": "Agreed",
    "narrowing": "Narrowing",
    "open": "Open",
    "opposed": "Opposed",
    "not_discussed": "Not discussed",
}
# How a reported figure relates to the number stored with it.
VALUE_QUALIFIERS = ("at_least", "at_most", "about", "before", "unspecified")
QUALIFIER_LABELS = {
    "at_least": "at least",
    "at_most": "at most",
    "about": "about",
    "before": "before",
    "unspecified": "no figure given",
}


def new_id() -> str:
    """A fresh random UUID, as text: the key of every row in every table."""
    return str(uuid.uuid4())


@dataclass
class Record:
    """Common base: an id and conversion to and from a plain dict row.

    ``base_hash`` is the content hash of the row as it was created or last
    brought in by an import or merge. Local edits leave it alone, so a merge
    can tell which side changed a row since the two copies parted.
    """

    id: str = field(default_factory=new_id)
    base_hash: str = ""

    @classmethod
    def from_row(cls, row: dict):
        names = field_names(cls)
        return cls(**{k: v for k, v in row.items() if k in names})

    def to_row(self) -> dict:
        return {name: getattr(self, name) for name in field_names(type(self))}


@cache
def field_names(cls) -> tuple[str, ...]:
    """A record class's fields in declaration order (computed once per class)."""
    return tuple(f.name for f in fields(cls))


@dataclass
class Negotiation(Record):
    title: str = ""
    description: str = ""


@dataclass
class Party(Record):
    name: str = ""
    short_name: str = ""
    colour: str = "#777777"
    sort_order: int = 0
    role: str = "party"


@dataclass
class Track(Record):
    name: str = ""
    sort_order: int = 0


@dataclass
class Issue(Record):
    track_id: str | None = None
    name: str = ""
    description: str = ""
    quantity_kind: str | None = None
    sort_order: int = 0


@dataclass
class Round(Record):
    name: str = ""
    date: str = ""  # ISO 8601 date
    place: str = ""
    duration_minutes: int | None = None
    duration_note: str = ""
    notes: str = ""


@dataclass
class Person(Record):
    name: str = ""
    party_id: str | None = None
    role: str = ""


@dataclass
class Source(Record):
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: str = ""  # ISO 8601 date
    accessed: str = ""  # ISO 8601 date
    note: str = ""


@dataclass
class Position(Record):
    """What one party says on one issue, as reported at one round.

    ``stated`` False records explicitly that the party has *no stated
    position* there, which is different from having no record at all.
    Numbers are kept as numbers (``value_low``/``value_high`` with a unit, or
    ``value_date`` for dates) so that positions can be compared.
    """

    issue_id: str = ""
    party_id: str = ""
    round_id: str = ""
    stated: bool = True
    stance: str = ""
    summary: str = ""
    value_low: float | None = None
    value_high: float | None = None
    value_unit: str = ""
    value_qualifier: str | None = None
    value_date: str | None = None
    quote: str = ""
    original_text: str = ""
    original_language: str = ""
    translation: str = ""
    speaker_id: str | None = None
    source_id: str | None = None
    stated_on: str | None = None
    timing_note: str = ""
    analyst_note: str = ""

    def __post_init__(self):
        self.stated = bool(self.stated)


@dataclass
class IssueStatus(Record):
    """Where an issue stood at a round, with what both sides accept.

    ``claimed_by_party_id`` marks a status confirmed by one side only
    (shown as, say, "agreed — according to Russia").
    """

    issue_id: str = ""
    round_id: str = ""
    status: str = "open"
    common_ground: str = ""
    claimed_by_party_id: str | None = None
    note: str = ""


@dataclass
class Evidence(Record):
    """A position or a source that supports an issue status."""

    status_id: str = ""
    position_id: str | None = None
    source_id: str | None = None
    note: str = ""
