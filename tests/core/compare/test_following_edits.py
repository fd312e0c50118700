"""A snapshot follows an edit by patching what it touched: no full rescan, same result as a fresh read."""

from dataclasses import replace

import pytest

from core.compare import search_index
from core.compare.comparison import Snapshot
from core.domain.records import Citation, Evidence, Position
from core.edits.changes import deletion, insertion, modification


def shape(comparison):
    """What a comparison shows, as plain values (Row objects differ between snapshots)."""
    return [(row.issue.id, row.status.id if row.status else None, row.status_changed,
             [(c.party.id, c.position.id if c.position else None, c.position.stance if c.position else None,
               c.changed) for c in row.cells]) for row in comparison.rows]


@pytest.fixture
def ws(seed_ws):
    return seed_ws


def follow(ws, snapshot, changes, undo=False):
    (changes.revert if undo else changes.apply)(ws)
    return snapshot.follow(ws, changes)


def test_search_sees_an_edited_stance_without_a_rescan(ws, monkeypatch):
    snapshot = Snapshot(ws)
    position = next(iter(snapshot.positions_by_id.values()))
    monkeypatch.setattr(search_index.SearchIndex, "__init__",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("rescanned every position")))
    edit = modification(position, replace(position, stance="Quokkas before anything else"))
    snapshot = follow(ws, snapshot, edit)
    found = snapshot.search(ws, "quokkas")
    assert found.issue_ids == {position.issue_id} and position.id in found.position_ids
    snapshot = follow(ws, snapshot, edit, undo=True)
    assert not snapshot.search(ws, "quokkas").issue_ids


def test_a_new_position_is_found_and_forgotten_on_undo(ws, monkeypatch):
    snapshot = Snapshot(ws)
    issue, party, round_ = snapshot.issues[-1], snapshot.parties[0], snapshot.rounds[0]
    monkeypatch.setattr(search_index.SearchIndex, "__init__",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("rescanned every position")))
    added = Position(issue_id=issue.id, party_id=party.id, round_id=round_.id, stance="Wombat corridor")
    change = insertion(added)
    snapshot = follow(ws, snapshot, change)
    found = snapshot.search(ws, "wombat")
    assert found.issue_ids == {issue.id} and added.id in found.position_ids
    snapshot = follow(ws, snapshot, change, undo=True)
    assert not snapshot.search(ws, "wombat").issue_ids


def test_cached_comparisons_are_patched_to_what_a_fresh_read_shows(ws):
    snapshot = Snapshot(ws)
    rounds = [r.id for r in snapshot.rounds]
    for round_id in rounds:
        snapshot.compare(round_id)  # fill the cache for every round
    cached = dict(snapshot._rows_cache)
    row = next(r for r in snapshot.compare(rounds[-1]).rows if r.cells[0].position and r.status)
    position = row.cells[0].position
    edits = [  # made when pushed, as the window does: a deletion captures what the store holds then
        lambda: modification(position, replace(position, stance="Something else entirely")),
        lambda: modification(row.status, replace(row.status, status="opposed" if row.status.status != "opposed"
                                                 else "agreed")),
        lambda: insertion(Evidence(status_id=row.status.id, position_id=position.id)),
        lambda: deletion(ws, row.status),  # takes its evidence with it
        lambda: deletion(ws, position),
    ]
    for make in edits:
        change = make()
        for undo in (False, True, False):
            snapshot = follow(ws, snapshot, change, undo)
            assert set(snapshot._rows_cache) == set(cached)  # patched, not dropped
            fresh = Snapshot(ws)
            for round_id in rounds:
                assert shape(snapshot.compare(round_id)) == shape(fresh.compare(round_id))
            assert snapshot.evidence_by_status == fresh.evidence_by_status


def test_touched_issues_name_the_rows_an_edit_alters(ws):
    snapshot = Snapshot(ws)
    row = next(r for r in snapshot.compare().rows if r.status)
    status = row.status
    evidence = Citation(status_id=status.id, report_id=next(iter(snapshot.reports)))
    assert snapshot.touched_issue_ids(insertion(evidence)) == {row.issue.id}
    assert snapshot.touched_issue_ids(deletion(ws, status)) == {row.issue.id}
    assert snapshot.touched_issue_ids(insertion(replace(snapshot.issues[0], id="x", name="New"))) == set()
