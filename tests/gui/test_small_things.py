"""Issue 14, build item 7: Help → About, the shortcut list, round keys for every layout, Print,
an empty workspace that says how to begin, and a window that fits a 1024-pixel screen."""

from __future__ import annotations

import sqlite3
import sys

import pypdfium2
import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from core.domain.records import Party, Track
from core.store.workspace import open_workspace
from gui.dialogs.shortcuts import shortcut_rows
from gui.help_menu import show_about, show_shortcuts
from gui.printing import print_sheet


def action_named(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def test_about_names_the_versions_in_use_and_the_fonts_licence(seed_window, qtbot):
    import reportlab

    dialog = show_about(seed_window)
    text = dialog.text.toPlainText()
    for version in (qVersion(), pyside_version, sqlite3.sqlite_version, reportlab.Version,
                    f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"):
        assert version in text
    assert "Noto Sans" in text and "SIL Open Font License 1.1" in text
    dialog.font_licence_button.click()
    assert "SIL Open Font License, Version 1.1" in dialog.text.toPlainText() and "PERMISSION & CONDITIONS" in dialog.text.toPlainText()
    assert action_named(seed_window, "aboutParley").menuRole() == QAction.MenuRole.AboutRole


def test_the_shortcut_list_is_read_from_the_actions_so_it_cannot_go_stale(seed_window):
    dialog = show_shortcuts(seed_window)
    shown = {dialog.table.item(n, 0).text(): dialog.table.item(n, 2).text() for n in range(dialog.table.rowCount())}
    native = QKeySequence.SequenceFormat.NativeText
    assert shown["Previous Round"] == ", ".join(QKeySequence(k).toString(native)
                                               for k in ("Ctrl+[", "Alt+Left", "Ctrl+PgUp"))
    assert shown["Edit Selected Cell"] == "F2" and shown["Print"] == QKeySequence(QKeySequence.StandardKey.Print).toString(native)
    with_keys = [a for a in seed_window.findChildren(QAction) if any(not k.isEmpty() for k in a.shortcuts())]
    assert dialog.table.rowCount() == len(with_keys) + 1  # and Space on the table (a QShortcut)
    added = QAction("A Command Added Later", seed_window)
    added.setShortcut("Ctrl+Alt+J")
    seed_window.addAction(added)
    assert ("A Command Added Later", "", "Ctrl+Alt+J") in shortcut_rows(seed_window)


def test_no_two_commands_share_a_key(seed_window):
    keys = []
    for act in seed_window.findChildren(QAction):
        keys += [k.toString() for k in act.shortcuts() if not k.isEmpty()]
    keys += [s.key().toString() for s in seed_window.findChildren(QShortcut)]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert {"Alt+Left", "Alt+Right", "Ctrl+PgUp", "Ctrl+PgDown", "Ctrl+[", "Ctrl+]"} <= set(keys)


@pytest.mark.parametrize("back, forward", [(Qt.Key.Key_Left, Qt.Key.Key_Right),
                                           (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)])
def test_the_round_keys_have_alternatives_a_european_keyboard_can_type(seed_window, qtbot, back, forward):
    window = seed_window
    modifier = Qt.KeyboardModifier.AltModifier if back == Qt.Key.Key_Left else Qt.KeyboardModifier.ControlModifier
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    last = window.round_combo.count() - 1
    assert window.round_combo.currentIndex() == last
    QTest.keyClick(window.table, back, modifier)
    assert window.round_combo.currentIndex() == last - 1
    QTest.keyClick(window.table, forward, modifier)
    assert window.round_combo.currentIndex() == last


def test_print_sends_the_sheet_to_the_printer(seed_window, tmp_path):
    """Printed to a PDF file through QPrinter, as "Print to File" does (no printer on CI)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    task = print_sheet(seed_window, printer)
    assert task.wait()
    assert "Laying out the sheet" in task.stages
    pdf = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    try:
        assert len(pdf) >= 1
        image = pdf[0].render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 100  # ink on the page, not a blank sheet
    finally:
        pdf.close()
    assert "to the printer" in seed_window.statusBar().currentMessage()
    assert action_named(seed_window, "printSheet").shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_an_empty_workspace_says_how_to_begin(seed_window, tmp_path):
    window = seed_window
    assert not window.empty_hint.label.isVisible()
    assert window.file_actions.new_workspace(tmp_path / "empty.parley")
    hint = window.empty_hint.label
    assert hint.isVisible() and "Ctrl+R" in hint.text() and "Ctrl+1" in hint.text() and "Ctrl+3" in hint.text()
    assert hint.textFormat() == Qt.TextFormat.PlainText
    window.file_actions.open_path(window.file_actions.recent()[1])
    assert not hint.isVisible()
    window.filter_bar.search.setText("zzzz no such word")
    window.filter_bar._now()
    assert window.model.rowCount() == 0 and not hint.isVisible()  # a search that finds nothing is not emptiness


def test_the_window_fits_a_1024_pixel_screen_whatever_the_names(qtbot, seed_path):
    from gui.main_window import MainWindow

    workspace = open_workspace(seed_path)
    workspace.insert(Track(name="A very long track name that an analyst might well type in full, and more"))
    workspace.insert(Party(name="The United Kingdom of Great Britain and Northern Ireland", short_name="UK",
                           colour="#123456", sort_order=9, role="party"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.minimumSizeHint().width() <= 1000  # and the frame, on any platform
        window.resize(1024, 700)
        qtbot.waitUntil(lambda: window.width() == 1024)
    finally:
        window.close_workspace()
