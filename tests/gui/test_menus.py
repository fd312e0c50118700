"""Actions made in one place: the recent-files menu and the toolbar's Undo and Redo."""

from dataclasses import replace

from core.edits.changes import modification
from gui.menus import fill_recent_menu


def test_recent_menu_lists_other_workspaces_and_opens_one(seed_window, seed_path, tmp_path):
    window = seed_window
    fill_recent_menu(window.recent_menu, window.file_actions)
    assert [a.text() for a in window.recent_menu.actions()] == ["No recent workspaces"]
    other = tmp_path / "other.parley"
    assert window.file_actions.new_workspace(other) and window.file_actions.open_path(seed_path)
    fill_recent_menu(window.recent_menu, window.file_actions)
    assert [a.text() for a in window.recent_menu.actions()] == [str(other)]  # not the one open
    window.recent_menu.actions()[0].trigger()
    assert window.workspace.path == other


def test_toolbar_undo_and_redo_follow_the_stack(seed_window):
    window = seed_window
    assert not window.undo_button.isEnabled() and not window.redo_button.isEnabled()
    position = next(p for p in window.snapshot.positions_by_id.values() if p.stated)
    window.push(modification(position, replace(position, stance="Changed")))
    assert window.undo_button.isEnabled()
    window.undo_button.trigger()
    assert window.redo_button.isEnabled() and window.snapshot.positions_by_id[position.id].stance == position.stance
