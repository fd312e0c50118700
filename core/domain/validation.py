"""What makes a record acceptable, checked before anything is written.

Each check returns the problems as sentences for the user; an empty list
means the record may be saved. The schema's own constraints stay as the last
line of defence.
"""

from __future__ import annotations

import math
import re
from datetime import date

from core.domain.records import (
    PARTY_ROLES,
    QUANTITY_KINDS,
    STATUSES,
    VALUE_QUALIFIERS,
    Issue,
    IssueStatus,
    Party,
    Person,
    Position,
    Record,
    Round,
    Source,
    Track,
    field_names,
)

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# The longest text each field takes, in characters (stated in the README, "Limits").
# Three kinds: names and labels (one line in a table or a list), stances (a cell of
# the comparison), and running text (summaries, quotes, notes). A workspace with
# every field at its limit exports to PDF in under 10 s (tests/core/domain/test_validation.py).
NAME_LIMIT = 200
STANCE_LIMIT = 1_000
TEXT_LIMIT = 10_000
URL_LIMIT = 2_000
NAME_FIELDS = ("title", "name", "short_name", "place", "duration_note", "role", "outlet", "value_unit",
               "original_language", "timing_note")
STANCE_FIELDS = ("stance",)
TEXT_FIELDS = ("description", "notes", "note", "summary", "quote", "original_text", "translation",
               "analyst_note", "common_ground")
URL_FIELDS = ("url",)
LIMITS = {
    **{name: NAME_LIMIT for name in NAME_FIELDS},
    **{name: STANCE_LIMIT for name in STANCE_FIELDS},
    **{name: TEXT_LIMIT for name in TEXT_FIELDS},
    **{name: URL_LIMIT for name in URL_FIELDS},
}


def length_problems(record: Record) -> list[tuple[str, str]]:
    """``(field, sentence)`` for each text field longer than its limit.

    Kept apart from ``problems_with`` too so that an import can name the field
    in its JSON path. A value that is not text is the schema's business, not this.
    """
    found = []
    for name, limit in LIMITS.items():
        value = getattr(record, name, None)
        if isinstance(value, str) and len(value) > limit:
            label = name.replace("_", " ").capitalize()
            found.append((name, f"{label} is {len(value):,} characters long; the most Parley takes is {limit:,}."))
    return found


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


def _required(problems: list[str], value: str, label: str) -> None:
    if not (value or "").strip():
        problems.append(f"{label} is required.")


def _optional_date(problems: list[str], value: str | None, label: str) -> None:
    if value and not _is_date(value):
        problems.append(f"{label} must be a date written YYYY-MM-DD, not “{value}”.")


def problems_with(record: Record) -> list[str]:
    """Every problem with ``record``, as sentences; [] when it may be saved."""
    problems: list[str] = _infinite_numbers(record) + [sentence for _, sentence in length_problems(record)]
    if isinstance(record, Party):
        _required(problems, record.name, "A party's name")
        if not COLOUR.match(record.colour or ""):
            problems.append(f"The colour must look like #1f77b4, not “{record.colour}”.")
        if record.role not in PARTY_ROLES:
            problems.append(f"The role must be one of {', '.join(PARTY_ROLES)}.")
    elif isinstance(record, Track):
        _required(problems, record.name, "A track's name")
    elif isinstance(record, Issue):
        _required(problems, record.name, "An issue's name")
        if record.quantity_kind not in (None, *QUANTITY_KINDS):
            problems.append(f"The quantity kind must be one of {', '.join(QUANTITY_KINDS)}, or none.")
    elif isinstance(record, Round):
        if not _is_date(record.date):
            problems.append(f"A round needs a date written YYYY-MM-DD, not “{record.date}”.")
        if record.duration_minutes is not None and record.duration_minutes < 0:
            problems.append("A round cannot last less than no time.")
    elif isinstance(record, Person):
        _required(problems, record.name, "A person's name")
    elif isinstance(record, Source):
        if not (record.title.strip() or record.outlet.strip()):
            problems.append("A source needs a title or an outlet.")
        _optional_date(problems, record.published, "The publication date")
        _optional_date(problems, record.accessed, "The date accessed")
        if record.url and not re.match(r"^https?://\S+$", record.url):
            problems.append("The address must start with http:// or https:// and contain no spaces.")
    elif isinstance(record, Position):
        problems.extend(_position_problems(record))
    elif isinstance(record, IssueStatus):
        if record.status not in STATUSES:
            problems.append(f"The status must be one of {', '.join(STATUSES)}.")
    return problems


def _infinite_numbers(record: Record) -> list[str]:
    """Infinity and NaN are no figure anyone reported, and JSON cannot carry them back out."""
    return [f"The figure {name} must be a finite number, not {value}." for name in field_names(type(record))
            if isinstance(value := getattr(record, name), float) and not math.isfinite(value)]


def _position_problems(p: Position) -> list[str]:
    problems: list[str] = []
    if not (p.issue_id and p.party_id and p.round_id):
        problems.append("A position needs an issue, a party and a round.")
    if p.stated:
        _required(problems, p.stance, "A stated position's stance")
    if p.value_qualifier not in (None, *VALUE_QUALIFIERS):
        problems.append(f"The qualifier must be one of {', '.join(VALUE_QUALIFIERS)}, or none.")
    if p.value_low is not None and p.value_high is not None and p.value_low > p.value_high:
        problems.append("The lower figure is larger than the upper one.")
    if (p.value_low is not None or p.value_high is not None) and p.value_date:
        problems.append("A position's figure is either a number or a date, not both.")
    _optional_date(problems, p.value_date, "The date figure")
    _optional_date(problems, p.stated_on, "The date stated")
    if p.original_text and not p.translation:
        problems.append("Original-language text needs its translation.")
    return problems
