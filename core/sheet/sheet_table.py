"""One track's issues as a table: a row per issue, a column per party, then status and common ground.

User text goes in as literal ``Text`` (``core.sheet.laid_text``), never
through a markup parser; the issue's name carries its bookmark, so the
outline lands on the row. The table is a ``RowTable``: each row laid out
once, which made a 500-issue sheet some three times faster than
ReportLab's LongTable of Paragraphs (issue 15).
"""

from __future__ import annotations

from reportlab.lib import colors

from core.domain.labels import NO_POSITION, NO_RECORD, change_mark, status_label
from core.sheet.laid_text import Text, plain_text as plain, styled_text as styled
from core.sheet.model import Sheet
from core.sheet.movement import earlier_figure, earlier_wording, status_letter, status_move
from core.sheet.pdf_text import Styles
from core.sheet.row_table import RowTable, TableLook, lay_out_row

# Tints across the whole row, one per status, chosen so that their greys
# (0.299 R + 0.587 G + 0.114 B, as pdftoppm -gray and most printers convert)
# differ by at least 0.05 from each other and from white, the row without a
# status: 0.95, 0.88, 0.81, 0.75, 0.67 (tests/core/sheet/test_pdf_movement.py).
# Light enough for black text; the orange change marks sit on a white chip.
STATUS_TINTS = {
    "agreed": "#EAF7E4",
    "narrowing": "#F8E196",
    "open": "#C4D0E2",
    "not_discussed": "#BFBFBF",
    "opposed": "#E9928C",
}
NO_STATUS_TINT = "#FFFFFF"
CELL_PADDING = 4


def earlier_paragraph(cell, styles: Styles) -> Text | None:
    """'was: …' — the earlier wording, words since dropped struck through, and the earlier figure."""
    segments = earlier_wording(cell)
    if not segments:
        return None
    parts = [("bold", "was: ")]
    parts += [("strike" if op == "removed" else "plain", words) for op, words in segments]
    figure = earlier_figure(cell)
    if figure:
        parts.append(("plain", f" ({figure})"))
    return styled(parts, styles.was)


def party_cell(sheet: Sheet, cell, styles: Styles) -> list:
    if cell.position is None:
        return [plain(NO_RECORD, styles.muted)]
    position = cell.position
    parts = []
    if cell.changed:
        parts.append(plain(change_mark(cell.changed, cell.previous), styles.marker))
    was = earlier_paragraph(cell, styles)
    if not position.stated:
        parts.append(plain(NO_POSITION, styles.muted))
        return parts + ([was] if was else [])
    notes = sheet.position_notes(position)
    parts.append(plain(f"{position.stance} {notes}" if notes else position.stance, styles.cell))
    differ = sheet.disagreement(position)
    if differ:
        parts.append(plain(f"Reports differ: {differ}", styles.marker))
    if cell.value_text:
        label = f"{position.value_label}: " if position.value_label else ""
        parts.append(plain(label + cell.value_text, styles.bold))
    for further in sheet.comparison.further_figures(position):
        parts.append(plain(further, styles.cell))
    if sheet.options.include_quotes and position.quote:
        speaker = sheet.comparison.people.get(position.speaker_id or "")
        who = f" — {speaker.name}" if speaker else ""
        when = position.stated_on or (cell.reported_round.date if cell.reported_round else "")
        parts.append(plain(f"“{position.quote}”{who}{', ' + when if when else ''}", styles.small))
    original = sheet.original_line(position)
    if original:
        parts.append(plain(original, styles.small))
    if was:
        parts.append(was)
    return parts


def issue_cell(row, number: int, styles: Styles) -> list:
    name = plain(f"{number}. {row.issue.name}", styles.bold)
    name.outline_key = f"issue-{number}"
    name.outline_title = f"{number}. {row.issue.name}"
    cell = [name]
    if row.gap_text:
        cell.append(plain(row.gap_text, styles.small))
    return cell


def track_table(sheet: Sheet, rows: list, first_number: int, styles: Styles, widths: list[float],
                split_in_row: bool) -> RowTable:
    """The table of ``rows``, numbered from ``first_number`` (numbers run on across tracks)."""
    comparison = sheet.comparison
    names = {p.id: p.name for p in comparison.parties}
    header = [[plain("Issue", styles.header)]]
    header += [[plain(p.name, styles.header)] for p in comparison.parties]
    header += [[plain("Status", styles.header)], [plain("Common ground", styles.header)]]
    look = TableLook(widths, CELL_PADDING, CELL_PADDING, 0.4, colors.HexColor("#9E9E9E"),
                     [(n, 3, colors.HexColor(p.colour)) for n, p in enumerate(comparison.parties, start=1)])
    tints: dict[str, object] = {}
    laid = []
    for line_number, row in enumerate(rows, start=first_number):
        line = [issue_cell(row, line_number, styles)]
        line += [party_cell(sheet, cell, styles) for cell in row.cells]
        label = f"{status_letter(row.status)}  {status_label(row.status, names)}" if row.status else NO_RECORD
        status = [plain(label, styles.bold)]
        move = status_move(row, names)
        if move:
            status.insert(0, plain(move, styles.marker))
        line.append(status)
        line.append([plain(row.status.common_ground if row.status else "", styles.cell)])
        tint = STATUS_TINTS.get(row.status.status, NO_STATUS_TINT) if row.status else NO_STATUS_TINT
        background = None
        if tint != NO_STATUS_TINT:
            background = tints.get(tint) or tints.setdefault(tint, colors.HexColor(tint))
        laid.append(lay_out_row(line, look, background))
    return RowTable(lay_out_row(header, look, colors.HexColor("#ECEFF1")), laid, look, split_in_row)
