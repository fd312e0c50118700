"""The editing rules, without Qt: what an edit at the round shown changes and may delete,
what a new record starts as, and how a reorder is saved."""

from dataclasses import replace

import pytest

from core.compare.comparison import Snapshot
from core.domain.records import (
    Evidence,
    Issue,
    IssueStatus,
    Party,
    Person,
    Position,
    Round,
    Report,
    Citation,
    Track,
)
from core.edits.changes import ChangeSet
from core.edits.rules import (
    evidence_diff,
    new_record,
    position_at_round,
    position_to_delete,
    reorder,
    status_at_round,
    status_to_delete,
)
from core.store.workspace import open_workspace, row_of

R1 = Round(name="Round 1", date="2025-05-16")
R2 = Round(name="Round 2", date="2025-06-02")
R3 = Round(name="Round 3", date="2025-07-23")
ISSUE = Issue(name="Ceasefire")
KYIV = Party(name="Ukraine", sort_order=0)
MOSCOW = Party(name="Russia", sort_order=1)
REPORT = Report(title="Talks end")


def position(party, round_, stance, stated=True, **fields):
    return Position(issue_id=ISSUE.id, party_id=party.id, round_id=round_.id, stance=stance, stated=stated,
                    **fields)


# -- positions -----------------------------------------------------------------
def test_a_position_reported_at_the_round_shown_is_edited_in_place():
    said = position(KYIV, R2, "30 days")
    draft = position_at_round(R2, ISSUE, KYIV, said, R2)
    assert draft.record is said and not draft.is_new
    assert draft.heading == "Ukraine on “Ceasefire”, as reported at Round 2 (2025-06-02)."
    changes = draft.changes(Position(**{**said.__dict__, "stance": "60 days"}))
    assert [(c.table, c.before["stance"], c.after["stance"]) for c in changes.changes] == [
        ("positions", "30 days", "60 days")]
    assert changes.text == "Edit Ukraine's position on Ceasefire"


def test_an_unchanged_position_saves_nothing():
    said = position(KYIV, R2, "30 days")
    draft = position_at_round(R2, ISSUE, KYIV, said, R2)
    assert draft.changes(said).changes == []


def test_editing_from_an_earlier_round_starts_a_new_position_at_the_round_shown():
    earlier = position(MOSCOW, R1, "Short truces", summary="Three days at a time", value_low=24.0,
                       value_high=48.0, value_unit="hours")
    draft = position_at_round(R3, ISSUE, MOSCOW, earlier, R1)
    assert draft.is_new
    assert draft.record.id != earlier.id
    assert (draft.record.round_id, draft.record.issue_id, draft.record.party_id) == (R3.id, ISSUE.id, MOSCOW.id)
    assert (draft.record.stance, draft.record.summary, draft.record.value_low, draft.record.value_high) == (
        "Short truces", "Three days at a time", 24.0, 48.0)
    assert earlier.round_id == R1.id  # the earlier position is left as it was said
    assert draft.heading == ("New position of Russia on “Ceasefire” at Round 3 (2025-07-23), "
                             "starting from what was said at Round 1.")
    changes = draft.changes(draft.record)  # saved even unchanged: it records the position at round 3
    assert [(c.table, c.before, c.after["round_id"]) for c in changes.changes] == [("positions", None, R3.id)]
    assert changes.text == "Record Russia's position on Ceasefire"


def test_an_earlier_explicit_no_position_stays_one_in_the_new_round():
    earlier = position(MOSCOW, R1, "", stated=False)
    draft = position_at_round(R2, ISSUE, MOSCOW, earlier, R1)
    assert draft.is_new and draft.record.stated is False


def test_a_first_position_is_stated():
    draft = position_at_round(R1, ISSUE, KYIV, None, None)
    assert draft.is_new and draft.record.stated is True
    assert draft.heading == "New position of Ukraine on “Ceasefire” at Round 1 (2025-05-16)."


