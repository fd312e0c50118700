"""Round switching with change marks, the changes view, search and filters."""

import pytest
from PySide6.QtCore import Qt

from core.edits.changes import insertion
from core.domain.records import Position
from gui.changes_model import MOVE_ROLE
from gui.table.model import CHANGED_ROLE, HIT_ROLE
from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, seed_ws):
    parties = {p.name: p.id for p in seed_ws.parties()}
    issues = {i.name: i.id for i in seed_ws.issues()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Ceasefire: length and scope"], party_id=parties["Russia"],
                            round_id=rounds["2025-06-02"], stance="A series of short truces of 24 hours",
                            value_low=24, value_high=24, value_unit="hours"))
    seed_ws.insert(Position(issue_id=issues["Return of bodies"], party_id=parties["Russia"],
                            round_id=rounds["2025-06-02"], stance="Offers to hand over another 3,000 Ukrainian bodies",
                            value_low=3000, value_high=3000, value_unit="bodies"))
    win = MainWindow(seed_ws)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.rounds = rounds
    yield win
    win.close_workspace()


def cell(window, issue_name, party_name):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name == issue_name))
    column = model.party_column(next(p.id for p in window.snapshot.parties if p.name == party_name))
    return model.index(row, column)


def shown_issues(window):
    model = window.model
    return [model.index(r, 0).data() for r in range(model.rowCount()) if not model.is_track_row(r)]


def test_round_switch_marks_what_changed(window):
    window.select_round(window.rounds["2025-06-02"])
    assert cell(window, "Ceasefire: length and scope", "Russia").data(CHANGED_ROLE) == "new"
    window.select_round(window.rounds["2025-07-23"])
    assert cell(window, "Ceasefire: length and scope", "Russia").data(CHANGED_ROLE) == "changed"
    assert cell(window, "Return of bodies", "Russia").data(CHANGED_ROLE) == ""  # restated unchanged
    assert cell(window, "Return of bodies", "Ukraine").data(CHANGED_ROLE) == "new"


def test_changes_view_lists_word_differences(window):
    window.changes_dock.show()
    window.select_round(window.rounds["2025-07-23"])
    view = window.changes_view
    assert "Changes at Round 3 (2025-07-23) since Round 2" in view.heading.text()
    lines = view.lines()
    assert any("A series of short truces of 24 hours" in line for line in lines)
    stance = next(view.model.index(n).data(MOVE_ROLE) for n in range(view.model.rowCount())
                  if view.model.index(n).data().startswith("Ceasefire: length and scope — Russia — Stance"))
    assert ("removed", "truces") in stance.diff()
    assert "Status counts by round" in view.counts.toPlainText()
    assert not any(line.startswith("Return of bodies — Russia") for line in lines)  # restated unchanged


def test_changes_view_escapes_markup(window, seed_ws):
    issue = window.snapshot.issues[0]
    payload = '<img src="/etc/hostname"><b>bold</b>'
    turkiye = next(p for p in window.snapshot.parties if p.name == "Türkiye")
    assert window.push(insertion(Position(issue_id=issue.id, party_id=turkiye.id,
                                          round_id=window.rounds["2025-07-23"], stance=payload)))
    window.changes_dock.show()
    assert any(payload in line for line in window.changes_view.lines())
    window.changes_view.list.viewport().grab()  # painted as plain text, never parsed
    assert "<img" not in window.changes_view.counts.toHtml().replace("&lt;img", "")
    assert window.changes_view.counts.refused_resources == []


def test_search_in_cyrillic_narrows_and_highlights(window, qtbot):
    window.push(insertion(Position(issue_id=next(i.id for i in window.snapshot.issues if i.name == "Deported children"),
                                   party_id=next(p.id for p in window.snapshot.parties if p.name == "Ukraine"),
                                   round_id=window.rounds["2025-06-02"], stance="Повернення дітей",
                                   original_text="Вимагаємо повернення всіх дітей", original_language="uk",
                                   translation="We demand the return of all children")))
    window.select_round(window.rounds["2025-06-02"])
    window.filter_bar.search.setText("дітей")
    qtbot.waitUntil(lambda: shown_issues(window) == ["Deported children"], timeout=2000)
    assert cell(window, "Deported children", "Ukraine").data(HIT_ROLE) is True
    assert "1 of 9 issues" in window.counts_label.text()
    window.filter_bar.search.setText("AND OR (")
    qtbot.waitUntil(lambda: shown_issues(window) == [], timeout=2000)
    window.filter_bar.clear()
    assert len(shown_issues(window)) == 9


def test_filters_by_status_track_party_and_no_stated_position(window):
    bar = window.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("opposed"))
    assert shown_issues(window) == ["Ceasefire: length and scope", "Leaders' summit: purpose and timing"]
    bar.status.setCurrentIndex(0)
    bar.track.setCurrentIndex(bar.track.findText("Humanitarian"))
    assert len(shown_issues(window)) == 4
    bar.track.setCurrentIndex(0)
    bar.party.setCurrentIndex(bar.party.findText("Russia"))
    assert "Civilian detainees" not in shown_issues(window)
    bar.party.setCurrentIndex(0)
    bar.no_stated.setChecked(True)
    assert shown_issues(window) == ["Zelenskiy's legitimacy", "Territorial demands", "Return of bodies",
                                    "Civilian detainees"]


def test_keyboard_navigation_and_edit_shortcut(window, qtbot):
    window.table.setFocus()
    start = cell(window, "Ceasefire: length and scope", "Ukraine")
    window.table.setCurrentIndex(start)
    qtbot.keyClick(window.table, Qt.Key.Key_Right)
    assert window.table.currentIndex().column() == start.column() + 1
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == start.row() + 1
    assert window.edit_action.shortcut().toString() == "F2"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_window_state_is_remembered(qtbot, seed_path):
    from core.store.workspace import open_workspace

    first = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(first)
    first.show()
    first.resize(701, 501)
    first.show_observers.setChecked(True)
    first.splitter.setSizes([500, 411])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(second)
    second.show()
    assert second.show_observers.isChecked()
    assert second.size().height() == 501
    assert second.splitter.sizes() == sizes
    second.close()


def test_a_refused_edit_is_reported_and_not_on_the_undo_stack(window):
    issue = window.snapshot.issues[0]
    ukraine = next(p for p in window.snapshot.parties if p.name == "Ukraine")
    clash = Position(issue_id=issue.id, party_id=ukraine.id, round_id=window.rounds["2025-07-23"], stance="x")
    assert not window.push(insertion(clash))
    assert "UNIQUE constraint failed" in window.last_error[1]
    assert window.undo_stack.count() == 0


def test_enter_opens_the_editor_for_the_selected_cell(window, qtbot):
    opened = []
    window.editing.edit_current = lambda: opened.append(window.table.currentIndex().row())
    window.table.setFocus()
    window.table.setCurrentIndex(cell(window, "Return of bodies", "Russia"))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened == [cell(window, "Return of bodies", "Russia").row()]
