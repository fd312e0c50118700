"""The negotiation's title and description as one undoable edit."""

from core.domain.records import Negotiation
from core.edits.negotiation import negotiation_edit
from core.store.workspace import open_workspace


def test_edit_changes_the_stored_row_and_reverts(seed_ws):
    old = seed_ws.negotiation()
    edit = negotiation_edit(seed_ws, "  Istanbul talks  ", "Three rounds.\n")
    assert edit.problems == ()
    edit.changes.apply(seed_ws)
    assert (seed_ws.negotiation().title, seed_ws.negotiation().description) == ("Istanbul talks", "Three rounds.")
    edit.changes.revert(seed_ws)
    assert seed_ws.negotiation() == old


def test_unchanged_edit_is_empty_and_a_missing_title_is_refused(seed_ws):
    old = seed_ws.negotiation()
    assert negotiation_edit(seed_ws, old.title, old.description).changes.changes == []
    refused = negotiation_edit(seed_ws, "   ", "text")
    assert refused.problems and refused.changes.changes == []
    assert negotiation_edit(seed_ws, "a\nb", "").problems


def test_a_workspace_without_a_negotiation_row_gets_one(tmp_path):
    workspace = open_workspace(tmp_path / "empty.parley")
    try:
        assert workspace.all(Negotiation) == []
        negotiation_edit(workspace, "Talks", "").changes.apply(workspace)
        assert [n.title for n in workspace.all(Negotiation)] == ["Talks"]
    finally:
        workspace.close()
