"""Workspace → Reports…: listed by date and title, opened in the viewer, added from a file or pasted text."""

import pytest

from core.domain.records import Report
from gui.dialogs.reports import AddReportDialog, ReportsDialog
from gui.main_window import MainWindow
from tests.gui.report_data import add_disagreeing_reports


@pytest.fixture
def window(qtbot, seed_ws):
    add_disagreeing_reports(seed_ws)
    win = MainWindow(seed_ws)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workspace()


@pytest.fixture
def dialog(window, qtbot):
    found = window.editing.manage(Report)
    qtbot.addWidget(found)
    return found


def listed(dialog):
    return [dialog.list.item(n).text() for n in range(dialog.list.count())]


def test_the_reports_menu_lists_reports_by_date_and_title(window, dialog):
    assert isinstance(dialog, ReportsDialog)
    assert listed(dialog) == [
        "2025-07-23 — Russia And Ukraine Make Scant Progress On Ceasefire, Leaders' Meeting In Brief Istanbul "
        "Peace Talks",
        "2025-07-24 — Synthetic test report A",
        "2025-07-24 — Synthetic test report B",
    ]
    assert [a.shortcut().toString() for a in window.actions_by_name({"manageReports"})] == ["Ctrl+7"]


def test_open_shows_the_report_in_the_viewer(window, dialog):
    dialog.list.setCurrentRow(2)
    viewer = dialog.open_current()
    assert viewer is window.report_viewer and viewer.title_label.text() == "Synthetic test report B"


def test_pasted_text_is_stored_exactly_as_pasted_as_one_undoable_step(window, dialog, seed_ws, qtbot):
    adder = dialog.add_from_text()
    qtbot.addWidget(adder)
    pasted = "A made-up headline\n\n  Body text,   spaced oddly.\t\n"
    adder.paste.setPlainText(pasted)
    adder.outlet.setCurrentIndex(adder.outlet.findText("Outlet A"))
    assert adder.add_pasted()
    [report] = [r for r in seed_ws.reports() if r.title == "A made-up headline"]
    assert report.text == pasted
    assert seed_ws.get(Report, report.id).outlet_id == next(o.id for o in seed_ws.outlets() if o.name == "Outlet A")
    assert report.accessed == window.session.today()
    assert dialog.current.id == report.id
    window.undo_stack.undo()
    assert seed_ws.get(Report, report.id) is None


def test_a_text_file_is_read_through_core_reports(window, dialog, seed_ws, qtbot, tmp_path):
    path = tmp_path / "made-up.txt"
    path.write_bytes("Made-up file report\r\nSecond line of made-up text.\r\n".encode())
    adder = AddReportDialog(window.session, dialog)
    qtbot.addWidget(adder)
    assert adder.add_file(path)
    [report] = [r for r in seed_ws.reports() if r.text == "Made-up file report\nSecond line of made-up text.\n"]
    assert report.accessed == window.session.today()
    assert report.title == "made-up.txt"  # the file names no headline: its name stands in


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe" * 200])
def test_a_file_that_cannot_be_read_gives_one_line_and_stores_nothing(window, dialog, seed_ws, qtbot, tmp_path,
                                                                     content):
    path = tmp_path / "junk.pdf"
    path.write_bytes(content)
    adder = AddReportDialog(window.session, dialog)
    qtbot.addWidget(adder)
    before = len(seed_ws.reports())
    assert not adder.add_file(path)
    assert adder.problem.text().startswith("Not added: junk.pdf: ")
    assert "\n" not in adder.problem.text()
    assert len(seed_ws.reports()) == before and window.undo_stack.count() == 0


def test_empty_pasted_text_is_refused(window, dialog, seed_ws, qtbot):
    adder = AddReportDialog(window.session, dialog)
    qtbot.addWidget(adder)
    adder.paste.setPlainText("   \n ")
    assert not adder.add_pasted()
    assert adder.problem.text() == "Not added: nothing to read: the pasted text is empty"


def test_a_viewer_opened_from_the_list_belongs_to_the_list_so_its_modality_spares_it(window, dialog, qtbot):
    dialog.list.setCurrentRow(1)
    viewer = dialog.open_current()
    assert viewer.parent() is dialog
    assert viewer.title_label.text() == "Synthetic test report A"


def test_a_viewer_whose_list_was_deleted_is_replaced_cleanly(window, qtbot):
    dialog = window.editing.manage(Report)
    dialog.list.setCurrentRow(1)
    dialog.open_current()
    dialog.deleteLater()
    qtbot.wait(20)  # the list, and the viewer it owned, are gone
    viewer = window.open_report(next(iter(window.snapshot.reports)))
    assert viewer.isVisible()
