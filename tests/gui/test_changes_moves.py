"""The changes view lists status and figure moves, not only stances (issue 14, bug 5)."""

import pytest
from PySide6.QtCore import QAbstractListModel

from core.domain.records import IssueStatus, Position


@pytest.fixture
def window(seed_window):
    ws = seed_window.workspace
    issues = {i.name: i.id for i in seed_window.snapshot.issues}
    parties = {p.name: p.id for p in seed_window.snapshot.parties}
    rounds = {r.date: r.id for r in seed_window.snapshot.rounds}
    ws.insert(Position(issue_id=issues["Ceasefire: length and scope"], party_id=parties["Russia"],
                       round_id=rounds["2025-06-02"], stance="A series of short ceasefires of 2–3 days",
                       value_low=2, value_high=3, value_unit="days"))
    ws.insert(IssueStatus(issue_id=issues["Prisoner-of-war exchange"], round_id=rounds["2025-06-02"],
                          status="agreed"))
    ws.insert(IssueStatus(issue_id=issues["Ceasefire: length and scope"], round_id=rounds["2025-06-02"],
                          status="agreed"))
    seed_window.reload()
    return seed_window


def test_changes_view_lists_status_and_figure_moves(window):
    window.changes_dock.toggleViewAction().trigger()
    lines = window.changes_view.lines()
    assert "Ceasefire: length and scope — Russia — Figure: 2–3 days → 24–48 hours" in lines
    assert "Ceasefire: length and scope — Status: Agreed → Opposed" in lines
    assert "Prisoner-of-war exchange — Status: Agreed → Agreed — according to Russia" in lines
    assert "Zelenskiy's legitimacy — Ukraine — Stance: (new) → No stated position" in lines


def test_changes_view_is_a_list_model_and_the_dock_opens_usable(window, qtbot):
    window.changes_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.changes_dock.isVisible())
    assert isinstance(window.changes_view.list.model(), QAbstractListModel)
    assert window.changes_dock.height() >= 220 and window.changes_dock.width() >= 600
