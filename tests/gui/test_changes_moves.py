"""The changes view lists status and figure moves, not only stances (issue 14, bug 5)."""

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from tests.screenshots import add_synthetic_moves


@pytest.fixture
def window(seed_window):
    add_synthetic_moves(seed_window)  # a second-round figure and two statuses: test data, not the report's
    return seed_window


def test_changes_view_lists_status_and_figure_moves(window):
    window.changes_dock.toggleViewAction().trigger()
    lines = window.changes_view.lines()
    assert "Ceasefire: length and scope — Russia — Figure: 2–3 days → 24–48 hours" in lines
    assert "Ceasefire: length and scope — Status: Agreed → Opposed" in lines
    assert "Prisoner-of-war exchange — Status: Agreed → Agreed — according to Russia" in lines
    assert "Zelenskiy's legitimacy — Ukraine — Stance: (new) → No stated position" in lines


def test_changes_view_is_a_list_model_and_the_dock_opens_usable(window, qtbot):
    window.changes_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.changes_dock.isVisible())
    assert isinstance(window.changes_view.list.model(), QAbstractListModel)
    assert window.changes_dock.height() >= 220 and window.changes_dock.width() >= 600


def test_a_round_with_thousands_of_moves_asks_the_model_only_for_what_is_in_sight(qtbot):
    """A QListView laid out all 3,000 rows on each refill, asking ``rowCount`` twice per row."""
    from core.compare.moves import STANCE, Move
    from core.domain.records import Issue, Party
    from gui.changes_model import ChangesModel
    from gui.changes_view import ChangesView

    view = ChangesView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    party = Party(name="Ukraine")
    moves = [Move(Issue(name=f"Issue {n}"), party, STANCE, f"old {n}", f"new {n}") for n in range(3000)]
    asked = {"rowCount": 0, "data": 0}

    class Counting(ChangesModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt's name)
            asked["rowCount"] += 1
            return super().rowCount(parent)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            asked["data"] += 1
            return super().data(index, role)

    view.model = Counting(view)
    view.list.setModel(view.model)
    qtbot.wait(10)
    asked.update(rowCount=0, data=0)
    view.model.set_moves(moves)
    view.list.viewport().repaint()
    qtbot.wait(10)
    count = asked["rowCount"]
    assert view.model.rowCount() == 3000
    assert count < 100 and asked["data"] < 300, asked
    assert view.list.rowHeight(0) >= 3 * view.list.fontMetrics().height()


def test_an_edit_redoes_only_its_issues_moves_and_the_list_matches_a_fresh_one(window, qtbot, monkeypatch):
    from dataclasses import replace

    import gui.changes_view as changes_view
    from core.compare.moves import moves_in
    from core.edits.changes import modification
    from gui.changes_model import move_line

    window.changes_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.changes_dock.isVisible())
    rows = window.model.comparison().rows
    row = next(r for r in rows if r.issue.name == "Ceasefire: length and scope")
    cell = next(c for c in row.cells if c.position is not None and c.party.name == "Russia")
    worked_out = []
    original = changes_view.move_slots
    monkeypatch.setattr(changes_view, "move_slots",
                        lambda r, *a: worked_out.append(r.issue.id) or original(r, *a))

    def fresh_lines():
        snapshot = window.snapshot
        names = {p.id: p.name for p in snapshot.parties}
        comparison = snapshot.compare(window.current_round_id(), [p.id for p in snapshot.parties])
        return [move_line(m) for m in moves_in(comparison, names)]

    window.push(modification(cell.position, replace(cell.position, stance="Quokkas first, then a ceasefire")))
    assert worked_out == [row.issue.id]
    assert any("Quokkas first" in line for line in window.changes_view.lines())
    assert window.changes_view.lines() == fresh_lines()
    window.undo_stack.undo()
    assert not any("Quokkas first" in line for line in window.changes_view.lines())
    assert window.changes_view.lines() == fresh_lines()
    assert worked_out == [row.issue.id, row.issue.id]
