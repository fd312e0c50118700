"""The comparison as CSV: one row per issue × party × round, for spreadsheets.

UTF-8 with a byte-order mark, so LibreOffice and Excel read Cyrillic right
when the file is opened by a double-click. A text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after leading
spaces (LibreOffice can trim them, and then `` =1+1`` is a live formula), is
prefixed with an apostrophe, so no text typed into Parley becomes a formula
in a spreadsheet. A figure that is a plain number is written as a number,
negative ones included, so a spreadsheet can sum it; only text is touched.
Numbers keep full precision (1234567, never 1.23457e+06), and each figure's
low and high ends are columns of their own, so a range or a qualified
figure ("at least 1,200") still gives numbers. The first eleven columns keep
their order from earlier versions; the rest were added after them, so a
script that reads columns by position still works. The file is private to
its owner (0600). How to open it in LibreOffice: see the README.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.compare.comparison import Snapshot
from core.compare.citations import citation_grade
from core.domain.labels import (
    PREFIX_QUALIFIERS,
    number_range,
    qualified,
    source_name,
    stance_text,
    status_label,
)
from core.domain.records import QUALIFIER_LABELS, Position
from core.i18n import for_others
from core.store.atomic_files import write_export
from core.store.file_access import refuse_workspace_as_output

Cell = str | int | float

COLUMNS = ["issue", "track", "party", "round", "round_date", "stance", "value", "unit", "quote", "speaker", "reports",
           # added by issue 13: typed figure ends, the issue's status at that round, ids and the reports' addresses
           "low", "high", "qualifier", "figure_date", "status", "common_ground", "issue_number",
           "position_id", "issue_id", "party_id", "round_id", "url",
           # added by issue 11: each citation's Admiralty grade
           "grades"]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text that a spreadsheet will show, never evaluate; a number stays a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    # Any white space a spreadsheet might trim first (str.strip: spaces, no-break spaces, line breaks).
    return "'" + text if text.lstrip().startswith(FORMULA_PREFIXES) or text.startswith(FORMULA_PREFIXES) else text


def value_cell(position: Position) -> Cell:
    """The figure: a plain number where there is one, so spreadsheets can sum it."""
    if not position.stated:
        return ""
    if position.value_qualifier == "unspecified":
        return QUALIFIER_LABELS["unspecified"]
    if position.value_date:
        text = position.value_date
    elif position.value_low is None and position.value_high is None:
        return ""
    elif position.value_low is not None and position.value_high is not None and position.value_low != position.value_high:
        text = number_range(position.value_low, position.value_high)
    else:
        number = position.value_low if position.value_low is not None else position.value_high
        text = full_number(number)  # all its digits: '{:g}' wrote 1234567 as 1.23457e+06
        if position.value_qualifier not in PREFIX_QUALIFIERS:
            return _plain_number(number)
    return qualified(position.value_qualifier, text)


def full_number(number: float) -> str:
    """1234567 as '1,234,567' and 0.125 as '0.125': every digit (the sheet's format_number rounds to 2 places)."""
    number = float(number)
    return f"{int(number):,}" if number.is_integer() and abs(number) < 1e15 else f"{number:,}"


def _plain_number(number: float) -> int | float:
    """A figure as the csv module should write it: 3000 not 3000.0, and never 1e+20 text."""
    number = float(number)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def figure_ends(position: Position) -> list[Cell]:
    """low, high, qualifier, figure_date: the figure as typed cells ('' where there is none)."""
    if not position.stated or position.value_qualifier == "unspecified":
        return ["", "", QUALIFIER_LABELS.get(position.value_qualifier or "", "") if position.stated else "", ""]
    low, high = position.value_low, position.value_high
    low = high if low is None else low
    high = low if high is None else high
    return [
        "" if low is None else _plain_number(low),
        "" if high is None else _plain_number(high),
        QUALIFIER_LABELS.get(position.value_qualifier or "", ""),
        position.value_date or "",
    ]


def rows(snapshot: Snapshot) -> list[list[Cell]]:
    party_order = {p.id: n for n, p in enumerate(snapshot.parties)}
    party_names = {p.id: p.name for p in snapshot.parties}
    table = []
    for number, issue in enumerate(snapshot.ordered_issues, start=1):
        track = snapshot.track_by_id.get(issue.track_id)
        entries = []
        for party in snapshot.parties:
            for index, position in snapshot.history.get((issue.id, party.id), ()):
                entries.append((index, party_order[party.id], party, position))
        for index, _, party, position in sorted(entries, key=lambda e: (e[0], e[1])):
            round_ = snapshot.rounds[index]
            found = snapshot.status_as_of(issue.id, index)
            status = found[1] if found else None
            speaker = snapshot.people.get(position.speaker_id or "")
            cited = snapshot.citations_by_position.get(position.id, ())
            reports = [snapshot.reports[c.report_id] for c in cited if c.report_id in snapshot.reports]
            table.append([
                issue.name, track.name if track else "", party.name, round_.name, round_.date,
                stance_text(position),
                value_cell(position), position.value_unit if position.stated else "", position.quote,
                speaker.name if speaker else "",
                "; ".join(dict.fromkeys(source_name(r, snapshot.outlets.get(r.outlet_id or "")) for r in reports)),
                *figure_ends(position),
                status_label(status, party_names) if status else "", status.common_ground if status else "",
                number, position.id, issue.id, party.id, round_.id,
                "; ".join(dict.fromkeys(r.url for r in reports if r.url)),
                "; ".join(dict.fromkeys(citation_grade(c, snapshot.reports, snapshot.outlets) for c in cited)),
            ])
    return table


def to_csv(snapshot: Snapshot) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(snapshot):
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def write_csv(snapshot: Snapshot, target: Path) -> None:
    refuse_workspace_as_output(target)  # an export never replaces a workspace (the window's included)
    with for_others():  # fixed English words and numbers, whatever the window's language
        text = to_csv(snapshot)
    write_export(target, ("\ufeff" + text).encode("utf-8"))
