"""Regression tests for issue 14's window bugs (each failed before its fix)."""

from dataclasses import replace

from PySide6.QtGui import QColor

from core.domain.labels import CHANGE_COLOUR
from core.domain.records import IssueStatus, Negotiation, Person, Position
from core.edits.changes import insertion
from core.interchange.seed import ensure_default_workspace
from core.store.workspace import open_workspace
from gui.menus import fill_recent_menu
from gui.table.model import CHANGED_ROLE, PAINT_ROLE


def ids(window):
    snap = window.snapshot
    return ({i.name: i.id for i in snap.issues}, {p.name: p.id for p in snap.parties},
            {r.date: r.id for r in snap.rounds})


def index_of(window, issue_name, column=None, party=None):
    issues, parties, _ = ids(window)
    row = window.model.row_for_issue(issues[issue_name])
    if party is not None:
        column = window.model.party_column(parties[party])
    return window.model.index(row, column)


def test_issue_rows_get_their_height_back_after_a_search(seed_window, qtbot):
    """Bug 1: searching "bodies" then clearing left "Leaders' summit" 29 px high."""
    window = seed_window
    row = index_of(window, "Leaders' summit: purpose and timing", 0).row()
    before = window.table.rowHeight(row)
    window.filter_bar.search.setText("bodies")
    window.filter_bar._now()
    assert window.model.rowCount() < 10
    window.filter_bar.clear()
    row = index_of(window, "Leaders' summit: purpose and timing", 0).row()
    assert window.table.rowHeight(row) == before
    assert window.table.rowHeight(row) >= window.issue_row_height


def test_no_stated_position_cell_draws_its_change_tag(seed_window):
    """Bug 3: the delegate returned before drawing the tag of a 'No stated position' cell."""
    window = seed_window
    issues, parties, rounds = ids(window)
    window.push(insertion(Position(issue_id=issues["Territorial demands"], party_id=parties["Ukraine"],
                                   round_id=rounds["2025-06-02"], stance="Will not cede territory")))
    index = index_of(window, "Territorial demands", party="Ukraine")
    assert index.data(PAINT_ROLE).state == "not_stated" and index.data(CHANGED_ROLE) == "changed"
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    image = window.table.viewport().grab().toImage()
    corner = [QColor(image.pixel(x, y)).name() for x in range(rect.right() - 50, rect.right())
              for y in range(rect.top(), rect.top() + 20)]
    assert CHANGE_COLOUR.lower() in corner


def test_agreed_becoming_one_sided_is_a_change(seed_window):
    """Bug 4: 'Agreed' → 'Agreed — according to Russia' was not flagged."""
    window = seed_window
    issues, _, rounds = ids(window)
    window.push(insertion(IssueStatus(issue_id=issues["Prisoner-of-war exchange"], round_id=rounds["2025-06-02"],
                                      status="agreed")))
    index = index_of(window, "Prisoner-of-war exchange", window.model.status_column())
    assert "according to" in index.data()
    assert index.data(CHANGED_ROLE) == "changed"


def test_new_in_people_dialog_saves_nothing_until_save(seed_window):
    """Bug 6: "New" at once saved a record named "New person"."""
    window = seed_window
    count = len(window.workspace.all(Person))
    dialog = window.editing.manage(Person)
    dialog.add_button.click()
    assert len(window.workspace.all(Person)) == count
    dialog.form.editors["name"].setText("Serhii Kyslytsya")
    assert dialog.save()
    names = [p.name for p in window.workspace.all(Person)]
    assert len(names) == count + 1 and "Serhii Kyslytsya" in names and "New person" not in names
    window.undo_stack.undo()
    assert len(window.workspace.all(Person)) == count
    dialog.close()


def test_open_recent_lists_the_workspace_opened_at_start_and_the_default(qtbot, seed_path, tmp_path):
    """Bug 7: Open Recent was empty at start and never listed the default workspace."""
    from gui.main_window import MainWindow

    default = ensure_default_workspace()
    window = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(window)
    try:
        assert str(seed_path) in window.file_actions.recent()
        fill_recent_menu(window.recent_menu, window.file_actions)
        entries = [a.text() for a in window.recent_menu.actions()]
        assert any(str(default) in text for text in entries)
    finally:
        window.close_workspace()


def test_negotiation_title_and_description_are_editable_and_undoable(seed_window):
    """Bug 8: the title and description printed on every sheet could not be edited in the window."""
    window = seed_window
    old = window.workspace.negotiation()
    assert window.actions_by_name({"editNegotiation"})
    dialog = window.edit_negotiation()
    dialog.title_edit.setText("Istanbul talks, 2025")
    dialog.description_edit.setPlainText("Three rounds.")
    dialog.accept()
    now = window.workspace.negotiation()
    assert (now.title, now.description) == ("Istanbul talks, 2025", "Three rounds.")
    assert window.snapshot.negotiation.title == "Istanbul talks, 2025"
    window.undo_stack.undo()
    assert window.workspace.negotiation() == old


def test_round_notes_are_searched(seed_window):
    """Bug 10: "miracles" (in Round 3's notes) found nothing."""
    window = seed_window
    window.filter_bar.search.setText("miracles")
    window.filter_bar._now()
    assert window.model.rowCount() > 0
    assert "Round 3" in window.counts_label.text()
