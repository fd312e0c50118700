"""The comparison shows positions as they stood at a round, and what changed."""

import pytest

from core.compare.comparison import Snapshot
from core.domain.records import IssueStatus, Position
from core.domain.labels import format_gap, format_value


@pytest.fixture
def ws(seed_ws):
    return seed_ws


def ids(ws):
    parties = {p.name: p.id for p in ws.parties()}
    issues = {i.name: i.id for i in ws.issues()}
    rounds = {r.date: r.id for r in ws.rounds()}
    return parties, issues, rounds


def test_latest_round_shows_the_seed_positions(ws):
    comparison = Snapshot(ws).compare()
    assert comparison.round.date == "2025-07-23"
    assert [p.name for p in comparison.parties] == ["Ukraine", "Russia"]
    ceasefire = next(r for r in comparison.rows if r.issue.name.startswith("Ceasefire"))
    assert ceasefire.cell_for(comparison.parties[1].id).value_text == "24–48 hours"
    assert all(cell.changed for cell in ceasefire.cells)


def test_an_earlier_round_shows_only_what_was_known_then(ws):
    parties, issues, rounds = ids(ws)
    ws.insert(Position(issue_id=issues["Ceasefire: length and scope"], party_id=parties["Russia"],
                       round_id=rounds["2025-06-02"], stance="Short truces", value_low=48, value_high=72,
                       value_unit="hours"))
    snapshot = Snapshot(ws)
    june = snapshot.compare(rounds["2025-06-02"])
    row = next(r for r in june.rows if r.issue.name.startswith("Ceasefire"))
    russia = row.cell_for(parties["Russia"])
    assert russia.position.stance == "Short truces" and russia.changed
    assert row.cell_for(parties["Ukraine"]).state == "none"
    july = snapshot.compare(rounds["2025-07-23"])
    russia = next(r for r in july.rows if r.issue.name.startswith("Ceasefire")).cell_for(parties["Russia"])
    assert russia.previous.stance == "Short truces" and russia.changed
    assert russia.value_text == "24–48 hours"


def test_an_unchanged_restatement_is_not_marked(ws):
    parties, issues, rounds = ids(ws)
    ws.insert(Position(issue_id=issues["Return of bodies"], party_id=parties["Russia"], round_id=rounds["2025-06-02"],
                       stance="Offers to hand over another 3,000 Ukrainian bodies", value_low=3000, value_high=3000,
                       value_unit="bodies"))
    july = Snapshot(ws).compare(rounds["2025-07-23"])
    cell = next(r for r in july.rows if r.issue.name == "Return of bodies").cell_for(parties["Russia"])
    assert not cell.changed


def test_since_round_compares_against_the_chosen_round(ws):
    parties, issues, rounds = ids(ws)
    comparison = Snapshot(ws).compare(rounds["2025-07-23"], since_round_id=rounds["2025-05-16"])
    assert comparison.previous_round.date == "2025-05-16"


def test_status_counts(ws):
    counts = Snapshot(ws).compare().status_counts()
    assert counts == {"agreed": 1, "narrowing": 0, "open": 3, "opposed": 2, "not_discussed": 0}


def test_status_as_of_a_round(ws):
    parties, issues, rounds = ids(ws)
    ws.insert(IssueStatus(issue_id=issues["Return of bodies"], round_id=rounds["2025-05-16"], status="narrowing"))
    snapshot = Snapshot(ws)
    may = next(r for r in snapshot.compare(rounds["2025-05-16"]).rows if r.issue.name == "Return of bodies")
    june = next(r for r in snapshot.compare(rounds["2025-06-02"]).rows if r.issue.name == "Return of bodies")
    july = next(r for r in snapshot.compare(rounds["2025-07-23"]).rows if r.issue.name == "Return of bodies")
    assert may.status.status == "narrowing" and may.status_changed
    assert june.status.status == "narrowing" and not june.status_changed
    assert july.status.status == "open" and july.status_changed


def test_numbers_format_and_gap():
    truce = Position(value_low=24, value_high=48, value_unit="hours")
    week = Position(value_low=168, value_unit="hours")
    assert format_value(truce) == "24–48 hours"
    assert format_value(Position(value_low=1200, value_unit="prisoners", value_qualifier="at_least")) == \
        "at least 1,200 prisoners"
    assert format_value(Position(value_date="2025-08-31", value_qualifier="before")) == "before 31 Aug 2025"
    assert format_gap(truce, week) == "gap 120 hours"
    assert format_gap(truce, Position(value_low=30, value_high=40, value_unit="hours")) == "ranges overlap"
    assert format_gap(truce, Position(value_low=3, value_unit="days")) == ""
    assert format_gap(truce, Position(value_unit="hours", value_qualifier="unspecified")) == ""


def test_a_status_confirmed_by_one_side_only_is_a_change(ws):
    """'Agreed' by both sides, then 'Agreed — according to Russia': the status moved (issue 14, bug 4)."""
    parties, issues, rounds = ids(ws)
    pow_exchange = issues["Prisoner-of-war exchange"]
    ws.insert(IssueStatus(issue_id=pow_exchange, round_id=rounds["2025-06-02"], status="agreed",
                          common_ground="An exchange"))
    row = next(r for r in Snapshot(ws).compare(rounds["2025-07-23"]).rows if r.issue.id == pow_exchange)
    assert row.status.claimed_by_party_id and row.previous_status.claimed_by_party_id is None
    assert row.status_changed
