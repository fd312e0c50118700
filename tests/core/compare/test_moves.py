"""What moved at a round: stance, figure, status and its one-sided claimant, before → after."""

from dataclasses import replace

from core.compare.comparison import Snapshot
from core.compare.moves import FIGURE, NOTHING_BEFORE, STANCE, STATUS, moves_in
from core.domain.records import IssueStatus, Position


def test_status_figure_and_stance_moves(seed_ws):
    issues = {i.name: i.id for i in seed_ws.issues()}
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Ceasefire: length and scope"], party_id=parties["Russia"],
                            round_id=rounds["2025-06-02"], stance="A series of short ceasefires of 2–3 days",
                            value_low=2, value_high=3, value_unit="days"))
    seed_ws.insert(IssueStatus(issue_id=issues["Prisoner-of-war exchange"], round_id=rounds["2025-06-02"],
                               status="agreed"))
    seed_ws.insert(IssueStatus(issue_id=issues["Ceasefire: length and scope"], round_id=rounds["2025-06-02"],
                               status="agreed"))
    snapshot = Snapshot(seed_ws)
    names = {p.id: p.name for p in snapshot.parties}
    moves = moves_in(snapshot.compare(rounds["2025-07-23"], [p.id for p in snapshot.parties]), names)
    by = {(m.issue.name, m.party.name if m.party else None, m.what): m for m in moves}
    figure = by[("Ceasefire: length and scope", "Russia", FIGURE)]
    assert (figure.before, figure.after) == ("2–3 days", "24–48 hours")
    status = by[("Ceasefire: length and scope", None, STATUS)]
    assert (status.before, status.after) == ("Agreed", "Opposed")
    one_sided = by[("Prisoner-of-war exchange", None, STATUS)]
    assert (one_sided.before, one_sided.after) == ("Agreed", "Agreed — according to Russia")
    stance = by[("Ceasefire: length and scope", "Russia", STANCE)]
    assert stance.diff()[0] == ("same", "A series of short ceasefires of ") and ("removed", "days") in stance.diff()
    new = by[("Zelenskiy's legitimacy", "Ukraine", STANCE)]
    assert new.before == NOTHING_BEFORE and new.after == "No stated position"
    assert ("Zelenskiy's legitimacy", "Ukraine", FIGURE) not in by  # no figure either side


def test_unchanged_cells_make_no_moves(seed_ws):
    snapshot = Snapshot(seed_ws)
    first = snapshot.rounds[0]
    assert moves_in(snapshot.compare(first.id), {}) == []
