"""Every interactive control in the window and its dialogs is announced with a name (issue 14, item 4).

The walk is over the accessible tree a screen reader reads (tests/gui/accessibility.py),
from the main window and from each dialog, hidden tab pages included.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.domain.records import Issue, Outlet, Party, Person, Report, Round, Track
from gui.table.model import CELL_ROLE, KIND_ROLE
from tests.gui.accessibility import interactive_controls, unnamed_controls

SEED_REPORT = Path(__file__).resolve().parents[2] / "resources" / "seed" / "istanbul-talks-2025-07-23.txt"


def select_cell(window, wanted) -> None:
    """Make the first cell for which ``wanted(index)`` holds the table's current cell."""
    model = window.table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if wanted(index):
                window.table.setCurrentIndex(index)
                return
    raise AssertionError("no such cell in the seed")


def position_dialog(window):
    select_cell(window, lambda i: i.data(KIND_ROLE) == "party" and i.data(CELL_ROLE).position is not None)
    return window.editing.edit_dialog()


def status_dialog(window):
    select_cell(window, lambda i: i.data(KIND_ROLE) == "status")
    return window.editing.edit_dialog()


def merge_dialog(window, tmp_path):
    """A merge with one row changed on both sides, so the table and its Keep choices show."""
    from core.domain.records import Position
    from core.store.workspace import open_workspace

    window.workspace.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    theirs = tmp_path / "theirs.parley"
    shutil.copy(window.workspace.path, theirs)
    other = open_workspace(theirs)
    position = other.positions()[0]
    position.stance = "Their wording"
    other.update(position)
    other.close()
    mine = window.workspace.get(Position, position.id)
    mine.stance = "My wording"
    window.workspace.update(mine)
    window.reload()
    task = window.file_actions.merge_from(theirs)
    assert task.wait()
    return task.result


def read_report_dialog(window):
    dialog = window.read_report()
    dialog.paste_box.setPlainText(SEED_REPORT.read_text(encoding="utf-8"))
    dialog.read_pasted()  # the review page, with its table of proposals
    return dialog


def add_report_dialog(window):
    from gui.dialogs.reports import AddReportDialog

    return AddReportDialog(window.session, window)


def restore_dialog(window):
    from gui.dialogs.recovery import RestoreDialog

    return RestoreDialog(window.workspace.path, window.file_actions.restore_backup, window)


def full_text_dialog(window):
    select_cell(window, lambda i: i.data(KIND_ROLE) == "party" and i.data(CELL_ROLE).position is not None)
    window.show_full_text()
    return window.full_text_dialog


def report_viewer(window):
    return window.open_report(next(iter(window.snapshot.reports)))


def about(window):
    from gui.help_menu import show_about

    return show_about(window)


def shortcuts(window):
    from gui.help_menu import show_shortcuts

    return show_shortcuts(window)


def preferences(window):
    from gui.menus import show_preferences

    return show_preferences(window)


OPENERS = {
    **{f"records: {cls.__name__}": (lambda w, _t, c=cls: w.editing.manage(c))
       for cls in (Party, Track, Issue, Round, Person, Outlet, Report)},
    "position": lambda w, _t: position_dialog(w),
    "status": lambda w, _t: status_dialog(w),
    "export": lambda w, _t: w.export_sheet(),
    "merge": merge_dialog,
    "read report": lambda w, _t: read_report_dialog(w),
    "add report": lambda w, _t: add_report_dialog(w),
    "report viewer": lambda w, _t: report_viewer(w),
    "restore backup": lambda w, _t: restore_dialog(w),
    "full text": lambda w, _t: full_text_dialog(w),
    "about": lambda w, _t: about(w),
    "keyboard shortcuts": lambda w, _t: shortcuts(w),
    "negotiation": lambda w, _t: w.edit_negotiation(),
    "preferences": lambda w, _t: preferences(w),
}


def failure(where: str, unnamed) -> str:
    return f"{len(unnamed)} control(s) in {where} without an accessible name:\n" + "\n".join(map(str, unnamed))


def test_every_control_in_the_main_window_has_a_name(seed_window):
    controls = interactive_controls(seed_window)
    assert len(controls) > 10  # the walk reaches the toolbar, the filter bar and the table
    unnamed = unnamed_controls(seed_window)
    assert not unnamed, failure("the main window", unnamed)


@pytest.mark.parametrize("name", list(OPENERS))
def test_every_control_in_each_dialog_has_a_name(seed_window, qtbot, tmp_path, name):
    dialog = OPENERS[name](seed_window, tmp_path)
    assert dialog is not None
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        qtbot.addWidget(dialog)
    assert interactive_controls(dialog), f"the walk found no control in {name}"
    unnamed = unnamed_controls(dialog)
    dialog.close()
    assert not unnamed, failure(f"the {name} dialog", unnamed)


