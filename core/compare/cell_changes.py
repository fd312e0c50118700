"""What changed in a cell between two rounds, read from a timeline's hashes alone.

A round switch asks this for every cell of a large workspace (8,000 on the
benchmark's), and the changes list asks what moved in each: here it is
integer comparisons (``position_timeline``), and no position is read.
"""

from __future__ import annotations

from bisect import bisect_right

from core.compare.moves import FIGURE, STANCE, STATUS
from core.compare.position_timeline import NO_FIGURE_KEY, PositionTimeline, stance_hash
from core.compare.rows import FIGURE_MOVED, STANCE_MOVED

EMPTY_STANCE = stance_hash(True, "")  # a stated position with no words: nothing to read as moved


def cell_change(timeline: PositionTimeline, n: int, m: int, after_before: bool) -> tuple[bool, int]:
    """Whether the position at ``n`` changed from the one at ``m`` (-1: none) and what moved
    (``Cell.moves``); ``after_before``: it was recorded after the round compared against."""
    if not after_before:
        return False, 0
    if m < 0:  # new: its stance and figure count as moves if they read as something
        return True, ((STANCE_MOVED if timeline.stance[n] != EMPTY_STANCE else 0)
                      | (FIGURE_MOVED if timeline.figure[n] != NO_FIGURE_KEY else 0))
    if timeline.content[n] == timeline.content[m]:
        return False, 0
    return True, ((STANCE_MOVED if timeline.stance[n] != timeline.stance[m] else 0)
                  | (FIGURE_MOVED if timeline.figure[n] != timeline.figure[m] else 0))


def move_bits(history: dict, issue_id: str, parties, current: int, before: int) -> list[int]:
    """``Cell.moves`` of each party's cell on one issue, as the snapshot would make the cells."""
    bits = []
    for party in parties:
        timeline = history.get((issue_id, party.id))
        n = bisect_right(timeline.indices, current) if timeline is not None and current >= 0 else 0
        if not n or timeline.indices[n - 1] <= before:
            bits.append(0)
            continue
        m = bisect_right(timeline.indices, before) - 1 if before >= 0 else -1
        bits.append(cell_change(timeline, n - 1, m, True)[1])
    return bits


def move_groups(history: dict, comparison, current: int, before: int) -> list[list[tuple]]:
    """Each row's ``moves.move_slots`` in one pass, ``move_bits`` and ``cell_change`` inlined:
    the changes list asks for all 2,000 rows of a large workspace on every round switch."""
    party_ids = [party.id for party in comparison.parties]
    history_get = history.get
    groups = []
    for row in comparison.rows:
        found = [(row, None, STATUS)] if row.status_changed and row.status is not None else []
        issue_id = row.issue.id
        for place, party_id in enumerate(party_ids):
            timeline = history_get((issue_id, party_id))
            if timeline is None or current < 0:
                continue
            indices = timeline.indices
            n = bisect_right(indices, current) - 1
            if n < 0 or indices[n] <= before:
                continue
            m = bisect_right(indices, before) - 1 if before >= 0 else -1
            if m < 0:
                stance_moved = timeline.stance[n] != EMPTY_STANCE
                figure_moved = timeline.figure[n] != NO_FIGURE_KEY
            elif timeline.content[n] == timeline.content[m]:
                continue
            else:
                stance_moved = timeline.stance[n] != timeline.stance[m]
                figure_moved = timeline.figure[n] != timeline.figure[m]
            if stance_moved:
                found.append((row, place, STANCE))
            if figure_moved:
                found.append((row, place, FIGURE))
        groups.append(found)
    return groups
