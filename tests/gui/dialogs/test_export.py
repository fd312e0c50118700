"""File → Export sheet…: options, preview and a finished file."""

import subprocess

import pytest

from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, seed_ws):
    win = MainWindow(seed_ws)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workspace()


def test_export_dialog_previews_and_exports(window, qtbot, tmp_path):
    dialog = window.export_sheet()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull(),
                    timeout=10000)
    assert dialog.preview.pixmap().width() > 500
    assert dialog.last_pages >= 1
    dialog.marking_kind.setCurrentIndex(dialog.marking_kind.findData("red"))
    target = tmp_path / "out.pdf"
    worker = dialog.export_to(target)
    qtbot.waitUntil(lambda: target.exists() and not worker.isRunning(), timeout=10000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "TLP:RED" in text and "Ceasefire" in text


def test_only_the_filtered_issues_are_exported(window, qtbot, tmp_path):
    bar = window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("opposed"))
    dialog = window.export_sheet()
    qtbot.addWidget(dialog)
    assert dialog.only_shown.isChecked()
    sheet = dialog.sheet()
    assert [r.issue.name for r in sheet.comparison.rows] == ["Ceasefire: length and scope",
                                                             "Leaders' summit: purpose and timing"]
    assert "Issues: 2 selected of 9" in sheet.selection


def test_cancelled_export_writes_nothing(window, qtbot, tmp_path):
    dialog = window.export_sheet()
    qtbot.addWidget(dialog)
    target = tmp_path / "cancelled.pdf"
    from gui.dialogs.export import RenderWorker

    worker = RenderWorker(dialog.sheet(), target)
    worker.cancelled = True
    messages = []
    worker.failed.connect(messages.append)
    worker.start()
    qtbot.waitUntil(lambda: worker.isFinished(), timeout=10000)
    qtbot.waitUntil(lambda: bool(messages), timeout=2000)
    assert messages == ["Export cancelled; nothing was written."]
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []


def test_the_dialog_starts_from_the_command_lines_defaults(window, qtbot):
    from core.sheet.model import SheetOptions

    dialog = window.export_sheet()
    qtbot.addWidget(dialog)
    chosen, defaults = dialog.options(), SheetOptions()
    assert (chosen.landscape, chosen.paper, chosen.marking) == (defaults.landscape, defaults.paper, defaults.marking)
    qtbot.waitUntil(lambda: dialog.last_pages > 0, timeout=20000)
    dialog.preview_worker.wait()  # no render thread outlives the dialog


def test_a_since_round_after_the_round_shown_is_refused_in_the_dialog(window, qtbot, tmp_path):
    dialog = window.export_sheet()
    qtbot.addWidget(dialog)
    rounds = {r.name: r.id for r in dialog.snapshot.rounds}
    qtbot.waitUntil(lambda: dialog.last_pages > 0, timeout=20000)  # the first preview, before the options change
    dialog.round.setCurrentIndex(dialog.round.findData(rounds["Round 1"]))
    dialog.since.setCurrentIndex(dialog.since.findData(rounds["Round 3"]))
    target = tmp_path / "refused.pdf"
    assert dialog.export_to(target) is None
    assert "earlier round" in dialog.message.text() and not dialog.export_button.isEnabled()
    assert not target.exists()
    dialog.since.setCurrentIndex(0)  # the previous round
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20000)
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive() and dialog.preview_worker.isFinished(),
                    timeout=20000)
    dialog.preview_worker.wait()  # no render thread outlives the dialog


def test_the_dialog_starts_from_the_workspaces_defaults_and_can_keep_new_ones(window, qtbot, tmp_path):
    from core.sheet.register import set_defaults
    from core.sheet.model import Marking

    set_defaults(window.session.workspace, Marking.tlp("green"), "letter", False)
    dialog = window.export_sheet()
    qtbot.addWidget(dialog)
    chosen = dialog.options()
    assert (chosen.marking.text, chosen.paper, chosen.landscape) == ("TLP:GREEN", "letter", False)
    dialog.marking_kind.setCurrentIndex(dialog.marking_kind.findData("text"))
    dialog.marking_text.setText("OFFICIAL")
    dialog.keep_defaults.setChecked(True)
    target = tmp_path / "kept.pdf"
    worker = dialog.export_to(target)
    qtbot.waitUntil(lambda: target.exists() and not worker.isRunning(), timeout=20000)
    qtbot.waitUntil(lambda: window.session.workspace.negotiation().sheet_marking == "OFFICIAL", timeout=5000)


def test_a_word_export_is_recorded_and_the_last_sheet_is_one_click(window, qtbot, tmp_path):
    from core.domain.records import SheetExport

    dialog = window.export_sheet("docx")
    qtbot.addWidget(dialog)
    rounds = {r.name: r.id for r in dialog.snapshot.rounds}
    dialog.round.setCurrentIndex(dialog.round.findData(rounds["Round 2"]))
    target = tmp_path / "sheet.docx"
    worker = dialog.export_to(target)
    qtbot.waitUntil(lambda: target.exists() and not worker.isRunning(), timeout=20000)
    qtbot.waitUntil(lambda: len(window.session.workspace.all(SheetExport)) == 1, timeout=5000)
    entry, = window.session.workspace.all(SheetExport)
    assert (entry.format, entry.file_name, entry.round_name) == ("docx", "sheet.docx", "Round 2")
    assert target.read_bytes()[:2] == b"PK"  # a Word file (a zip), not a PDF
    again = window.export_sheet()
    qtbot.addWidget(again)
    again.since.setCurrentIndex(again.since.findData("__last_sheet__"))
    assert again.options().since_round_id == rounds["Round 2"]
    history = window.file_actions.export_history_dialog()
    qtbot.addWidget(history)
    assert history.table.rowCount() == 1 and history.table.item(0, 2).text() == "sheet.docx"
    qtbot.waitUntil(lambda: again.last_pages > 0, timeout=20000)
    again.preview_worker.wait()


def test_the_export_menu_offers_every_format(window):
    from PySide6.QtGui import QAction

    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if isinstance(a, QAction)]
    for label in ("&Export Sheet (PDF)…", "Export Sheet (&Word)…", "Export E&xcel…", "Export &JSON…",
                  "Export &CSV…", "Export &History…"):
        assert label in texts
