"""An edit repaints the rows it touched; only a new round, parties or filters reset the table."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel

from core.edits.changes import modification
from gui.table.model import HIT_ROLE


class Spy:
    """Counts the model's resets and the rows each dataChanged covered."""

    def __init__(self, model):
        self.resets = 0
        self.rows: list[tuple[int, int]] = []
        self.columns: list[tuple[int, int]] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)

    def _reset(self):
        self.resets += 1

    def _changed(self, top_left, bottom_right, _roles=()):
        self.rows.append((top_left.row(), bottom_right.row()))
        self.columns.append((top_left.column(), bottom_right.column()))


@pytest.fixture
def window(seed_window):
    seed_window.resize(1400, 300)  # short, so that the table scrolls
    return seed_window


def pick(window, issue_index=-1):
    """A stated party cell of an issue row (the last one by default), selected."""
    model = window.model
    rows = [r for r in range(model.rowCount()) if not model.is_track_row(r)]
    row = rows[issue_index]
    cell = next(c for c in model.issue_row(row).cells if c.position is not None and c.position.stated)
    index = model.index(row, model.party_column(cell.party.id))
    window.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return row, cell


def test_one_edit_repaints_that_row_only_and_keeps_selection_and_scroll(window, qtbot):
    row, cell = pick(window)
    window.table.scrollToBottom()
    scrolled = window.table.verticalScrollBar().value()
    assert scrolled > 0
    current = window.table.currentIndex()
    spy = Spy(window.model)
    position = cell.position
    assert window.push(modification(position, replace(position, stance="A wholly new stance")))
    assert spy.resets == 0
    assert spy.rows == [(row, row)] and spy.columns == [(0, window.model.columnCount() - 1)]
    assert window.model.index(current.row(), current.column()).data() == "A wholly new stance"
    assert window.table.currentIndex() == current and window.table.verticalScrollBar().value() == scrolled
    assert window.detail.fields["Stance"].text() == "A wholly new stance"  # the detail pane followed
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert spy.resets == 0 and spy.rows == [(row, row)] * 3


def test_a_round_switch_still_resets(window):
    spy = Spy(window.model)
    window.select_round(window.snapshot.rounds[0].id)
    assert spy.resets == 1


def test_a_filter_change_still_resets(window):
    spy = Spy(window.model)
    window.filter_bar.status.setCurrentIndex(1)
    assert spy.resets == 1


def test_an_edit_that_moves_a_row_out_of_the_filter_rebuilds(window):
    row = next(r for r in range(window.model.rowCount())
               if window.model.issue_row(r) and window.model.issue_row(r).status)
    status = window.model.issue_row(row).status
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData(status.status))
    row = window.model.row_for_issue(status.issue_id)
    assert row >= 0
    spy = Spy(window.model)
    other = "opposed" if status.status != "opposed" else "agreed"
    assert window.push(modification(status, replace(status, status=other)))
    assert spy.resets == 1 and window.model.row_for_issue(status.issue_id) == -1  # as before: it leaves the table


def test_an_edit_under_a_search_updates_hits_in_place(window):
    row, cell = pick(window)
    issue_id = window.model.issue_row(row).issue.id
    window.filter_bar.search.setText(cell.position.stance.split()[0])
    window.filter_bar._now()
    row = window.model.row_for_issue(issue_id)
    index = window.model.index(row, window.model.party_column(cell.party.id))
    assert index.data(HIT_ROLE) is True
    shown = window.model.rowCount()
    spy = Spy(window.model)
    position = cell.position
    assert window.push(modification(position, replace(position, stance=f"{position.stance} wombat")))
    assert spy.resets == 0 and spy.rows == [(row, row)] and window.model.rowCount() == shown
    assert index.data(HIT_ROLE) is True and index.data().endswith("wombat")
    window.filter_bar.search.setText("wombat")
    window.filter_bar._now()
    assert [window.model.issue_row(r).issue.id for r in range(window.model.rowCount())
            if window.model.issue_row(r)] == [position.issue_id]


def test_a_new_issue_name_rebuilds_the_table(window):
    row, _cell = pick(window)
    issue = window.model.issue_row(row).issue
    spy = Spy(window.model)
    window.push(modification(issue, replace(issue, name="Renamed issue")))
    assert spy.resets == 1 and window.model.issue_row(window.model.row_for_issue(issue.id)).issue.name == \
        "Renamed issue"
