"""Plain dataclasses for one negotiation workspace.

The store returns these and the comparison consumes them, so neither the
window nor the PDF sheet ever sees a database row. Every record carries a
UUID ``id`` so that workspaces can be exchanged and merged without clashes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from functools import cache

from core.i18n import QT_TRANSLATE_NOOP

PARTY_ROLES = ("party", "observer", "mediator", "host")
QUANTITY_KINDS = ("duration", "count", "date")
STATUSES = ("agreed", "narrowing", "open", "opposed", "not_discussed")
# The labels stay English (validation and the dialogs' choices key on them); they are
# marked for the catalogue here and shown through ``translate("Status", label)``.
STATUS_LABELS = {
    "agreed": QT_TRANSLATE_NOOP("Status", "Agreed"),
    "narrowing": QT_TRANSLATE_NOOP("Status", "Narrowing"),
    "open": QT_TRANSLATE_NOOP("Status", "Open"),
    "opposed": QT_TRANSLATE_NOOP("Status", "Opposed"),
    "not_discussed": QT_TRANSLATE_NOOP("Status", "Not discussed"),
}
# How a reported figure relates to the number stored with it.
VALUE_QUALIFIERS = ("at_least", "at_most", "about", "before", "unspecified")
# Shown through ``translate("Qualifier", label)``.
QUALIFIER_LABELS = {
    "at_least": QT_TRANSLATE_NOOP("Qualifier", "at least"),
    "at_most": QT_TRANSLATE_NOOP("Qualifier", "at most"),
    "about": QT_TRANSLATE_NOOP("Qualifier", "about"),
    "before": QT_TRANSLATE_NOOP("Qualifier", "before"),
    "unspecified": QT_TRANSLATE_NOOP("Qualifier", "no figure given"),
}
# The Admiralty (NATO) system: how reliable an outlet is, A..F, and how credible one
# piece of information is, 1..6. F and 6 both mean "cannot be judged", the defaults.
RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)


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


SHEET_FORMATS = ("pdf", "docx", "xlsx", "csv", "json")
SHEET_PAPERS = ("a4", "letter")


@dataclass
class Negotiation(Record):
    """The negotiation, and the sheet defaults the window and ``parley export`` share.

    ``sheet_marking`` is the protective marking's text ("" prints none; a
    "TLP:..." label prints in its TLP colours), kept in the workspace so
    every analyst's window and every script start from the same choice.
    """

    title: str = ""
    description: str = ""
    sheet_marking: str = "OFFICIAL-SENSITIVE"
    sheet_paper: str = "a4"
    sheet_landscape: bool = True

    def __post_init__(self):
        self.sheet_landscape = bool(self.sheet_landscape)


@dataclass
class Party(Record):
    """A side of the negotiation. ``aliases``: other names the reading assistant
    knows it by ("Kyiv", "the Ukrainian delegation"), one per line."""

    name: str = ""
    short_name: str = ""
    colour: str = "#777777"
    sort_order: int = 0
    role: str = "party"
    aliases: str = ""


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
    """Someone who speaks for a party. ``aliases``: other spellings, one per line
    ("Umierov", "Умєров"), for the reading assistant."""

    name: str = ""
    party_id: str | None = None
    role: str = ""
    aliases: str = ""


@dataclass
class Outlet(Record):
    """Who publishes reports, graded once for how reliable it is (A..F).

    ``party_id`` names the party the outlet is affiliated with (state media),
    so a reader can weigh a claim against who carries it.
    """

    name: str = ""
    reliability: str = "F"
    party_id: str | None = None
    language: str = ""
    note: str = ""


@dataclass
class Report(Record):
    """One document: a news report, a statement, a transcript.

    ``text`` is kept exactly as it was extracted, because every citation's
    offsets point into it; Parley never rewrites it.
    """

    outlet_id: str | None = None
    title: str = ""
    url: str = ""
    published: str = ""  # ISO 8601 date
    accessed: str = ""  # ISO 8601 date
    language: str = ""
    text: str = ""
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
    value_label: str = ""  # what the compared figure counts: "per side", "duration"
    quote: str = ""
    original_text: str = ""
    original_language: str = ""
    translation: str = ""
    speaker_id: str | None = None
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
    """A position that supports an issue status (a report that does is a Citation)."""

    status_id: str = ""
    position_id: str = ""
    note: str = ""


@dataclass
class Figure(Record):
    """A further labelled figure of a position ("age limit": under 25).

    The position's own ``value_*`` is the figure compared across sides and
    rounds; these are the others a report gives, kept as numbers all the same.
    """

    position_id: str = ""
    label: str = ""
    low: float | None = None
    high: float | None = None
    unit: str = ""
    qualifier: str | None = None
    date: str | None = None
    sort_order: int = 0


@dataclass
class Citation(Record):
    """A passage of a report that a position (or a status) rests on.

    ``passage`` is ``report.text[passage_start:passage_end]``, kept verbatim so
    it reads even where the text is long. ``stance`` and the ``value_*``
    figure hold this report's own version where it differs from the position
    ("6,000 for 6,000" against "6,000 bodies"): that is how Parley knows the
    reports disagree. ``credibility`` grades the information, 1..6.
    """

    report_id: str = ""
    position_id: str | None = None
    status_id: str | None = None
    passage_start: int = 0
    passage_end: int = 0
    passage: str = ""
    speaker: str = ""
    credibility: int = 6
    stance: str = ""
    value_low: float | None = None
    value_high: float | None = None
    value_unit: str = ""
    value_qualifier: str | None = None
    value_date: str | None = None
    note: str = ""
    sort_order: int = 0


@dataclass
class SheetExport(Record):
    """One exported sheet, for the register of what was handed out.

    The round names are kept beside the ids so the register still reads
    after a round is deleted (the ids then become null). ``exported_at`` is
    UTC, ISO 8601 to the second.
    """

    exported_at: str = ""
    format: str = "pdf"
    file_name: str = ""
    round_id: str | None = None
    round_name: str = ""
    since_round_id: str | None = None
    since_round_name: str = ""
    marking: str = ""
