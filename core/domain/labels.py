"""The words and formats a reader sees, in one place for window and paper.

The comparison table, the detail pane, the changes view, the status dialog,
the PDF sheet and the CSV export all say the same things: a status (and who
alone claims it), that a party explicitly has no position, that nothing is
recorded, a figure, the gap between two figures, a source, a date, and that
a cell is new or changed since the round before. Each is defined here once,
so screen and paper cannot drift apart. Qt-free: the window draws these
strings and this colour, it does not decide them.

The vocabularies themselves (``STATUS_LABELS``, ``QUALIFIER_LABELS``) stay in
``records`` beside the keys they name, which validation and the dialogs'
choices also read; every composed label is built here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from core.domain.figures import gap
from core.domain.records import QUALIFIER_LABELS, STATUS_LABELS

if TYPE_CHECKING:
    from core.domain.records import IssueStatus, Position, Source

NO_POSITION = "No stated position"  # a party said explicitly that it takes none
NO_RECORD = "—"  # nothing recorded up to the round shown
UNKNOWN_PARTY = "one side"  # a claim by a party that is not (or no longer) in the workspace

NEW_MARK = "new"  # a first position or status at the round shown
CHANGED_MARK = "changed"  # a position or status that differs from the round before
# The change mark's colour, on paper (text on white) and on screen (a tag
# under white text). #C25400 gives 4.6:1 against white both ways, WCAG AA
# for small text; the window's old #EF6C00 gave only 3.1:1 under its white tag text.
CHANGE_COLOUR = "#C25400"

# Qualifiers that read before the figure ("at least 1,200"); "unspecified" replaces it.
PREFIX_QUALIFIERS = ("at_least", "at_most", "about", "before")
COUNTED_STATUSES = ("agreed", "narrowing", "open", "opposed")  # the statuses the counts line names

# Fixed English month abbreviations: ``strftime("%b")`` follows the locale
# (Qt sets it from the system at start-up, so a Ukrainian desktop printed
# "31 сер 2025" where ``parley export`` printed "31 Aug 2025").
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- dates ---------------------------------------------------------------
def day_month_year(day: date) -> str:
    """'1 Aug 2025' on every platform and in every locale.

    Not strftime: its flag for a day without a leading zero is a glibc
    extension (Windows raises on it), and ``%b`` follows the locale.
    """
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_text(iso: str) -> str:
    """A stored YYYY-MM-DD date as '31 Aug 2025'; anything else as it is stored."""
    try:
        return day_month_year(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso


# -- statuses and positions ---------------------------------------------
def status_label(status: IssueStatus | None, party_names: dict[str, str]) -> str:
    """'Agreed', 'Agreed — according to Russia' for a one-sided claim, '—' for none."""
    if status is None:
        return NO_RECORD
    text = STATUS_LABELS.get(status.status, status.status)
    if status.claimed_by_party_id:
        text += f" — according to {claimant(status, party_names)}"
    return text


def claimant(status: IssueStatus, party_names: dict[str, str]) -> str:
    """The party that alone claims a status, by name ('one side' if it is not known)."""
    return party_names.get(status.claimed_by_party_id or "", UNKNOWN_PARTY)


def stance_text(position: Position | None) -> str:
    """A position's stance, 'No stated position', or '—' where nothing is recorded."""
    if position is None:
        return NO_RECORD
    return position.stance if position.stated else NO_POSITION


def change_mark(changed: bool, previous: object | None) -> str:
    """'' when unchanged, 'new' when there was nothing before, else 'changed'."""
    if not changed:
        return ""
    return CHANGED_MARK if previous is not None else NEW_MARK


def status_counts_text(counts: dict[str, int], separator: str) -> str:
    """'3 agreed · 2 narrowing · 5 open · 1 opposed'."""
    return separator.join(f"{counts[key]} {STATUS_LABELS[key].lower()}" for key in COUNTED_STATUSES)


# -- figures -------------------------------------------------------------
def format_number(value: float) -> str:
    """1200 as '1,200', 2.5 as '2.5', 2.0 as '2'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def number_range(low: float, high: float) -> str:
    """'24–48', or one number when both ends are the same."""
    if low != high:
        return f"{format_number(low)}–{format_number(high)}"
    return format_number(low)


def qualified(qualifier: str | None, text: str) -> str:
    """'at least 1,200 …', 'before 31 Aug 2025'; plain text for no qualifier."""
    if qualifier in PREFIX_QUALIFIERS:
        return f"{QUALIFIER_LABELS[qualifier]} {text}"
    return text


def format_value(position: Position | None) -> str:
    """'24–48 hours', 'at least 1,200 prisoners of war per side', 'before 31 Aug 2025'."""
    if position is None or not position.stated:
        return ""
    if position.value_qualifier == "unspecified":
        return QUALIFIER_LABELS["unspecified"]
    if position.value_date:
        text = date_text(position.value_date)
    else:
        low, high = position.value_low, position.value_high
        if low is None and high is None:
            return ""
        text = number_range(low if low is not None else high, high if high is not None else low)
        if position.value_unit:
            text = f"{text} {position.value_unit}"
    return qualified(position.value_qualifier, text)


def format_gap(a: Position | None, b: Position | None) -> str:
    """'gap 120 hours', 'ranges overlap', or '' where the figures cannot be compared."""
    distance = gap(a, b)
    if distance is None:
        return ""
    if distance == 0:
        return "ranges overlap"
    unit = "days" if a.value_date else a.value_unit
    return f"gap {format_number(distance)} {unit}".strip()


# -- sources -------------------------------------------------------------
def source_name(source: Source | None) -> str:
    """A source in a word: its title, else its outlet (a list entry, a CSV cell)."""
    return (source.title or source.outlet) if source else ""


def citation_parts(source: Source) -> list[tuple[str, str]]:
    """A source's citation as ``(part, text)``: title, outlet, published, accessed, url.

    Parts are in lower case after the title ('outlet not named',
    'published 2025-07-23'); the detail pane joins them with ' · ', the
    sheet's notes capitalise each into a sentence (``citation_sentence_parts``).
    """
    parts = [("title", source.title or "(untitled)"), ("outlet", source.outlet or "outlet not named")]
    if source.published:
        parts.append(("published", f"published {source.published}"))
    if source.accessed:
        parts.append(("accessed", f"accessed {source.accessed}"))
    if source.url:
        parts.append(("url", source.url))
    return parts


def citation_sentence_parts(source: Source) -> list[tuple[str, str]]:
    """The citation as the sheet's notes print it: Parley's own words capitalised, user text as typed."""
    typed = {"title", "url"} | ({"outlet"} if source.outlet else set())
    return [(part, text if part in typed else text[:1].upper() + text[1:]) for part, text in citation_parts(source)]


def source_citation(source: Source | None) -> str:
    """'Title · Outlet · published 2025-07-23 · accessed 2025-07-24 · https://…' (the detail pane)."""
    return " · ".join(text for _, text in citation_parts(source)) if source else ""
