"""Tab goes through the window and the dialogs in the order they are read (issue 14, item 4).

Each test presses Tab as a user would and names the stops; the orders checked
here were wrong before (made in the order the widgets were built, or a table
kept Tab for its cells so the buttons below could not be reached).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTabWidget

from core.domain.records import Report
from tests.gui.accessibility import tab_stops
from tests.gui.test_accessibility import OPENERS, position_dialog, status_dialog


def names(widgets) -> list[str]:
    return [w.accessibleName() or (w.text() if hasattr(w, "text") else w.objectName()) for w in widgets]


def test_the_window_tabs_from_the_round_through_the_filters_to_the_table_and_details(seed_window):
    bar = seed_window.filter_bar
    stops = tab_stops(seed_window, seed_window.round_combo, 8)
    assert stops[:8] == [seed_window.round_combo, bar.search, bar.track, bar.status, bar.party, bar.no_stated,
                         seed_window.table, seed_window.detail]
    citations = seed_window.detail.citations
    assert citations is not None and stops[8] is citations.items[0]  # the first cell shown cites a report


def test_the_position_dialogs_attribution_tab_goes_down_its_rows_before_ok(seed_window, qtbot):
    dialog = position_dialog(seed_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QTabWidget).setCurrentIndex(2)
    editors = dialog.form.editors
    stops = tab_stops(dialog, editors["speaker_id"], 9)
    assert names(stops) == ["Speaker", "New &Person…", "Stated on", "Timing", "Analyst's note", "Report",
                            "New &Report…", "Passage", "Credibility", "OK"]


def test_the_position_dialogs_further_figures_come_before_ok(seed_window, qtbot):
    dialog = position_dialog(seed_window)
    qtbot.addWidget(dialog)
    dialog.show()
    stops = tab_stops(dialog, dialog.form.editors["value_label"], 2)
    assert names(stops) == ["Figure counts", "Further figures", "OK"]


def test_the_status_dialogs_evidence_comes_before_ok(seed_window, qtbot):
    dialog = status_dialog(seed_window)
    qtbot.addWidget(dialog)
    dialog.show()
    stops = tab_stops(dialog, dialog.form.editors["note"], 2)
    assert names(stops) == ["Note", "Evidence", "OK"]


def test_the_reports_list_buttons_come_before_the_form(seed_window, qtbot):
    dialog = seed_window.editing.manage(Report)
    qtbot.addWidget(dialog)
    stops = tab_stops(dialog, dialog.list, 5)
    assert names(stops) == ["Reports", "&New", "&Delete", "&Open", "Add from &File or Pasted Text…", "Title"]


def test_tab_leaves_the_merge_table_for_the_keep_choices_and_buttons(seed_window, qtbot, tmp_path):
    dialog = OPENERS["merge"](seed_window, tmp_path)
    qtbot.addWidget(dialog)
    stops = tab_stops(dialog, dialog.table, 2)
    assert stops[1] is dialog.choices[0]
    assert isinstance(stops[2], QPushButton) and stops[2].text() == "All theirs"


def test_tab_leaves_the_shortcut_list_for_close(seed_window, qtbot):
    dialog = OPENERS["keyboard shortcuts"](seed_window, None)
    qtbot.addWidget(dialog)
    stops = tab_stops(dialog, dialog.table, 1)
    assert stops[1] in dialog.findChild(QDialogButtonBox).buttons()


def test_tab_leaves_the_add_report_text_box(seed_window, qtbot):
    dialog = OPENERS["add report"](seed_window, None)
    qtbot.addWidget(dialog)
    dialog.show()
    stops = tab_stops(dialog, dialog.paste, 1)
    assert stops[1] is dialog.outlet and dialog.paste.toPlainText() == ""
