"""Edits are change sets: applied in one transaction, reverted exactly."""

import sqlite3

import pytest

from core.edits.changes import deletion, insertion, modification
from core.compare.comparison import RowFilter, Snapshot
from core.domain.records import Issue, Party, Position
from core.domain.validation import problems_with
from core.compare.worddiff import word_diff


def dump(ws):
    tables = ("parties", "tracks", "issues", "rounds", "people", "outlets", "reports", "positions", "figures",
              "issue_status", "evidence", "citations")
    return {t: sorted(map(tuple, ws.db.execute(f"SELECT * FROM [{t}] ORDER BY id").fetchall())) for t in tables}


def test_deleting_a_party_captures_cascades_and_revert_restores_all(seed_ws):
    before = dump(seed_ws)
    russia = next(p for p in seed_ws.parties() if p.name == "Russia")
    changes = deletion(seed_ws, russia)
    tables = [c.table for c in changes.changes]
    assert tables[-1] == "parties" and "positions" in tables and "people" in tables
    changes.apply(seed_ws)
    assert not any(p.party_id == russia.id for p in seed_ws.positions())
    assert all(p.party_id != russia.id for p in seed_ws.people())
    changes.revert(seed_ws)
    assert dump(seed_ws) == before


def test_deleting_an_issue_and_undoing_restores_statuses_and_evidence(seed_ws):
    before = dump(seed_ws)
    pows = next(i for i in seed_ws.issues() if i.name == "Prisoner-of-war exchange")
    changes = deletion(seed_ws, pows)
    changes.apply(seed_ws)
    assert seed_ws.get(Issue, pows.id) is None
    changes.revert(seed_ws)
    assert dump(seed_ws) == before


def test_a_change_set_is_one_transaction(seed_ws):
    before = dump(seed_ws)
    party = Party(name="Mediator", role="mediator")
    changes = insertion(party)
    changes.changes.append(changes.changes[0])  # the same id twice: the second insert fails
    with pytest.raises(sqlite3.IntegrityError):
        changes.apply(seed_ws)
    assert dump(seed_ws) == before


def test_modification_and_revert(seed_ws):
    position = seed_ws.positions()[0]
    edited = Position(**{**position.to_row(), "stance": "Edited"})
    changes = modification(position, edited)
    changes.apply(seed_ws)
    assert seed_ws.get(Position, position.id).stance == "Edited"
    changes.revert(seed_ws)
    assert seed_ws.get(Position, position.id).stance == position.stance


def test_snapshot_follows_changes_without_rereading_everything(seed_ws):
    snapshot = Snapshot(seed_ws)
    position = seed_ws.positions()[0]
    edited = Position(**{**position.to_row(), "stance": "Edited"})
    changes = modification(position, edited)
    changes.apply(seed_ws)
    followed = snapshot.follow(seed_ws, changes)
    row = next(r for r in followed.compare(party_ids=[position.party_id]).rows if r.issue.id == position.issue_id)
    assert row.cells[0].position.stance == "Edited"
    changes.revert(seed_ws)
    row = next(r for r in followed.follow(seed_ws, changes).compare(party_ids=[position.party_id]).rows
               if r.issue.id == position.issue_id)
    assert row.cells[0].position.stance == position.stance


def test_validation_names_each_problem():
    assert problems_with(Party(name="", colour="red")) == [
        "A party's name is required.", "The colour must look like #1f77b4, not “red”."]
    bad = Position(issue_id="i", party_id="p", round_id="r", stance="x", value_low=48, value_high=24,
                   value_date="31 Aug")
    problems = problems_with(bad)
    assert "The lower figure is larger than the upper one." in problems
    assert any("YYYY-MM-DD" in p for p in problems)
    assert problems_with(Position(issue_id="i", party_id="p", round_id="r", stated=False)) == []


def test_word_diff_rebuilds_both_sides():
    before, after = "short truces of 24 hours", "short ceasefires of 24–48 hours"
    segments = word_diff(before, after)
    assert "".join(t for op, t in segments if op != "added") == before
    assert "".join(t for op, t in segments if op != "removed") == after
    assert ("removed", "truces") in segments and ("added", "ceasefires") in segments


def test_filters(seed_ws):
    snapshot = Snapshot(seed_ws)
    parties = {p.name: p.id for p in seed_ws.parties()}
    tracks = {t.name: t.id for t in seed_ws.tracks()}

    def names(**kw):
        return [r.issue.name for r in snapshot.compare(row_filter=RowFilter(**kw)).rows]

    assert len(names(track_ids={tracks["Humanitarian"]})) == 4
    assert names(statuses={"opposed"}) == ["Ceasefire: length and scope", "Leaders' summit: purpose and timing"]
    assert "Civilian detainees" not in names(party_id=parties["Russia"])
    assert set(names(no_stated_only=True)) == {"Zelenskiy's legitimacy", "Territorial demands",
                                               "Return of bodies", "Civilian detainees"}
    assert names(statuses={"none"}) == ["US 50-day sanctions deadline", "Zelenskiy's legitimacy",
                                        "Territorial demands"]


def test_status_counts_by_round_and_changes_at(seed_ws):
    snapshot = Snapshot(seed_ws)
    counts = snapshot.status_counts_by_round()
    assert [c["open"] for _, c in counts] == [0, 0, 3]
    changes = snapshot.changes_at()
    assert len(changes) == 19  # every seed position is new at round 3


def test_search_stays_right_after_issues_change(seed_ws):
    from core.edits.changes import deletion

    snapshot = Snapshot(seed_ws)
    added = insertion(Issue(name="Energy strikes", track_id=seed_ws.tracks()[0].id, sort_order=-1))
    added.apply(seed_ws)
    snapshot = snapshot.follow(seed_ws, added)
    result = snapshot.search(seed_ws, "bodies")
    assert {i.name for i in snapshot.issues if i.id in result.issue_ids} == {"Return of bodies", "Ceasefire: length and scope"}
    gone = deletion(seed_ws, next(i for i in seed_ws.issues() if i.name == "Return of bodies"))
    gone.apply(seed_ws)
    snapshot = snapshot.follow(seed_ws, gone)
    result = snapshot.search(seed_ws, "bodies")
    assert {i.name for i in snapshot.issues if i.id in result.issue_ids} == {"Ceasefire: length and scope"}
    hit = next(p for p in seed_ws.positions() if "retrieve bodies" in p.stance)
    assert hit.id in result.position_ids and len(result.position_ids) >= 1
