"""What makes a record acceptable, checked before anything is written.

Each check returns the problems as sentences for the user; an empty list
means the record may be saved. The schema's own constraints stay as the last
line of defence.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import cache
from operator import attrgetter

from core.domain.records import (
    CREDIBILITY_GRADES,
    PARTY_ROLES,
    RELIABILITY_GRADES,
    QUANTITY_KINDS,
    STATUSES,
    VALUE_QUALIFIERS,
    Citation,
    Figure,
    Issue,
    IssueStatus,
    Outlet,
    Party,
    Person,
    Position,
    Record,
    Report,
    Round,
    Track,
    field_names,
)
from core.i18n import QT_TRANSLATE_NOOP, translate

COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# The longest text each field takes, in characters (stated in the README, "Limits").
# Three kinds: names and labels (one line in a table or a list), stances (a cell of
# the comparison), and running text (summaries, quotes, notes). A workspace with
# every field at its limit exports to PDF in under 10 s (tests/core/domain/test_validation.py).
NAME_LIMIT = 200
STANCE_LIMIT = 1_000
TEXT_LIMIT = 10_000
URL_LIMIT = 2_000
# A report's whole text: the reader's own limit for a pasted or extracted report
# (core.reports.MAX_REPORT_CHARS; tests/core/domain/test_validation.py holds them equal).
REPORT_TEXT_LIMIT = 2_000_000
NAME_FIELDS = ("title", "name", "short_name", "place", "duration_note", "role", "outlet", "value_unit",
               "original_language", "timing_note", "value_label", "label", "unit", "speaker", "language",
               "round_name", "since_round_name")
STANCE_FIELDS = ("stance",)
TEXT_FIELDS = ("description", "notes", "note", "summary", "quote", "original_text", "translation",
               "analyst_note", "common_ground", "aliases", "passage",
               "marking", "sheet_marking", "file_name")  # a marking may run to lines (it wraps on the page)
URL_FIELDS = ("url",)
LIMITS = {
    **{name: NAME_LIMIT for name in NAME_FIELDS},
    **{name: STANCE_LIMIT for name in STANCE_FIELDS},
    **{name: TEXT_LIMIT for name in TEXT_FIELDS},
    **{name: URL_LIMIT for name in URL_FIELDS},
    "text": REPORT_TEXT_LIMIT,
}


def length_problems(record: Record) -> list[tuple[str, str]]:
    """``(field, sentence)`` for each text field longer than its limit.

    Kept apart from ``problems_with`` too so that an import can name the field
    in its JSON path. A value that is not text is the schema's business, not this.
    """
    found = []
    for name, limit in limited_fields(type(record)):
        value = getattr(record, name, None)
        if isinstance(value, str) and len(value) > limit:
            label = name.replace("_", " ").capitalize()
            found.append((name, f"{label} is {len(value):,} characters long; the most Parley takes is {limit:,}."))
    return found


@cache
def limited_fields(cls: type[Record]) -> tuple[tuple[str, int], ...]:
    """``(field, limit)`` for each of the record class's fields that ``LIMITS`` names, in ``LIMITS``' order.

    Asked once per class: checking a record then looks at its own few text
    fields, not at every name in ``LIMITS`` (an import checks 300,000 records).
    """
    names = set(field_names(cls))
    return tuple((name, limit) for name, limit in LIMITS.items() if name in names)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


def _required(problems: list[str], value: str, label: str) -> None:
    if not (value or "").strip():
        problems.append(translate("Validation", "{label} is required.").format(label=translate("Validation", label)))


def _optional_date(problems: list[str], value: str | None, label: str) -> None:
    if value and not _is_date(value):
        problems.append(translate("Validation", "{label} must be a date written YYYY-MM-DD, not “{value}”.").format(
            label=translate("Validation", label), value=value))


def problems_with(record: Record) -> list[str]:
    """Every problem with ``record``, as sentences; [] when it may be saved."""
    return _infinite_numbers(record) + [sentence for _, sentence in length_problems(record)] + rule_problems(record)


def rule_problems(record: Record) -> list[str]:
    """The problems with ``record`` under the domain's own rules: ``problems_with`` less its
    finite numbers and text lengths, which an import checks for a whole table at once."""
    problems: list[str] = []
    if isinstance(record, Party):
        _required(problems, record.name, QT_TRANSLATE_NOOP("Validation", "A party's name"))
        if not COLOUR.match(record.colour or ""):
            problems.append(translate("Validation", "The colour must look like #1f77b4, not “{colour}”.").format(colour=record.colour))
        if record.role not in PARTY_ROLES:
            problems.append(translate("Validation", "The role must be one of {choices}.").format(choices=', '.join(PARTY_ROLES)))
    elif isinstance(record, Track):
        _required(problems, record.name, QT_TRANSLATE_NOOP("Validation", "A track's name"))
    elif isinstance(record, Issue):
        _required(problems, record.name, QT_TRANSLATE_NOOP("Validation", "An issue's name"))
        if record.quantity_kind not in (None, *QUANTITY_KINDS):
            problems.append(translate("Validation", "The quantity kind must be one of {choices}, or none.").format(choices=', '.join(QUANTITY_KINDS)))
    elif isinstance(record, Round):
        if not _is_date(record.date):
            problems.append(translate("Validation", "A round needs a date written YYYY-MM-DD, not “{date}”.").format(date=record.date))
        if record.duration_minutes is not None and record.duration_minutes < 0:
            problems.append(translate("Validation", "A round cannot last less than no time."))
    elif isinstance(record, Person):
        _required(problems, record.name, QT_TRANSLATE_NOOP("Validation", "A person's name"))
    elif isinstance(record, Outlet):
        _required(problems, record.name, QT_TRANSLATE_NOOP("Validation", "An outlet's name"))
        if record.reliability not in RELIABILITY_GRADES:
            problems.append(translate("Validation", "An outlet's reliability is a grade from A to F, not “{reliability}”.").format(reliability=record.reliability))
    elif isinstance(record, Report):
        if not (record.title.strip() or record.text.strip() or record.url.strip()):
            problems.append(translate("Validation", "A report needs a title, an address or its text."))
        _optional_date(problems, record.published, QT_TRANSLATE_NOOP("Validation", "The publication date"))
        _optional_date(problems, record.accessed, QT_TRANSLATE_NOOP("Validation", "The date accessed"))
        if record.url and not re.match(r"^https?://\S+$", record.url):
            problems.append(translate("Validation", "The address must start with http:// or https:// and contain no spaces."))
    elif isinstance(record, Citation):
        problems.extend(_citation_problems(record))
    elif isinstance(record, Figure):
        if not (record.position_id or "").strip():
            problems.append(translate("Validation", "A figure belongs to a position."))
        problems.extend(_figure_problems(record.low, record.high, record.qualifier, record.date, "figure"))
    elif isinstance(record, Position):
        problems.extend(_position_problems(record))
    elif isinstance(record, IssueStatus):
        if record.status not in STATUSES:
            problems.append(translate("Validation", "The status must be one of {choices}.").format(choices=', '.join(STATUSES)))
    return problems


def _infinite_numbers(record: Record) -> list[str]:
    """Infinity and NaN are no figure anyone reported, and JSON cannot carry them back out."""
    return [f"The figure {name} must be a finite number, not {value}."
            for name, value in zip(field_names(type(record)), _field_values(type(record))(record))
            if isinstance(value, float) and not math.isfinite(value)]


@cache
def _field_values(cls: type[Record]) -> attrgetter:
    """Reads every field of a record in one call, in field order (the fields are never fewer than two)."""
    return attrgetter(*field_names(cls))


def _position_problems(p: Position) -> list[str]:
    problems: list[str] = []
    if not (p.issue_id and p.party_id and p.round_id):
        problems.append(translate("Validation", "A position needs an issue, a party and a round."))
    if p.stated:
        _required(problems, p.stance, QT_TRANSLATE_NOOP("Validation", "A stated position's stance"))
    problems.extend(_figure_problems(p.value_low, p.value_high, p.value_qualifier, p.value_date, "position's figure"))
    _optional_date(problems, p.stated_on, QT_TRANSLATE_NOOP("Validation", "The date stated"))
    if p.original_text and not p.translation:
        problems.append(translate("Validation", "Original-language text needs its translation."))
    return problems


# One sentence per kind of figure (a translation cannot put a word's article and case in a placeholder).
NUMBER_OR_DATE = {
    "figure": QT_TRANSLATE_NOOP("Validation", "A figure is either a number or a date, not both."),
    "position's figure": QT_TRANSLATE_NOOP("Validation", "A position's figure is either a number or a date, not both."),
    "citation's figure": QT_TRANSLATE_NOOP("Validation", "A citation's figure is either a number or a date, not both."),
}


def _figure_problems(low, high, qualifier, on_date, what: str) -> list[str]:
    problems: list[str] = []
    if qualifier not in (None, *VALUE_QUALIFIERS):
        problems.append(translate("Validation", "The qualifier must be one of {choices}, or none.").format(choices=', '.join(VALUE_QUALIFIERS)))
    if low is not None and high is not None and low > high:
        problems.append(translate("Validation", "The lower figure is larger than the upper one."))
    if (low is not None or high is not None) and on_date:
        problems.append(translate("Validation", NUMBER_OR_DATE[what]))
    _optional_date(problems, on_date, QT_TRANSLATE_NOOP("Validation", "The date figure"))
    return problems


def _citation_problems(c: Citation) -> list[str]:
    problems: list[str] = []
    if not (c.report_id or "").strip():
        problems.append(translate("Validation", "A citation names the report it quotes."))
    if (c.position_id is None) == (c.status_id is None):
        problems.append(translate("Validation", "A citation supports either a position or a status, and exactly one."))
    if c.credibility not in CREDIBILITY_GRADES or isinstance(c.credibility, bool):
        problems.append(translate("Validation", "Credibility is a grade from 1 to 6, not “{credibility}”.").format(credibility=c.credibility))
    if not (isinstance(c.passage_start, int) and isinstance(c.passage_end, int)
            and 0 <= c.passage_start <= c.passage_end):
        problems.append(translate("Validation", "The passage's start and end must be offsets into the report, the start first."))
    problems.extend(_figure_problems(c.value_low, c.value_high, c.value_qualifier, c.value_date, "citation's figure"))
    return problems


def passage_problems(citation: Citation, report_text: str) -> list[str]:
    """Whether the citation's offsets cut exactly its passage out of the report's text."""
    if citation.passage_end > len(report_text):
        return [f"The passage ends at character {citation.passage_end:,}, beyond the report's "
                f"{len(report_text):,} characters."]
    if report_text[citation.passage_start:citation.passage_end] != citation.passage:
        return ["The passage is not the report's text between its start and end."]
    return []