# -- statuses and evidence -------------------------------------------------------
@pytest.fixture
def history(tmp_path):
    """Two parties with positions at rounds 1 to 3, a status at round 2 citing one of them."""
    workspace = open_workspace(tmp_path / "rules.parley")
    said = {
        "kyiv1": position(KYIV, R1, "30 days"),
        "moscow1": position(MOSCOW, R1, "", stated=False),
        "kyiv3": position(KYIV, R3, "60 days"),
    }
    status = IssueStatus(issue_id=ISSUE.id, round_id=R2.id, status="narrowing", common_ground="A truce")
    cited = Evidence(status_id=status.id, position_id=said["kyiv1"].id)
    workspace.insert_many([R1, R2, R3, KYIV, MOSCOW, ISSUE, REPORT, *said.values(), status, cited])
    yield workspace, said, status, cited
    workspace.close()


def test_a_status_reported_at_the_round_shown_is_edited_with_its_evidence_ticked(history):
    workspace, said, status, cited = history
    draft = status_at_round(R2, ISSUE, status, R2, Snapshot(workspace))
    assert draft.record == status and not draft.is_new
    assert draft.heading == "Status of “Ceasefire” at Round 2 (2025-06-02)."
    assert [e.id for e in draft.old_evidence] == [cited.id]
    assert [(c.text, c.ticked) for c in draft.choices] == [
        ("Ukraine at Round 1: 30 days", True),
        ("Russia at Round 1: No stated position", False),  # round 3's position is not offered at round 2
        ("Report: Talks end", False),
    ]
    assert draft.changes_with_evidence(status, {(said["kyiv1"].id, None)}).changes == []


def test_a_new_status_starts_from_the_latest_earlier_one_and_ticks_its_evidence(history):
    workspace, said, status, cited = history
    draft = status_at_round(R3, ISSUE, status, R2, Snapshot(workspace))
    assert draft.is_new and draft.record.id != status.id
    assert (draft.record.round_id, draft.record.status, draft.record.common_ground) == (R3.id, "narrowing", "A truce")
    assert draft.heading == "New status of “Ceasefire” at Round 3 (2025-07-23)."
    assert draft.old_evidence == ()
    assert [c.key for c in draft.choices if c.ticked] == [(said["kyiv1"].id, None)]
    assert "Ukraine at Round 3: 60 days" in [c.text for c in draft.choices]
    changes = draft.changes_with_evidence(draft.record, [c.key for c in draft.choices if c.ticked])
    assert changes.text == "Set status of Ceasefire"
    changes.apply(workspace)
    assert [(e.status_id, e.position_id) for e in workspace.evidence() if e.status_id == draft.record.id] == [
        (draft.record.id, said["kyiv1"].id)]
    assert cited.id in [e.id for e in workspace.evidence()]  # round 2's status keeps its own evidence


def test_a_first_status_is_open(history):
    workspace, *_ = history
    other = Issue(name="Summit")
    draft = status_at_round(R1, other, None, None, Snapshot(workspace))
    assert draft.is_new and draft.record.status == "open" and draft.record.issue_id == other.id
    assert not any(c.ticked for c in draft.choices)


def test_the_evidence_diff_removes_untouched_ticks_and_adds_new_ones():
    status = IssueStatus(issue_id=ISSUE.id, round_id=R2.id)
    kept = Evidence(status_id=status.id, position_id="p-kept")
    dropped = Citation(status_id=status.id, report_id="r-dropped")
    changes = evidence_diff(status.id, [kept, dropped], {("p-kept", None), ("p-new", None), (None, "r-new")})
    assert [(c.table, c.before and c.before["id"], c.after and (c.after["status_id"], c.after.get("position_id"),
                                                                 c.after.get("report_id")))
            for c in changes] == [("citations", dropped.id, None), ("citations", None, (status.id, None, "r-new")),
                                  ("evidence", None, (status.id, "p-new", None))]
    assert evidence_diff(status.id, [kept], {("p-kept", None)}) == []


