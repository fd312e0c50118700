"""The comparison as an Excel workbook: the CSV's rows with typed cells, for analysts who sort and filter.

Why openpyxl: it writes .xlsx with typed cells, frozen panes and filters,
is pure Python and well kept, and reads the file back for the tests.

The rows and columns are the CSV's (``csv_export.rows``), one per issue ×
party × round, with a round column; here numbers are numbers, dates are
dates, and text is text exactly as typed. No cell is a formula: openpyxl
would store any text starting with "=" as one, so every text cell is typed
as a string explicitly, and a spreadsheet shows "=1+1" as typed rather than
computing it (no apostrophe is needed, unlike in CSV). Characters a
workbook cannot hold (control characters other than tab and line breaks)
are shown as "\ufffd" rather than dropped. The header row is frozen and has
filters. The file is private to its owner (0600), like every export.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from core.compare.comparison import Snapshot
from core.i18n import for_others
from core.sheet.csv_export import COLUMNS, rows
from core.store.atomic_files import write_export
from core.store.file_access import refuse_workspace_as_output

DATE_COLUMNS = {"round_date", "figure_date"}
WIDTHS = {"issue": 40, "stance": 60, "quote": 50, "common_ground": 40, "value": 18, "status": 24}
SHEET_TITLE = "Positions"


def typed(column: str, value):
    """A cell's value as the workbook should hold it: a date for a date column, text cleaned of control characters."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    if column in DATE_COLUMNS and text:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass  # a stored date Parley cannot read stays the text it is
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def to_xlsx(snapshot: Snapshot) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    # Each row's cells by their own row number: ``sheet[sheet.max_row]`` scans every cell written so far,
    # which made a 500-issue workbook (6,000 rows) take some 90 s instead of a few.
    for row_number, line in enumerate(rows(snapshot), start=2):
        values = [typed(column, value) for column, value in zip(COLUMNS, line)]
        sheet.append(values)
        for column_number, value in enumerate(values, start=1):
            cell = sheet.cell(row_number, column_number)
            if isinstance(value, str):
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 1)}"
    for n, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = WIDTHS.get(column, 14)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(snapshot: Snapshot, target: Path) -> None:
    refuse_workspace_as_output(target)  # an export never replaces a workspace (the window's included)
    with for_others():  # fixed English words and numbers, whatever the window's language
        data = to_xlsx(snapshot)
    write_export(target, data)
