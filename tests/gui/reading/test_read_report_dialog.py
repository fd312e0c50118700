"""File → Read Report…: the review dialog, driven from the keyboard alone, files into an empty workspace."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from core.domain.records import Citation, Party, Person, Position, Report
from core.store.workspace import open_workspace
from gui.reading.proposals import PARTY

SEED_REPORT = Path(__file__).resolve().parents[3] / "resources" / "seed" / "istanbul-talks-2025-07-23.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Every key goes to the widget that has the focus, as a keyboard's would; the keys are counted."""

    def __init__(self):
        self.count = 0

    def press(self, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        QTest.keyClick(QApplication.focusWidget(), key, modifiers)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        for character in text:
            self.count += 1
            QTest.keyClicks(QApplication.focusWidget(), character)
        QApplication.processEvents()

    def type_name(self, name: str) -> None:
        """Type a name into a cell until the inline completion has it, as a person would, then Enter."""
        for character in name:
            self.count += 1
            QTest.keyClicks(QApplication.focusWidget(), character)
            editor = QApplication.focusWidget()
            if isinstance(editor, QComboBox) and editor.currentText() == name:
                break
        self.press(Qt.Key.Key_Return)

    def answer_when_asked(self, key=Qt.Key.Key_Return) -> None:
        """Press ``key`` on the confirmation box as soon as it shows."""

        def check() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self.count += 1
                QTest.keyClick(box, key)
            else:
                QTimer.singleShot(20, check)

        QTimer.singleShot(20, check)


@pytest.fixture
def empty_window(qtbot, tmp_path):
    from gui.main_window import MainWindow

    window = MainWindow(open_workspace(tmp_path / "empty.parley"))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    window.close_workspace()


def party_for(speaker: str) -> str:
    """The analyst's judgement for the seed report's speakers (the engine knows no party in an empty workspace)."""
    if any(word in speaker for word in ("Trump",)):
        return "United States"
    if any(word in speaker for word in ("Umerov", "Bevz", "Ukrain", "Kyiv")):
        return "Ukraine"
    return "Russia"


def test_the_seed_report_is_filed_into_an_empty_workspace_from_the_keyboard(empty_window, qtbot):
    window = empty_window
    keys = Keyboard()
    started = time.perf_counter()
    QApplication.clipboard().setText(SEED_REPORT.read_text(encoding="utf-8"))
    window.table.setFocus()
    keys.press(Qt.Key.Key_R, CTRL)  # File → Read Report…
    dialog = window.reading_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.paste_box)
    keys.press(Qt.Key.Key_V, CTRL)  # paste
    keys.press(Qt.Key.Key_Return, CTRL)  # read
    assert dialog.pages.currentIndex() == 1 and dialog.model.rowCount() >= 10
    assert QApplication.focusWidget() is dialog.table
    keys.press(Qt.Key.Key_A, CTRL | SHIFT)  # accept all
    for row in range(dialog.model.rowCount()):
        assert dialog.table.currentIndex().row() == row
        proposal = dialog.model.rows[row]
        if not proposal.party:  # a speaker's first statement; the others get the party with it
            keys.type_name(party_for(proposal.speaker or proposal.statement.text))
        if row < dialog.model.rowCount() - 1:
            keys.press(Qt.Key.Key_Down)
    assert all(p.party for p in dialog.model.rows)
    keys.answer_when_asked()  # the one confirmation of new parties, people and issues
    keys.press(Qt.Key.Key_Return, CTRL)  # file
    qtbot.waitUntil(lambda: dialog.filing is not None)
    elapsed = time.perf_counter() - started
    print(f"\nfiled {dialog.model.rowCount()} statements with {keys.count} keystrokes in {elapsed:.2f} s")

    workspace = window.workspace
    (report,) = workspace.all(Report)
    assert report.text == SEED_REPORT.read_text(encoding="utf-8")
    positions, citations = workspace.all(Position), workspace.all(Citation)
    assert len(citations) == dialog.model.rowCount() and len(positions) >= 8
    for citation in citations:
        assert citation.passage and citation.passage == report.text[citation.passage_start:citation.passage_end]
    assert {p.name for p in workspace.all(Party)} == {"Ukraine", "Russia", "United States"}
    umerov = next(p for p in workspace.all(Person) if p.name == "Rustem Umerov")
    ukraine = next(p for p in workspace.all(Party) if p.name == "Ukraine")
    assert umerov.party_id == ukraine.id
    assert any(p.value_low == 1200 and p.value_qualifier == "at_least" for p in positions)
    assert "Filed" in window.statusBar().currentMessage()
    assert window.session.entry_memory.report_id == report.id  # a position entered next cites it
    assert window.current_round_id() == dialog.filing.round_id
    assert window.undo_stack.count() == 1  # the whole batch is one undo step
    window.undo_stack.undo()
    assert workspace.all(Position) == [] and workspace.all(Report) == [] and workspace.all(Party) == []