def test_a_new_status_citing_a_report_keeps_the_passage_it_inherits():
    status = IssueStatus(issue_id=ISSUE.id, round_id=R3.id)
    earlier = Citation(status_id="s-earlier", report_id="r1", passage_start=4, passage_end=9, passage="talks",
                       credibility=2)
    (change,) = evidence_diff(status.id, [], {(None, "r1")}, inherited=[earlier])
    assert change.after["status_id"] == status.id and change.after["id"] != earlier.id
    assert (change.after["passage"], change.after["passage_start"], change.after["credibility"]) == ("talks", 4, 2)


# -- deleting ------------------------------------------------------------------------
def test_only_a_position_recorded_at_the_round_shown_can_be_deleted():
    said = position(KYIV, R1, "30 days")
    verdict = position_to_delete(R1, ISSUE, KYIV, said, R1)
    assert verdict.record is said and verdict.text == "Delete Ukraine's position on Ceasefire at Round 1"
    carried = position_to_delete(R2, ISSUE, KYIV, said, R1)
    assert carried.record is None and carried.text == "Nothing recorded at Round 2 in this cell to delete."
    assert position_to_delete(R2, ISSUE, KYIV, None, None).record is None


def test_only_a_status_recorded_at_the_round_shown_can_be_deleted():
    status = IssueStatus(issue_id=ISSUE.id, round_id=R2.id)
    verdict = status_to_delete(R2, ISSUE, status, R2)
    assert verdict.record is status and verdict.text == "Delete status of Ceasefire at Round 2"
    assert status_to_delete(R3, ISSUE, status, R2).text == "Nothing recorded at Round 3 in this cell to delete."
    assert status_to_delete(R3, ISSUE, None, None).record is None


# -- new records and their order -------------------------------------------------------
@pytest.mark.parametrize("cls, name", [(Party, "New party"), (Track, "New track"), (Person, "New person")])
def test_a_new_named_record_is_called_new_and_its_noun(cls, name):
    assert new_record(cls, "2026-11-27").name == name


def test_a_new_round_is_dated_today_and_a_new_report_titled():
    assert (new_record(Round, "2026-11-27").name, new_record(Round, "2026-11-27").date) == (
        "New round", "2026-11-27")
    assert new_record(Report, "2026-11-27").title == "New report"


def test_a_new_issue_joins_the_selected_issues_track_at_the_end():
    humanitarian = Track(name="Humanitarian")
    selected = Issue(name="Prisoners", track_id=humanitarian.id, sort_order=2)
    issue = new_record(Issue, "2026-11-27", selected, count=7)
    assert (issue.name, issue.track_id, issue.sort_order) == ("New issue", humanitarian.id, 7)
    assert new_record(Issue, "2026-11-27").track_id is None


def test_two_new_records_are_two_rows():
    assert new_record(Party, "2026-11-27").id != new_record(Party, "2026-11-27").id


def test_a_reorder_renumbers_in_the_new_order_and_leaves_unmoved_rows_out():
    a, b, c = (Issue(name=n, sort_order=k) for k, n in enumerate("abc"))
    changes = reorder([b, a, c], "Reorder issues")
    assert isinstance(changes, ChangeSet) and changes.text == "Reorder issues"
    assert [(ch.after["name"], ch.after["sort_order"]) for ch in changes.changes] == [("b", 0), ("a", 1)]
    assert reorder([a, b, c], "Reorder issues").changes == []


def test_a_position_or_status_started_from_an_earlier_one_gets_a_merge_base_of_its_own(history):
    """A copied row kept the earlier row's base hash, so a later merge took an unchanged copy
    for a changed one and reported a conflict that was none. An empty base hash is filled
    with the new row's own content when it is written (``store.workspace.new_row``)."""
    earlier = position(MOSCOW, R1, "Short truces", base_hash="f" * 64)
    assert position_at_round(R3, ISSUE, MOSCOW, earlier, R1).record.base_hash == ""
    workspace, _said, status, _cited = history
    earlier_status = replace(status, base_hash="e" * 64)
    assert status_at_round(R3, ISSUE, earlier_status, R2, Snapshot(workspace)).record.base_hash == ""
