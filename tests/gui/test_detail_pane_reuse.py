"""The detail pane refills the rows it has: moving through cells shows what a new pane would
show, in the same order, without making widgets each time."""

from PySide6.QtWidgets import QLabel, QWidget

from gui.detail_pane import DetailPane
from gui.table.model import KIND_ROLE


def shown(pane: DetailPane) -> list[tuple[str, str]]:
    """The visible labels' texts in the order a reader sees them, citations included."""
    labels = [label for label in pane.widget().findChildren(QLabel) if label.isVisibleTo(pane)]
    labels.sort(key=lambda label: label.mapTo(pane.widget(), label.rect().topLeft()).y() * 10_000
                + label.mapTo(pane.widget(), label.rect().topLeft()).x())
    return [(label.objectName(), label.text()) for label in labels]


def test_moving_through_cells_shows_what_a_new_pane_shows_and_makes_no_new_widgets(seed_window, qtbot):
    window = seed_window
    model = window.model
    cells = [model.index(row, column) for row in range(model.rowCount()) for column in range(model.columnCount())
             if model.index(row, column).data(KIND_ROLE) in ("party", "status", "issue")]
    assert len(cells) > 20
    fresh = DetailPane()
    qtbot.addWidget(fresh)
    fresh.resize(window.detail.size())
    fresh.show()
    widgets_after_first_pass = None
    for _ in range(2):
        for index in cells:
            window.table.setCurrentIndex(index)
            window._detail_key = None
            window._show_detail(index)
            fresh.title.setText("")
            fill_like_the_window(window, fresh, index)
            qtbot.wait(1)
            assert shown(window.detail) == shown(fresh), index.data(KIND_ROLE)
            assert sorted(window.detail.fields) == sorted(fresh.fields)
        count = len(window.detail.findChildren(QWidget))
        if widgets_after_first_pass is None:
            widgets_after_first_pass = count
    assert count == widgets_after_first_pass


def fill_like_the_window(window, pane: DetailPane, index) -> None:
    """What the window's ``_show_detail`` shows, in a pane made for it alone."""
    from gui.detail_pane import evidence_lines
    from gui.table.model import CELL_ROLE, ROW_ROLE

    kind, row = index.data(KIND_ROLE), index.data(ROW_ROLE)
    comparison = window.model.comparison()
    if kind == "party":
        cell = index.data(CELL_ROLE)
        pane.show_cell(row, cell, comparison, window.snapshot.value_history(row.issue.id, cell.party.id))
    elif kind in ("status", "common"):
        pane.show_status(row, window.party_names(), evidence_lines(window.snapshot, row, window.party_names()))
    else:
        pane.show_issue(row)