def test_declining_the_confirmation_files_nothing(empty_window, qtbot):
    dialog = empty_window.read_report()
    dialog.paste_box.setPlainText("Medinsky said Russia would hand over 3,000 bodies.")
    dialog.read_pasted()
    dialog.model.setData(dialog.model.index(0, PARTY), "Russia")
    dialog.accept_all()
    keys = Keyboard()
    keys.answer_when_asked(Qt.Key.Key_Escape)
    assert dialog.file_accepted() is False
    assert empty_window.workspace.all(Position) == [] and empty_window.undo_stack.count() == 0


def test_an_accepted_statement_without_a_party_is_pointed_at_not_filed(empty_window):
    dialog = empty_window.read_report()
    dialog.paste_box.setPlainText("Medinsky said Russia would hand over 3,000 bodies. "
                                  "Umerov said Ukraine wanted all prisoners back.")
    dialog.read_pasted()
    assert dialog.model.rowCount() == 2
    dialog.model.setData(dialog.model.index(0, PARTY), "Russia")
    dialog.accept_all()
    assert dialog.file_accepted() is False
    assert "Statement 2 needs a party" in dialog.review_problem.text()
    assert dialog.table.currentIndex().row() == 1
    assert empty_window.workspace.all(Position) == []


def test_a_file_that_cannot_be_read_gets_one_line_and_the_dialog_stays(empty_window, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not a PDF at all")
    dialog = empty_window.read_report(broken)
    assert dialog.pages.currentIndex() == 0
    message = dialog.input_problem.text()
    assert message.startswith("broken.pdf:") and "\n" not in message
    assert empty_window.workspace.all(Report) == []


def test_selecting_a_proposal_scrolls_the_report_to_its_passage(empty_window):
    text = SEED_REPORT.read_text(encoding="utf-8")
    dialog = empty_window.read_report()
    dialog.paste_box.setPlainText(text)
    dialog.read_pasted()
    last = dialog.model.rowCount() - 1
    dialog.table.setCurrentIndex(dialog.model.index(last, PARTY))
    statement = dialog.model.rows[last].statement
    cursor = dialog.report_view.textCursor()
    assert cursor.position() == statement.start
    assert dialog.report_view.cursorRect(cursor).top() >= 0  # on screen


def test_space_toggles_and_the_highlights_follow(empty_window, qtbot):
    dialog = empty_window.read_report()
    dialog.paste_box.setPlainText("Medinsky said Russia would hand over 3,000 bodies.")
    dialog.read_pasted()
    dialog.activateWindow()  # the main window's own Space (full text of a cell) is for the main window only
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.model.rows[0].accepted
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    assert not dialog.model.rows[0].accepted
    assert len(dialog.report_view.extraSelections()) == 1


def test_a_report_dropped_on_the_window_opens_the_review(empty_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    report = tmp_path / "report.txt"
    report.write_text("Talks\n\nMedinsky said Russia would hand over 3,000 bodies.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    empty_window.dropEvent(event)
    dialog = empty_window.reading_dialog
    assert dialog.pages.currentIndex() == 1 and dialog.report.text.startswith("Talks")
    assert dialog.model.rows[0].speaker.endswith("Medinsky")


def test_ctrl_enter_keeps_a_party_still_being_typed(empty_window, qtbot):
    dialog = empty_window.read_report()
    dialog.paste_box.setPlainText("Medinsky said Russia would hand over 3,000 bodies.")
    dialog.read_pasted()
    keys = Keyboard()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    keys.press(Qt.Key.Key_Space)  # accept
    keys.type("Russia")  # typing starts editing the party cell; no Enter
    keys.answer_when_asked()
    keys.press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.filing is not None)
    assert [p.name for p in empty_window.workspace.all(Party)] == ["Russia"]
