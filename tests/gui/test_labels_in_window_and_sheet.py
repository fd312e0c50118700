"""Window and sheet say the same thing, under a Ukrainian locale too.

Qt sets the process locale from the desktop at start-up, so code that
formats dates with ``strftime("%b")`` prints "31 сер 2025" in the window on
a Ukrainian desktop while ``parley export`` (no Qt) prints "31 Aug 2025".
Here LC_TIME really is Ukrainian (checked: strftime gives "сер"), and the
window's table, its detail pane and the PDF sheet all print the date and
the one-sided status from ``core.domain.labels``.

The locale is the system's uk_UA if installed (Debian, macOS), or Windows'
Ukrainian_Ukraine; otherwise it is compiled for this test alone with glibc's
``localedef`` into a temporary folder named by LOCPATH (Debian's ``locales``
package ships the source; nothing is installed system-wide).
"""

from __future__ import annotations

import locale
import re
import subprocess
from datetime import date

import pytest

from core.compare.comparison import Snapshot
from core.domain.labels import CHANGE_COLOUR
from core.domain.records import IssueStatus, Position
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from core.store.workspace import open_workspace

from gui.detail_pane import DetailPane
from gui.table.model import PAINT_ROLE, ComparisonModel

INSTALLED_NAMES = ("uk_UA.UTF-8", "uk_UA.utf8", "uk_UA", "Ukrainian_Ukraine.1251", "uk-UA")


@pytest.fixture(scope="session")
def compiled_locales(tmp_path_factory):
    """A folder holding uk_UA.UTF-8 compiled by localedef (only used when the system lacks it)."""
    folder = tmp_path_factory.mktemp("locales")
    try:
        subprocess.run(["localedef", "-i", "uk_UA", "-f", "UTF-8", str(folder / "uk_UA.UTF-8")],
                       capture_output=True, check=False, timeout=120)
    except OSError:
        pass
    return folder


@pytest.fixture
def ukrainian_dates(compiled_locales, monkeypatch):
    before = locale.setlocale(locale.LC_TIME)
    chosen = None
    for name in INSTALLED_NAMES:
        try:
            chosen = locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    if chosen is None:
        monkeypatch.setenv("LOCPATH", str(compiled_locales))
        try:
            chosen = locale.setlocale(locale.LC_TIME, "uk_UA.UTF-8")
        except locale.Error:
            pytest.fail("no Ukrainian locale: install one (Debian: the 'locales' package) to run this test")
    try:
        assert date(2025, 8, 31).strftime("%b") == "сер"  # what the old window printed
        yield chosen
    finally:
        locale.setlocale(locale.LC_TIME, before)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", out)


def test_dates_and_claims_read_the_same_in_window_and_sheet(ukrainian_dates, qtbot, seed_path, tmp_path):
    ws = open_workspace(seed_path)
    try:
        russia = next(p for p in ws.parties() if p.name == "Russia")
        position = next(p for p in ws.positions() if p.party_id == russia.id and p.stated)
        ws.update(Position(**{**position.to_row(), "value_low": None, "value_high": None, "value_unit": "",
                              "value_date": "2025-08-31", "value_qualifier": "before"}))
        status = next(s for s in ws.statuses() if s.issue_id == position.issue_id)
        ws.update(IssueStatus(**{**status.to_row(), "claimed_by_party_id": russia.id}))
        snapshot = Snapshot(ws, detached=True)  # used after the file is closed
    finally:
        ws.close()
    round_ = snapshot.rounds_by_id[position.round_id]
    comparison = snapshot.compare(round_.id)
    names = {p.id: p.name for p in snapshot.parties}

    model = ComparisonModel()
    model.set_comparison(comparison, names)
    row_number = model.row_for_issue(position.issue_id)
    cell_paint = model.index(row_number, model.party_column(russia.id)).data(PAINT_ROLE)
    status_paint = model.index(row_number, model.status_column()).data(PAINT_ROLE)
    assert cell_paint.value == "before 31 Aug 2025"
    assert status_paint.text.endswith(" — according to Russia")

    pane = DetailPane()
    qtbot.addWidget(pane)
    row = model.issue_row(row_number)
    pane.show_cell(row, row.cell_for(russia.id), comparison, snapshot.value_history(position.issue_id, russia.id))
    assert pane.fields["Figure"].text() == "before 31 Aug 2025"
    pane.show_status(row, names, [])
    assert pane.fields["Status"].text() == status_paint.text

    target = tmp_path / "sheet.pdf"
    render_pdf(build_sheet(snapshot, SheetOptions(round_id=round_.id)), target)
    sheet = pdf_text(target)
    assert cell_paint.value in sheet and status_paint.text in sheet
    assert "сер" not in sheet


def test_the_window_draws_the_change_mark_in_the_sheets_colour(qtbot):
    """One change colour: the tag the delegate paints is CHANGE_COLOUR, the colour the sheet prints."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from gui.table.delegate import CellDelegate
    from gui.table.model import Paint

    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(Paint("status", "Agreed", mark="changed"), PAINT_ROLE)
    model.setItem(0, 0, item)
    image = QImage(300, 60, QImage.Format.Format_RGB32)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 300, 60)
    option.palette = QApplication.palette()
    option.font = QApplication.font()
    painter = QPainter(image)
    CellDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    colours = {image.pixel(x, y) for x in range(300) for y in range(60)}
    assert QColor(CHANGE_COLOUR).rgb() in colours


def test_white_tag_text_on_the_change_colour_is_legible():
    """WCAG AA asks 4.5:1 for small text; the tag's white on #EF6C00 had 3.1:1."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast_with_white(hex_colour: str) -> float:
        return 1.05 / (luminance(hex_colour) + 0.05)

    assert contrast_with_white("#EF6C00") < 4.5 <= contrast_with_white(CHANGE_COLOUR)
