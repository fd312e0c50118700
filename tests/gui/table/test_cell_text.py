"""Cells show their text (issue 14, build 2): rows that fit, the full text one key away, remembered widths."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from core.domain.records import Position
from core.edits.changes import modification
from core.store.workspace import open_workspace
from gui.main_window import MainWindow

LONG = ("An immediate, much longer and comprehensive ceasefire of at least thirty days on land, at sea and in "
        "the air, monitored by a mission the parties agree on, with every exchange of prisoners, bodies and "
        "civilians going ahead during it and the talks on a leaders' meeting carrying on in parallel, the "
        "whole of it confirmed in writing before it starts and reported on every week")


def long_cell(window):
    issue = next(i for i in window.snapshot.issues if i.name.startswith("Ceasefire"))
    ukraine = next(p for p in window.snapshot.parties if p.name == "Ukraine")
    old = next(p for p in window.workspace.all(Position) if p.issue_id == issue.id and p.party_id == ukraine.id)
    assert window.push(modification(old, replace(old, stance=LONG)))
    return window.model.index(window.model.row_for_issue(issue.id), window.model.party_column(ukraine.id))


def action(window, name):
    return window.actions_by_name({name})[0]


def test_full_rows_grow_to_fit_a_long_stance_and_compact_rows_do_not(seed_window, qtbot):
    window = seed_window
    index = long_cell(window)
    qtbot.waitUntil(lambda: window.table.rowHeight(index.row()) > window.issue_row_height, timeout=2000)
    qtbot.wait(50)  # the rows in view are measured once the event loop turns
    full = window.table.rowHeight(index.row())
    line = window.table.fontMetrics().lineSpacing()
    assert full >= window.issue_row_height + 2 * line  # several more lines than the compact three
    assert full <= (window.table_layout.FULL_ROW_LINES + 2) * line + 20  # but capped
    action(window, "fullRows").trigger()
    assert not action(window, "fullRows").isChecked()
    assert window.table.rowHeight(index.row()) == window.issue_row_height


def test_compact_or_full_rows_is_remembered(qtbot, seed_path):
    first = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(first)
    assert first.actions_by_name({"fullRows"})[0].isChecked()  # full rows by default
    first.actions_by_name({"fullRows"})[0].trigger()
    first.close()
    second = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(second)
    try:
        assert not second.actions_by_name({"fullRows"})[0].isChecked()
    finally:
        second.close_workspace()


def test_full_stance_is_in_the_tooltip_and_one_key_away(seed_window, qtbot):
    window = seed_window
    index = long_cell(window)
    assert LONG in index.data(Qt.ItemDataRole.ToolTipRole).replace("\n", " ")
    window.table.setCurrentIndex(index)
    dialog = window.show_full_text()
    assert LONG in dialog.text.toPlainText()
    assert action(window, "showFullText").shortcut().toString() == "F3"
    dialog.close()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert window.full_text_dialog is not None and window.full_text_dialog.isVisible()
    window.full_text_dialog.close()


def test_columns_can_be_resized_and_their_widths_are_remembered(qtbot, seed_path):
    first = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(first)
    first.resize(1400, 900)
    first.show()
    header = first.table.horizontalHeader()
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive
               for c in range(first.model.columnCount() - 1))
    header.resizeSection(1, 333)
    first.filter_bar.search.setText("bodies")
    first.filter_bar._now()
    first.filter_bar.clear()
    assert first.table.columnWidth(1) == 333  # a refresh keeps what the user chose
    first.close()
    second = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(second)
    second.resize(1400, 900)
    second.show()
    try:
        assert second.table.columnWidth(1) == 333
    finally:
        second.close_workspace()
