"""The panes in Ukrainian (issue 14): with the compiled catalogue installed, the review dialog's and
the changes view's headings, the table's headers and the filter bar speak Ukrainian, and nothing
translated is cut short by a width sized for the English word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from core.store.workspace import open_workspace
from gui.reading.proposals import CONFIDENCE, PARTY

SEED_REPORT = Path(__file__).resolve().parents[2] / "resources" / "seed" / "istanbul-talks-2025-07-23.txt"



@pytest.fixture
def window(ukrainian, qtbot, seed_path):
    """The main window built after the translator is in (its strings are made as it is built)."""
    from gui.main_window import MainWindow

    window = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    yield window
    window.close_workspace()


def bold_width(widget, text: str) -> int:
    font = QFont(widget.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(text)


def test_the_review_dialog_speaks_ukrainian_and_its_headings_fit(window, qtbot):
    dialog = window.read_report(SEED_REPORT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    model = dialog.model
    headings = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headings == ["✓", "Сторона", "Мовець", "Питання", "Формулювання", "Цитата", "Показники", "Певність"]
    assert dialog.windowTitle() == "Прочитати повідомлення — Parley"
    assert dialog.count_label.text() == f"Прийнято 0 з {model.rowCount()}"
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(CONFIDENCE) >= bold_width(header, "Певність")  # sized for "Sure", it was cut
    assert dialog.file_accepted() is False
    assert dialog.review_problem.text().startswith("Ще нічого не прийнято")

    # the confirmation of new records, answered No: nothing is filed
    row = next(n for n, proposal in enumerate(model.rows) if proposal.party and proposal.issue)
    model.set_accepted([row], True)
    model.setData(model.index(row, PARTY), "Сторона для перевірки")  # a new party: the filing asks first
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(f"{box.windowTitle()}\n{box.text()}")
            box.button(QMessageBox.StandardButton.No).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert dialog.file_accepted() is False
    assert asked and asked[0].startswith("Створити нові записи?\nПід час внесення буде створено такі записи:")
    assert "Сторони: Сторона для перевірки" in asked[0]
    dialog.close()


def test_the_changes_view_table_and_filters_speak_ukrainian(window, qtbot):
    window.changes_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.changes_dock.isVisible())
    view = window.changes_view
    assert window.changes_dock.windowTitle() == "Зміни й кількість статусів"
    assert view.heading.text() == "Зміни — Round 3 (2025-07-23), порівняно з раундом «Round 2»"
    assert any(line.startswith("Zelenskiy's legitimacy — Ukraine") and "(нове) →" in line for line in view.lines())
    counts = view.counts.toPlainText()
    assert counts.startswith("Кількість статусів за раундами") and "Раунд" in counts
    natural = QTextDocument()
    natural.setDefaultFont(view.counts.font())
    natural.setHtml(view.counts.toHtml())
    natural.setTextWidth(-1)
    assert view.counts.viewport().width() >= natural.idealWidth()  # "Раунд" is not broken inside the word

    model = window.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Питання"
    assert model.headerData(model.status_column(), Qt.Orientation.Horizontal) == "Статус"
    bar = window.filter_bar
    assert bar.status.itemText(0) == "Усі статуси" and bar.party.itemText(0) == "Усі сторони"
    for box in (bar.track, bar.status, bar.party):  # at 1024 px the "all" choice is shown whole
        assert box.width() >= box.fontMetrics().horizontalAdvance(box.itemText(0)) + 20, box.itemText(0)


def test_a_narrow_cell_keeps_its_reports_count_whole_beside_the_disagreement_mark(ukrainian):
    from PySide6.QtGui import QFontMetricsF

    from gui.table.cell_reports import ReportsMark, disagree_mark, fit_reports_line, small_font

    assert disagree_mark() == "≠ розбіжність"
    small = small_font(QApplication.font())
    bold = QFont(small)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetricsF(small), QFontMetricsF(bold)
    mark = ReportsMark("3 reports · B2", True)
    wide = metrics.horizontalAdvance(mark.text) + bold_metrics.horizontalAdvance("  ≠ розбіжність") + 2
    assert fit_reports_line(mark, metrics, bold_metrics, wide) == ("3 reports · B2", "  ≠ розбіжність")
    # the width a 1024-px window gives a party's cell: the word no longer fits beside "3 · B2"
    narrow = metrics.horizontalAdvance("3 · B2") + bold_metrics.horizontalAdvance("  ≠") + 2
    assert fit_reports_line(mark, metrics, bold_metrics, narrow) == ("3 · B2", "  ≠")  # it was "3 …  ≠ розбіжність"
    assert fit_reports_line(ReportsMark("3 reports · B2", False), metrics, bold_metrics, narrow) == ("3 · B2", "")
