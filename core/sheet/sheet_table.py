"""One track's issues as a table: a row per issue, a column per party, then status and common ground.

User text goes in as ``plain`` paragraphs (see ``core.sheet.pdf``); the
issue's paragraph carries its bookmark, so the outline lands on the row.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import LongTable, TableStyle

from core.domain.labels import NO_POSITION, NO_RECORD, change_mark, status_label
from core.sheet.fonts import FONT
from core.sheet.model import Sheet
from core.sheet.pdf_text import Bookmarked, Styles, fit_to_width, height_floor, plain

STATUS_TINTS = {
    "agreed": "#D5E8D4",
    "narrowing": "#FFF2CC",
    "open": "#E1E6EA",
    "opposed": "#F8D7D5",
    "not_discussed": "#EEEEEE",
}
CELL_PADDING = 4


def party_cell(sheet: Sheet, cell, styles: Styles) -> list:
    if cell.position is None:
        return [plain(NO_RECORD, styles.muted)]
    position = cell.position
    parts = []
    if cell.changed:
        parts.append(plain(change_mark(cell.changed, cell.previous), styles.marker))
    if not position.stated:
        parts.append(plain(NO_POSITION, styles.muted))
        return parts
    note = sheet.note_numbers.get(position.source_id or "")
    parts.append(plain(f"{position.stance} [{note}]" if note else position.stance, styles.cell))
    if cell.value_text:
        parts.append(plain(cell.value_text, styles.bold))
    if sheet.options.include_quotes and position.quote:
        speaker = sheet.comparison.people.get(position.speaker_id or "")
        who = f" — {speaker.name}" if speaker else ""
        when = position.stated_on or (cell.reported_round.date if cell.reported_round else "")
        parts.append(plain(f"“{position.quote}”{who}{', ' + when if when else ''}", styles.small))
    return parts


def issue_cell(row, number: int, styles: Styles) -> list:
    name = plain(row.issue.name, styles.bold, Bookmarked)
    name.outline_key = f"issue-{number}"
    name.outline_title = f"{number}. {row.issue.name}"
    cell = [name]
    if row.gap_text:
        cell.append(plain(row.gap_text, styles.small))
    return cell


def track_table(sheet: Sheet, rows: list, first_number: int, styles: Styles, widths: list[float],
                split_in_row: bool) -> LongTable:
    """The table of ``rows``, numbered from ``first_number`` (numbers run on across tracks)."""
    comparison = sheet.comparison
    names = {p.id: p.name for p in comparison.parties}
    header = [plain("Issue", styles.header)]
    header += [plain(p.name, styles.header) for p in comparison.parties]
    header += [plain("Status", styles.header), plain("Common ground", styles.header)]
    data = [header]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ECEFF1")),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for n, party in enumerate(comparison.parties, start=1):
        style.append(("LINEABOVE", (n, 0), (n, 0), 3, colors.HexColor(party.colour)))
    status_column = len(comparison.parties) + 1
    for line_number, row in enumerate(rows, start=1):
        line = [issue_cell(row, first_number + line_number - 1, styles)]
        line += [party_cell(sheet, cell, styles) for cell in row.cells]
        status = [plain(status_label(row.status, names), styles.cell)]
        if row.status_changed:
            status.insert(0, plain(change_mark(row.status_changed, row.previous_status), styles.marker))
        line.append(status)
        line.append([plain(row.status.common_ground if row.status else "", styles.cell)])
        data.append(line)
        if row.status:
            tint = STATUS_TINTS.get(row.status.status, "#FFFFFF")
            style.append(("BACKGROUND", (status_column, line_number), (status_column, line_number),
                          colors.HexColor(tint)))
    for line in data:
        for cell, width in zip(line, widths):
            for paragraph in cell if isinstance(cell, list) else [cell]:
                fit_to_width(paragraph, width - 2 * CELL_PADDING)
    # LongTable keeps the row heights it measured when it splits at a page end.
    table_height_floor = max((height_floor(cells, widths) for cells in data), default=0)
    table = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1 if split_in_row else 0)
    table.setStyle(TableStyle(style))
    table.row_count = len(rows)
    table.height_floor = table_height_floor
    return table
