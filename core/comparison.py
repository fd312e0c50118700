"""The comparison: issues × parties as they stood at a round.

A ``Snapshot`` loads a workspace once and indexes every position by issue
and party in round order, so switching rounds is a binary search per cell
rather than a query. ``Snapshot.compare`` builds the ``Comparison`` that the
window's table model and the PDF sheet both show, so screen and paper cannot
disagree.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .domain import (
    STATUSES,
    Issue,
    IssueStatus,
    Negotiation,
    Party,
    Person,
    Position,
    Round,
    Source,
    Track,
)
from .quantities import format_gap, format_value
from .store import Workspace

# Fields whose difference counts as a change of position between rounds.
POSITION_CONTENT = (
    "stated", "stance", "value_low", "value_high", "value_unit", "value_qualifier", "value_date",
)


def same_position(a: Position | None, b: Position | None) -> bool:
    if a is None or b is None:
        return a is b
    return all(getattr(a, name) == getattr(b, name) for name in POSITION_CONTENT)


@dataclass
class Cell:
    """One party's position on one issue, as it stood at the chosen round."""

    party: Party
    position: Position | None
    previous: Position | None
    reported_round: Round | None
    changed: bool

    @property
    def state(self) -> str:
        """'stated', 'not_stated' (explicitly no position) or 'none' (no record)."""
        if self.position is None:
            return "none"
        return "stated" if self.position.stated else "not_stated"

    @property
    def value_text(self) -> str:
        return format_value(self.position)


@dataclass
class Row:
    issue: Issue
    track: Track | None
    cells: list[Cell]
    status: IssueStatus | None
    status_round: Round | None
    status_changed: bool
    gap_text: str = ""
    previous_status: IssueStatus | None = None

    def cell_for(self, party_id: str) -> Cell | None:
        return next((c for c in self.cells if c.party.id == party_id), None)


@dataclass
class Comparison:
    negotiation: Negotiation
    round: Round | None
    previous_round: Round | None
    parties: list[Party]
    rows: list[Row]
    people: dict[str, Person] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)

    def status_counts(self) -> dict[str, int]:
        counts = Counter(row.status.status for row in self.rows if row.status)
        return {status: counts.get(status, 0) for status in STATUSES}


class Snapshot:
    """Every record of a workspace, loaded once and indexed for comparison."""

    def __init__(self, workspace: Workspace):
        self.negotiation = workspace.negotiation()
        self.parties = workspace.parties()
        self.tracks = workspace.tracks()
        self.issues = workspace.issues()
        self.rounds = workspace.rounds()
        self.people = {p.id: p for p in workspace.people()}
        self.sources = {s.id: s for s in workspace.sources()}
        self.round_index = {r.id: n for n, r in enumerate(self.rounds)}
        self.rounds_by_id = {r.id: r for r in self.rounds}
        self.track_by_id = {t.id: t for t in self.tracks}
        self.positions_by_id: dict[str, Position] = {}
        self.history: dict[tuple[str, str], list[tuple[int, Position]]] = defaultdict(list)
        for position in workspace.positions():
            self.positions_by_id[position.id] = position
            index = self.round_index.get(position.round_id)
            if index is not None:
                self.history[(position.issue_id, position.party_id)].append((index, position))
        self.status_history: dict[str, list[tuple[int, IssueStatus]]] = defaultdict(list)
        for status in workspace.statuses():
            index = self.round_index.get(status.round_id)
            if index is not None:
                self.status_history[status.issue_id].append((index, status))
        for entries in (*self.history.values(), *self.status_history.values()):
            entries.sort(key=lambda pair: pair[0])
        self.evidence_by_status: dict[str, list] = defaultdict(list)
        for item in workspace.evidence():
            self.evidence_by_status[item.status_id].append(item)
        self.ordered_issues = self._issues_in_track_order()

    def _issues_in_track_order(self) -> list[Issue]:
        track_rank = {t.id: n for n, t in enumerate(self.tracks)}
        return sorted(
            self.issues,
            key=lambda i: (track_rank.get(i.track_id, len(track_rank)), i.sort_order, i.name),
        )

    @staticmethod
    def _as_of(entries: list[tuple[int, object]], round_index: int):
        """The latest entry at or before ``round_index``, or None."""
        at = bisect_right(entries, round_index, key=lambda pair: pair[0])
        return entries[at - 1] if at else None

    def position_as_of(self, issue_id: str, party_id: str, round_index: int) -> Position | None:
        found = self._as_of(self.history.get((issue_id, party_id), []), round_index)
        return found[1] if found else None

    def status_as_of(self, issue_id: str, round_index: int) -> tuple[int, IssueStatus] | None:
        return self._as_of(self.status_history.get(issue_id, []), round_index)

    def default_party_ids(self, include_non_parties: bool = False) -> list[str]:
        return [p.id for p in self.parties if include_non_parties or p.role == "party"]

    def compare(
        self,
        round_id: str | None = None,
        party_ids: list[str] | None = None,
        since_round_id: str | None = None,
        issue_ids: set[str] | None = None,
    ) -> Comparison:
        """Issues × parties as they stood at ``round_id`` (the latest round by default).

        Changes are marked against the round before it, or against
        ``since_round_id`` when given.
        """
        if round_id is None and self.rounds:
            round_id = self.rounds[-1].id
        current = self.round_index.get(round_id, len(self.rounds) - 1)
        if since_round_id is not None and since_round_id in self.round_index:
            before = self.round_index[since_round_id]
        else:
            before = current - 1
        parties_by_id = {p.id: p for p in self.parties}
        wanted = party_ids if party_ids is not None else self.default_party_ids()
        parties = [parties_by_id[pid] for pid in wanted if pid in parties_by_id]
        rows = []
        for issue in self.ordered_issues:
            if issue_ids is not None and issue.id not in issue_ids:
                continue
            cells = []
            for party in parties:
                entries = self.history.get((issue.id, party.id), [])
                now = self._as_of(entries, current) if current >= 0 else None
                then = self._as_of(entries, before) if before >= 0 else None
                position = now[1] if now else None
                previous = then[1] if then else None
                changed = position is not None and now[0] > before and not same_position(position, previous)
                cells.append(Cell(party, position, previous, self.rounds[now[0]] if now else None, changed))
            status_now = self.status_as_of(issue.id, current) if current >= 0 else None
            status_then = self.status_as_of(issue.id, before) if before >= 0 else None
            status_changed = bool(status_now) and status_now[0] > before and (
                status_then is None or status_then[1].status != status_now[1].status
            )
            gap_text = ""
            if issue.quantity_kind and len(cells) >= 2:
                gap_text = format_gap(cells[0].position, cells[1].position)
            rows.append(
                Row(
                    issue=issue,
                    track=self.track_by_id.get(issue.track_id),
                    cells=cells,
                    status=status_now[1] if status_now else None,
                    status_round=self.rounds[status_now[0]] if status_now else None,
                    status_changed=status_changed,
                    gap_text=gap_text,
                    previous_status=status_then[1] if status_then else None,
                )
            )
        return Comparison(
            negotiation=self.negotiation,
            round=self.rounds[current] if 0 <= current < len(self.rounds) else None,
            previous_round=self.rounds[before] if 0 <= before < len(self.rounds) else None,
            parties=parties,
            rows=rows,
            people=self.people,
            sources=self.sources,
        )