def test_the_walker_fails_on_an_unnamed_control(qtbot):
    """The check can fail: a bare line edit has no name; a labelled one gets its label's."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    bare, labelled = QLineEdit(objectName="bare"), QLineEdit(objectName="labelled")
    form.addRow(bare)
    form.addRow("&Place", labelled)
    unnamed = unnamed_controls(widget)
    assert [c.object_name for c in unnamed] == ["bare"]
    assert [c.name for c in interactive_controls(widget) if c.object_name == "labelled"] == ["Place"]


def test_a_combo_box_named_only_by_its_current_item_counts_as_unnamed(qtbot):
    """On Linux a combo box's name is its current item; without a buddy label it is not named."""
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    row = QHBoxLayout(widget)
    bare, labelled = QComboBox(objectName="bare"), QComboBox(objectName="labelled")
    for box in (bare, labelled):
        box.addItem("All tracks")
    caption = QLabel("&Track:")
    caption.setBuddy(labelled)
    for w in (bare, caption, labelled):
        row.addWidget(w)
    assert [c.object_name for c in unnamed_controls(widget)] == ["bare"]


def test_the_filter_and_round_labels_are_buddies_of_their_fields(seed_window):
    """Issue 14: the Round, Track, Status and Stated-by labels were not buddies of their combo boxes."""
    from PySide6.QtWidgets import QLabel

    buddies = {label.text().strip(): label.buddy() for label in seed_window.findChildren(QLabel) if label.buddy()}
    bar = seed_window.filter_bar
    assert buddies.get("&Round:") is seed_window.round_combo
    assert buddies.get("&Track:") is bar.track
    assert buddies.get("&Status:") is bar.status
    assert buddies.get("Stated &by:") is bar.party


def cell_interface(window, index):
    """The accessible interface of one table cell, as a screen reader reaches it."""
    from PySide6.QtGui import QAccessible

    table = QAccessible.queryAccessibleInterface(window.table)
    columns = index.model().columnCount()
    # Qt's table lists the corner and the column headers first, then each row's (hidden) header and cells.
    cell = table.child((index.row() + 1) * (columns + 1) + index.column() + 1)
    assert cell is not None and cell.isValid() and cell.role() == QAccessible.Role.Cell
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    top_left = window.table.viewport().mapToGlobal(rect.topLeft())
    assert cell.rect().topLeft() == top_left  # the very cell asked for
    return cell


def test_a_party_cell_tells_the_party_the_issue_and_the_whole_stance(seed_window):
    """Issue 14: the cells expose the party, the issue and the full stance to assistive technology."""
    from PySide6.QtGui import QAccessible

    model = seed_window.table.model()
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    stated = [i for i in cells if i.data(KIND_ROLE) == "party" and i.data(CELL_ROLE).position is not None
              and i.data(CELL_ROLE).position.stated]
    index = max(stated, key=lambda i: len(i.data(CELL_ROLE).position.stance))  # the longest, cut short on screen
    cell = index.data(CELL_ROLE)
    issue = model.index(index.row(), 0).data()
    name = cell_interface(seed_window, index).text(QAccessible.Text.Name)
    assert name == f"{cell.party.name} on {issue}: {cell.position.stance}"
    with_figure = next(i for i in stated if i.data(CELL_ROLE).value_text)
    description = cell_interface(seed_window, with_figure).text(QAccessible.Text.Description)
    assert with_figure.data(CELL_ROLE).value_text in description


def test_status_and_issue_cells_say_what_they_are(seed_window):
    from PySide6.QtGui import QAccessible

    model = seed_window.table.model()
    row = next(r for r in range(model.rowCount()) if not model.is_track_row(r))
    issue = model.index(row, 0).data()
    status_column = model.columnCount() - 2
    status = cell_interface(seed_window, model.index(row, status_column)).text(QAccessible.Text.Name)
    assert status.startswith(f"Status of {issue}: ") and model.index(row, status_column).data() in status
    common = cell_interface(seed_window, model.index(row, status_column + 1)).text(QAccessible.Text.Name)
    assert common.startswith(f"Common ground on {issue}")
    issue_name = cell_interface(seed_window, model.index(row, 0)).text(QAccessible.Text.Name)
    assert issue_name.startswith(f"Issue: {issue}")
    track = next(r for r in range(model.rowCount()) if model.is_track_row(r))
    assert cell_interface(seed_window, model.index(track, 0)).text(QAccessible.Text.Name).startswith("Track: ")


@pytest.mark.parametrize("name", ["main window", *OPENERS])
def test_every_field_label_is_a_buddy_of_its_field(seed_window, qtbot, tmp_path, name):
    """A caption ending in ':' names the field after it: Alt+letter and screen readers need it as its buddy."""
    from PySide6.QtWidgets import QLabel

    root = seed_window if name == "main window" else OPENERS[name](seed_window, tmp_path)
    if root is not seed_window and not root.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        qtbot.addWidget(root)
    captions = [label.text() for label in root.findChildren(QLabel)
                if label.window() is root and label.text().strip().endswith(":") and label.buddy() is None]
    if root is not seed_window:
        root.close()
    assert not captions, f"labels without a buddy in {name}: {captions}"
