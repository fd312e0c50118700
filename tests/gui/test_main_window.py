"""The main window, driven offscreen."""

import pytest
from PySide6.QtCore import Qt

from core.domain.records import Position
from core.domain.labels import NO_RECORD
from gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, seed_ws):
    win = MainWindow(seed_ws)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.close_workspace()


def cell_text(window, issue_name, party_name):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name == issue_name))
    column = model.party_column(next(p.id for p in window.snapshot.parties if p.name == party_name))
    return model.index(row, column).data()


def test_ukraine_and_russia_side_by_side_for_every_issue(window):
    model = window.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == ["Ukraine", "Russia"]
    for issue in window.snapshot.issues:
        for party in ("Ukraine", "Russia"):
            assert cell_text(window, issue.name, party) != NO_RECORD


def test_round_selector_changes_what_cells_show(window, seed_ws):
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    ceasefire = next(i.id for i in seed_ws.issues() if i.name.startswith("Ceasefire"))
    seed_ws.insert(Position(issue_id=ceasefire, party_id=parties["Russia"], round_id=rounds["2025-06-02"],
                            stance="Test stance at round 2"))
    window.reload()
    window.select_round(rounds["2025-07-23"])
    assert cell_text(window, "Ceasefire: length and scope", "Russia").startswith("A series of short ceasefires")
    window.select_round(rounds["2025-06-02"])
    assert window.round_combo.currentData() == rounds["2025-06-02"]
    assert cell_text(window, "Ceasefire: length and scope", "Russia") == "Test stance at round 2"
    assert cell_text(window, "Ceasefire: length and scope", "Ukraine") == NO_RECORD
    window.select_round(rounds["2025-05-16"])
    assert cell_text(window, "Ceasefire: length and scope", "Russia") == NO_RECORD


def test_observers_can_be_shown(window):
    assert window.model.columnCount() == 5
    window.show_observers.setChecked(True)
    assert window.model.columnCount() == 7
    assert cell_text(window, "US 50-day sanctions deadline", "United States").startswith("Heavy new sanctions")


def test_detail_pane_shows_quote_speaker_and_source(window):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name.startswith("Leaders' summit")))
    window.table.setCurrentIndex(model.index(row, 2))
    fields = {name: label.text() for name, label in window.detail.fields.items()}
    assert fields["Quote"] == "“discuss everything from scratch”"
    assert fields["Speaker"] == "Vladimir Medinsky, Chief delegate"
    assert "Reported at" in fields and "2025-07-23" in fields["Reported at"]
    [item] = window.detail.citations.items
    assert item.text().startswith("F6 · Outlet not named · Russia And Ukraine Make Scant Progress")
    assert "“However, Russia’s chief delegate, Vladimir Medinsky, quickly pushed back" in item.text()


def test_detail_pane_shows_status_evidence(window):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name == "Prisoner-of-war exchange"))
    window.table.setCurrentIndex(model.index(row, model.status_column()))
    fields = {name: label.text() for name, label in window.detail.fields.items()}
    assert fields["Confirmed by"] == "Russia only"
    assert "Russia: Agreed to exchange at least 1,200" in fields["Evidence"]


def test_user_text_is_shown_as_plain_text(window, seed_ws):
    payload = '<img src="/etc/hostname"><b>bold</b>'
    position = seed_ws.positions()[0]
    position.summary = payload
    seed_ws.update(position)
    window.reload()
    model = window.model
    row = model.row_for_issue(position.issue_id)
    window.table.setCurrentIndex(model.index(row, model.party_column(position.party_id)))
    label = window.detail.fields["Summary"]
    assert label.text() == payload and label.textFormat() == Qt.TextFormat.PlainText
