"""What the sheet's front page counts and draws, as plain data (no ReportLab).

Status counts are per round and over exactly the issues the sheet shows, so
each round's counts add up to the number of issues: an issue with no
status yet is counted as "no status recorded", and agreement claimed by one
side only is counted apart from agreement by both, since a claim is not an
agreement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.compare.comparison import Snapshot
from core.compare.rows import Comparison
from core.domain.labels import NEW_MARK, change_mark
from core.domain.records import Issue, Round
from core.sheet.movement import status_move, status_phrase

# (key, label) in the order the counts table and the chart show them.
COUNT_COLUMNS = (
    ("agreed_both", "Agreed (both)"),
    ("agreed_one_side", "Agreed (one side)"),
    ("narrowing", "Narrowing"),
    ("open", "Open"),
    ("opposed", "Opposed"),
    ("not_discussed", "Not discussed"),
    ("none", "No status recorded"),
)


@dataclass
class RoundCounts:
    round: Round
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class FigureSeries:
    """One issue's figures, per party, round by round: (round number from 1, low, high)."""

    number: int
    issue: Issue
    unit: str
    points: dict[str, list[tuple[int, float, float]]] = field(default_factory=dict)  # party id -> points


@dataclass
class Moved:
    """One issue that moved since the comparison round, in words."""

    number: int
    issue: Issue
    changes: list[str]


def count_key(status) -> str:
    if status is None:
        return "none"
    if status.status == "agreed":
        return "agreed_one_side" if status.claimed_by_party_id else "agreed_both"
    return status.status


def counts_by_round(snapshot: Snapshot, comparison: Comparison) -> list[RoundCounts]:
    """Per round up to the one shown, how the sheet's issues stood; each round adds up to len(rows)."""
    last = snapshot.round_index.get(comparison.round.id, -1) if comparison.round else -1
    result = []
    for index in range(last + 1):
        counts = dict.fromkeys((key for key, _ in COUNT_COLUMNS), 0)
        for row in comparison.rows:
            found = snapshot.status_as_of(row.issue.id, index)
            counts[count_key(found[1] if found else None)] += 1
        result.append(RoundCounts(snapshot.rounds[index], counts))
    return result


def figure_series(snapshot: Snapshot, comparison: Comparison) -> list[FigureSeries]:
    """For each shown issue with a number on it, each shown party's figure at each round up to the one shown.

    Dates and 'unspecified' figures are left out (they are not amounts);
    a party's figure is carried forward to the rounds where it stood unchanged.
    """
    last = snapshot.round_index.get(comparison.round.id, -1) if comparison.round else -1
    found = []
    for number, row in enumerate(comparison.rows, start=1):
        series = FigureSeries(number, row.issue, "")
        for party in comparison.parties:
            timeline = snapshot.history.get((row.issue.id, party.id))
            if timeline is None:
                continue
            points = []
            for index in range(last + 1):
                at = timeline.at(index)
                position = at[1] if at else None
                if position is None or not position.stated or position.value_date \
                        or position.value_qualifier == "unspecified":
                    continue
                low, high = position.value_low, position.value_high
                if low is None and high is None:
                    continue
                low = high if low is None else low
                high = low if high is None else high
                points.append((index + 1, float(low), float(high)))
                series.unit = series.unit or position.value_unit or ""
            if points:
                series.points[party.id] = points
        if series.points:
            found.append(series)
    return found


def moved_since(comparison: Comparison) -> list[Moved]:
    """Each shown issue with a new or changed position or a status move since the comparison round."""
    names = {p.id: p.name for p in comparison.parties}
    found = []
    for number, row in enumerate(comparison.rows, start=1):
        changes = [f"{cell.party.name} {change_mark(cell.changed, cell.previous)}" for cell in row.cells
                   if cell.changed]
        move = status_move(row, names)
        if move == NEW_MARK:
            changes.append(f"status new: {status_phrase(row.status, names)}")
        elif move:
            changes.append(f"status {move}")
        if changes:
            found.append(Moved(number, row.issue, changes))
    return found
