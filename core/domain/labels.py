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

Translation (``core.i18n``): the constants below keep their English value,
because code compares them and uses them as keys; they are marked for the
catalogue where they are defined and translated where a label is composed,
so the window shows Ukrainian while a file written ``for_others`` (and the
command line) stays English. Dates and numbers likewise go through
``local_date``/``local_number``: "23 лип. 2025 р." and "1 200" in the
window, "23 Jul 2025" and "1,200" on paper.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from core.domain.figures import gap
from core.domain.records import QUALIFIER_LABELS, STATUS_LABELS
from core.i18n import QT_TRANSLATE_NOOP, local_date, local_number, translate

if TYPE_CHECKING:
    from core.domain.records import Figure, IssueStatus, Outlet, Position, Report

NO_POSITION = QT_TRANSLATE_NOOP("Labels", "No stated position")  # a party said explicitly that it takes none
NO_RECORD = "—"  # nothing recorded up to the round shown
UNKNOWN_PARTY = QT_TRANSLATE_NOOP("Labels", "one side")  # a claim by a party that is not (or no longer) in the workspace

# The marks are keys (``change_mark`` returns them, the window's spoken text and the
# sheet's summary compare them): shown through ``mark_text``.
NEW_MARK = QT_TRANSLATE_NOOP("Labels", "new")  # a first position or status at the round shown
CHANGED_MARK = QT_TRANSLATE_NOOP("Labels", "changed")  # a position or status that differs from the round before
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
    """A stored YYYY-MM-DD date as '31 Aug 2025' (in the window, as its language writes it); anything else as stored."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return local_date(day, fixed=day_month_year)


# -- statuses and positions ---------------------------------------------
def status_label(status: IssueStatus | None, party_names: dict[str, str]) -> str:
    """'Agreed', 'Agreed — according to Russia' for a one-sided claim, '—' for none."""
    if status is None:
        return NO_RECORD
    text = status_word(status.status)
    if status.claimed_by_party_id:
        text = translate("Labels", "{status} — according to {party}").format(
            status=text, party=claimant(status, party_names))
    return text


def status_word(key: str) -> str:
    """A status key's label in the interface's language ('Agreed'); an unknown key as it is stored."""
    label = STATUS_LABELS.get(key)
    return translate("Status", label) if label else key


def qualifier_word(key: str) -> str:
    """A qualifier key's label in the interface's language ('at least')."""
    label = QUALIFIER_LABELS.get(key)
    return translate("Qualifier", label) if label else key


def claimant(status: IssueStatus, party_names: dict[str, str]) -> str:
    """The party that alone claims a status, by name ('one side' if it is not known)."""
    name = party_names.get(status.claimed_by_party_id or "")
    return name if name is not None else translate("Labels", UNKNOWN_PARTY)


def stance_text(position: Position | None) -> str:
    """A position's stance, 'No stated position', or '—' where nothing is recorded."""
    if position is None:
        return NO_RECORD
    return position.stance if position.stated else translate("Labels", NO_POSITION)


def change_mark(changed: bool, previous: object | None) -> str:
    """'' when unchanged, 'new' when there was nothing before, else 'changed'."""
    if not changed:
        return ""
    return CHANGED_MARK if previous is not None else NEW_MARK


def mark_text(mark: str) -> str:
    """A change mark (``change_mark``'s key) as the reader sees it: 'new', 'changed', or ''."""
    return translate("Labels", mark) if mark else ""


def status_counts_text(counts: dict[str, int], separator: str) -> str:
    """'3 agreed · 2 narrowing · 5 open · 1 opposed'."""
    return separator.join(f"{counts[key]} {status_word(key).lower()}" for key in COUNTED_STATUSES)


# -- figures -------------------------------------------------------------
def format_number(value: float) -> str:
    """1200 as '1,200', 2.5 as '2.5', 2.0 as '2' (in the window, as its language writes numbers: '1 200')."""
    return local_number(value, fixed=fixed_number)


