"""The comparison as CSV: one row per issue × party × round, for spreadsheets.

UTF-8 with a byte-order mark, so LibreOffice and Excel read Cyrillic right
when the file is opened by a double-click. A text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, also after leading
spaces (LibreOffice can trim them, and then `` =1+1`` is a live formula), is
prefixed with an apostrophe, so no text typed into Parley becomes a formula
in a spreadsheet. A figure that is a plain number is written as a number,
negative ones included, so a spreadsheet can sum it; only text is touched.
The file is private to its owner (0600).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.compare.comparison import Snapshot
from core.compare.citations import citation_grade
from core.domain.labels import PREFIX_QUALIFIERS, number_range, qualified, source_name, stance_text
from core.domain.records import QUALIFIER_LABELS, Position
from core.store.atomic_files import write_export
from core.store.file_access import refuse_workspace_as_output

Cell = str | int | float

COLUMNS = ["issue", "track", "party", "round", "round_date", "stance", "value", "unit", "quote", "speaker", "reports",
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
        text = f"{number:g}" if float(number).is_integer() else str(number)
        if position.value_qualifier not in PREFIX_QUALIFIERS:
            return _plain_number(number)
    return qualified(position.value_qualifier, text)


def _plain_number(number: float) -> int | float:
    """A figure as the csv module should write it: 3000 not 3000.0, and never 1e+20 text."""
    number = float(number)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def rows(snapshot: Snapshot) -> list[list[Cell]]:
    party_order = {p.id: n for n, p in enumerate(snapshot.parties)}
    table = []
    for issue in snapshot.ordered_issues:
        track = snapshot.track_by_id.get(issue.track_id)
        entries = []
        for party in snapshot.parties:
            for index, position in snapshot.history.get((issue.id, party.id), ()):
                entries.append((index, party_order[party.id], party, position))
        for index, _, party, position in sorted(entries, key=lambda e: (e[0], e[1])):
            round_ = snapshot.rounds[index]
            speaker = snapshot.people.get(position.speaker_id or "")
            cited = snapshot.citations_by_position.get(position.id, ())
            reports = [snapshot.reports[c.report_id] for c in cited if c.report_id in snapshot.reports]
            table.append([
                issue.name, track.name if track else "", party.name, round_.name, round_.date,
                stance_text(position),
                value_cell(position), position.value_unit if position.stated else "", position.quote,
                speaker.name if speaker else "",
                "; ".join(dict.fromkeys(source_name(r, snapshot.outlets.get(r.outlet_id or "")) for r in reports)),
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
    write_export(target, ("\ufeff" + to_csv(snapshot)).encode("utf-8"))
