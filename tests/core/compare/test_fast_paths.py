"""The window's fast paths give what the plain definitions give, on the seed and on a generated workspace."""

import pytest

from core.compare.comparison import Snapshot
from core.compare.moves import moves_in
from core.domain.labels import format_value, stance_text, status_label
from core.domain.records import STATUSES
from core.store.workspace import open_workspace
from tests.generate_workspace import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("generated") / "generated.parley"
    generate(path, issues=60, parties=4, rounds=8, seed=11)
    return path


@pytest.fixture(params=["seed", "generated"])
def snapshot(request, seed_ws, generated):
    if request.param == "seed":
        yield Snapshot(seed_ws)
        return
    workspace = open_workspace(generated)
    yield Snapshot(workspace)
    workspace.close()


def counts_by_lookup(snapshot):
    """The plain definition: per round, look up each issue's status as of that round."""
    result = []
    for index, round_ in enumerate(snapshot.rounds):
        counts = dict.fromkeys(STATUSES, 0)
        for timeline in snapshot.status_history.values():
            found = timeline.at(index)
            if found:
                counts[found[1].status] += 1
        result.append((round_, counts))
    return result


def moves_by_formatting_everything(comparison, names):
    """The plain definition: format every changed cell's stance and figure and compare the texts."""
    found = []
    for row in comparison.rows:
        if row.status_changed and row.status is not None:
            before = status_label(row.previous_status, names) if row.previous_status else ""
            found.append((row.issue.id, None, "status", before, status_label(row.status, names)))
        for cell in row.cells:
            if not cell.changed or cell.position is None:
                continue
            previous, now = cell.previous, cell.position
            old_stance = stance_text(previous) if previous is not None else ""
            if old_stance != stance_text(now):
                found.append((row.issue.id, cell.party.id, "stance", old_stance, stance_text(now)))
            old_value, new_value = format_value(previous), format_value(now)
            if old_value != new_value and (old_value or new_value):
                before = (old_value or "no figure") if previous is not None else ""
                found.append((row.issue.id, cell.party.id, "figure", before, new_value or "no figure"))
    return found


def test_status_counts_by_round_equal_a_lookup_per_issue_and_round(snapshot):
    assert snapshot.rounds
    assert snapshot.status_counts_by_round() == counts_by_lookup(snapshot)


def test_moves_equal_formatting_every_changed_cell(snapshot):
    names = {p.id: p.name for p in snapshot.parties}
    total = 0
    for round_ in snapshot.rounds:
        comparison = snapshot.compare(round_.id, [p.id for p in snapshot.parties])
        got = [(m.issue.id, m.party.id if m.party else None, m.what, m.before, m.after)
               for m in moves_in(comparison, names)]
        assert got == moves_by_formatting_everything(comparison, names)
        total += len(got)
    assert total > 0


def test_cells_equal_timeline_lookups_for_every_round_and_since_round(snapshot):
    from core.compare.timeline import content_key

    parties = [p.id for p in snapshot.parties]
    for current in snapshot.rounds:
        for since in [None, *snapshot.rounds]:
            comparison = snapshot.compare(current.id, parties, since.id if since else None)
            now_index = snapshot.round_index[current.id]
            before = snapshot.round_index[since.id] if since else now_index - 1
            for row in comparison.rows:
                for cell in row.cells:
                    timeline = snapshot.history.get((row.issue.id, cell.party.id))
                    now = timeline.at(now_index) if timeline else None
                    then = timeline.at(before) if timeline else None
                    assert cell.position is (now[1] if now else None)
                    if now is None:
                        assert cell.previous is None and not cell.changed
                        continue
                    assert cell.previous is (then[1] if then else None)
                    assert cell.changed == (now[0] > before and (
                        then is None or content_key(then[1]) != content_key(now[1])))


def test_status_counts_follow_an_edit_and_its_undo(seed_ws):
    from dataclasses import replace

    from core.edits.changes import modification

    snapshot = Snapshot(seed_ws)
    before = snapshot.status_counts_by_round()
    status = next(t.items[-1] for t in snapshot.status_history.values() if t.items[-1].status != "agreed")
    edit = modification(status, replace(status, status="agreed"))
    edit.apply(seed_ws)
    snapshot = snapshot.follow(seed_ws, edit)
    after = snapshot.status_counts_by_round()
    assert after != before
    assert after == counts_by_lookup(snapshot) == Snapshot(seed_ws).status_counts_by_round()
    edit.revert(seed_ws)
    snapshot = snapshot.follow(seed_ws, edit)
    assert snapshot.status_counts_by_round() == before


def test_row_statuses_equal_timeline_lookups_for_every_round_and_since_round(snapshot):
    from core.compare.timeline import status_key

    for current in snapshot.rounds:
        for since in [None, *snapshot.rounds]:
            comparison = snapshot.compare(current.id, None, since.id if since else None)
            now_index = snapshot.round_index[current.id]
            before = snapshot.round_index[since.id] if since else now_index - 1
            for row in comparison.rows:
                now = snapshot.status_as_of(row.issue.id, now_index)
                then = snapshot.status_as_of(row.issue.id, before)
                assert row.status is (now[1] if now else None)
                assert row.status_round is (snapshot.rounds[now[0]] if now else None)
                assert row.previous_status is (then[1] if then else None)
                assert row.status_changed == (bool(now) and now[0] > before and (
                    then is None or status_key(then[1]) != status_key(now[1])))


def test_the_changes_list_knows_its_moves_from_hashes_as_formatting_finds_them(snapshot):
    """The changes list counts a round's moves from the cells' hashes (``move_slots``) and words
    one when shown: for every round and every round compared against, the same moves as
    formatting every changed cell's before and after."""
    from core.compare.moves import MoveList, move_slots

    names = {p.id: p.name for p in snapshot.parties}
    parties = [p.id for p in snapshot.parties]
    total = 0
    for current in snapshot.rounds:
        for since in [None, *snapshot.rounds]:
            comparison = snapshot.compare(current.id, parties, since.id if since else None)
            slots = [slot for row in comparison.rows for slot in move_slots(row)]
            assert list(MoveList(slots, names)) == moves_in(comparison, names)
            assert [slot for group in snapshot.move_groups(comparison) for slot in group] == slots
            total += len(slots)
    assert total > 0