def fixed_number(value: float) -> str:
    """1200 as '1,200', 2.5 as '2.5', 2.0 as '2': the one convention of files and the command line."""
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
        return f"{qualifier_word(qualifier)} {text}"
    return text


def format_value(position: Position | None) -> str:
    """'24–48 hours', 'at least 1,200 prisoners of war per side', 'before 31 Aug 2025'."""
    if position is None or not position.stated:
        return ""
    return figure_text(position.value_low, position.value_high, position.value_unit, position.value_qualifier,
                       position.value_date)


def figure_text(low: float | None, high: float | None, unit: str, qualifier: str | None,
                on_date: str | None) -> str:
    """Any figure in words: a position's, a citation's version, or one of a position's further figures."""
    if qualifier == "unspecified":
        return qualifier_word("unspecified")
    if on_date:
        text = date_text(on_date)
    else:
        if low is None and high is None:
            return ""
        text = number_range(low if low is not None else high, high if high is not None else low)
        if unit:
            text = f"{text} {unit}"
    return qualified(qualifier, text)


def labelled_figure_text(figure: Figure) -> str:
    """'age limit: under 25 years' — one of a position's further figures."""
    text = figure_text(figure.low, figure.high, figure.unit, figure.qualifier, figure.date)
    return f"{figure.label}: {text}" if figure.label and text else (text or figure.label)


def format_gap(a: Position | None, b: Position | None) -> str:
    """'gap 120 hours', 'ranges overlap', or '' where the figures cannot be compared."""
    distance = gap(a, b)
    if distance is None:
        return ""
    if distance == 0:
        return translate("Labels", "ranges overlap")
    if a.value_date:
        return translate("Labels", "gap {number} days").format(number=format_number(distance))
    return translate("Labels", "gap {number} {unit}").format(number=format_number(distance), unit=a.value_unit).strip()


# -- reports and citations ---------------------------------------------
def source_name(report: Report | None, outlet: Outlet | None = None) -> str:
    """A report in a word: its title, else its outlet (a list entry, a CSV cell)."""
    if report is None:
        return ""
    return report.title or (outlet.name if outlet else "") or report.url


def citation_parts(report: Report, outlet: Outlet | None = None) -> list[tuple[str, str]]:
    """A report's reference as ``(part, text)``: title, outlet, published, accessed, url.

    Parts are in lower case after the title ('outlet not named',
    'published 2025-07-23'); the detail pane joins them with ' · ', the
    sheet's notes capitalise each into a sentence (``citation_sentence_parts``).
    """
    parts = [("title", report.title or translate("Labels", "(untitled)")),
             ("outlet", outlet.name if outlet else translate("Labels", "outlet not named"))]
    if report.published:
        parts.append(("published", translate("Labels", "published {date}").format(date=report.published)))
    if report.accessed:
        parts.append(("accessed", translate("Labels", "accessed {date}").format(date=report.accessed)))
    if report.url:
        parts.append(("url", report.url))
    return parts


def citation_sentence_parts(report: Report, outlet: Outlet | None = None) -> list[tuple[str, str]]:
    """The reference as the sheet's notes print it: Parley's own words capitalised, user text as typed."""
    typed = {"title", "url"} | ({"outlet"} if outlet else set())
    return [(part, text if part in typed else text[:1].upper() + text[1:])
            for part, text in citation_parts(report, outlet)]


def source_citation(report: Report | None, outlet: Outlet | None = None) -> str:
    """'Title · Outlet · published 2025-07-23 · accessed 2025-07-24 · https://…' (the detail pane)."""
    return " · ".join(text for _, text in citation_parts(report, outlet)) if report else ""


def reports_badge(count: int, best: str) -> str:
    """'3 reports · B2': how many reports back a position, and the best grade among them."""
    if not count:
        return ""
    if count == 1:
        return translate("Labels", "1 report · {grade}").format(grade=best)
    return translate("Labels", "{count} reports · {grade}").format(count=local_number(count, fixed=str), grade=best)
