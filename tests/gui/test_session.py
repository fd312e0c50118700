"""The session: every edit, undo and redo says what it touched in one signal; helpers need no window."""

from dataclasses import replace

import pytest

from core.domain.records import Party
from core.edits.changes import insertion, modification
from core.store.workspace import open_workspace
from gui.session import Changes, Session


@pytest.fixture
def session(qtbot, seed_path):
    errors = []
    made = Session(open_workspace(seed_path), lambda title, text: errors.append((title, text)))
    made.errors = errors
    heard = []
    made.changed.connect(heard.append)
    made.heard = heard
    yield made
    made.close()


def a_stated_position(session):
    return next(p for p in session.snapshot.positions_by_id.values() if p.stated)


def test_an_edit_its_undo_and_redo_each_name_the_rows_touched(session):
    position = a_stated_position(session)
    assert session.push(modification(position, replace(position, stance="Something new"), "Edit it"))
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert len(session.heard) == 3
    for changes in session.heard:
        assert isinstance(changes, Changes) and not changes.workspace_replaced
        assert changes.tables == {"positions"} and changes.rows["positions"] == {position.id}
        assert changes.issue_ids == {position.issue_id} and changes.only_rows()
    assert session.snapshot.positions_by_id[position.id].stance == "Something new"


def test_a_new_party_is_not_a_change_inside_rows(session):
    party = Party(name="Mediator")
    assert session.push(insertion(party))
    (changes,) = session.heard
    assert changes.rows == {"parties": {party.id}} and not changes.only_rows() and not changes.issue_ids


def test_reload_and_switch_say_the_workspace_was_replaced(session, tmp_path):
    session.reload()
    session.replace(open_workspace(tmp_path / "other.parley"))
    assert [c.workspace_replaced for c in session.heard] == [True, True]
    assert session.heard[0].touches("anything") and not session.heard[0].only_rows()
    assert session.workspace.path.name == "other.parley" and session.snapshot.issues == []


def test_a_refused_edit_says_nothing_and_keeps_no_undo_step(session):
    position = a_stated_position(session)
    broken = modification(position, replace(position, party_id="no such party"), "Break it")
    assert not session.push(broken)
    assert session.heard == [] and session.undo_stack.count() == 0
    assert session.errors[0][0] == "Break it was not saved"


def test_a_records_dialog_works_on_a_session_alone(session, qtbot):
    from gui.dialogs.records import RecordsDialog

    dialog = RecordsDialog(session, Party)
    qtbot.addWidget(dialog)
    before = len(session.snapshot.parties)
    dialog.add()
    assert len(session.snapshot.parties) == before  # New starts a draft; Save adds it
    assert dialog.save()
    assert len(session.snapshot.parties) == before + 1 and session.heard[-1].tables == {"parties"}


def test_file_actions_work_on_a_session_alone(session, tmp_path):
    from gui.file_actions import FileActions

    shown = []
    files = FileActions(session, None, shown.append, session.close)
    messages = []
    session.message.connect(lambda text, _ms: messages.append(text))
    assert files.export_json(tmp_path / "out.json").wait() and messages == ["Exported out.json."]  # in a worker
    assert files.open_path(tmp_path / "out.json") is False  # not a workspace: reported, nothing shown
    assert shown == [] and session.errors


def test_once_a_workspace_is_read_the_cycle_collector_runs_every_50000_allocations(session):
    """A round switch makes ~10,000 short-lived objects; at Python's default threshold (700) the
    collector ran ~40 times per switch, a full collection among them 40-90 ms (gui/session.py)."""
    import gc

    from gui.session import COLLECTOR_THRESHOLDS

    previous = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        session.reload()
        assert gc.get_threshold() == COLLECTOR_THRESHOLDS and COLLECTOR_THRESHOLDS[0] >= 50_000
    finally:
        gc.set_threshold(*previous)
