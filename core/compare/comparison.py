"""The comparison: issues × parties as they stood at a round.

A ``Snapshot`` loads a workspace once and indexes every position by issue
and party in round order, so switching rounds is a binary search per cell
rather than a query. ``Snapshot.compare`` builds the ``Comparison`` that the
window's table model and the PDF sheet both show, so screen and paper cannot
disagree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from core.domain.records import (
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
from core.edits.changes import ChangeSet
from core.domain.labels import format_gap, format_value, stance_text
from core.compare.search_index import SearchIndex
from core.store.workspace import SearchResult, Workspace
from core.compare.timeline import Timeline, content_key
from core.compare.worddiff import word_diff

@dataclass(slots=True)
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


@dataclass(slots=True)
class Row:
    issue: Issue
    track: Track | None
    cells: list[Cell]
    status: IssueStatus | None
    status_round: Round | None
    status_changed: bool
    previous_status: IssueStatus | None = None

    @property
    def gap_text(self) -> str:
        """The distance between the first two parties' figures, for quantity issues.

        Computed when asked (a painted row), not for every row of every switch.
        """
        if not self.issue.quantity_kind or len(self.cells) < 2:
            return ""
        return format_gap(self.cells[0].position, self.cells[1].position)

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


@dataclass
class RowFilter:
    """Which issue rows to show; None or False means no restriction."""

    track_ids: set[str] | None = None
    statuses: set[str] | None = None  # status keys, and 'none' for issues without one
    party_id: str | None = None  # only issues on which this party has a stated position
    no_stated_only: bool = False  # only issues where a shown party explicitly has none
    issue_ids: set[str] | None = None  # e.g. the hits of a search

    def without(self, issue_ids: bool = False) -> RowFilter:
        """A copy with the issue restriction dropped (the rest needs each row's cells)."""
        return RowFilter(self.track_ids, self.statuses, self.party_id, self.no_stated_only,
                         None if issue_ids else self.issue_ids)

    def is_empty(self) -> bool:
        return (self.track_ids is None and self.statuses is None and self.party_id is None
                and not self.no_stated_only and self.issue_ids is None)

    def keeps(self, row: Row, party_cells: list[Cell]) -> bool:
        if self.track_ids is not None and row.issue.track_id not in self.track_ids:
            return False
        if self.statuses is not None and (row.status.status if row.status else "none") not in self.statuses:
            return False
        if self.party_id is not None:
            cell = row.cell_for(self.party_id)
            if cell is None or cell.state != "stated":
                return False
        if self.no_stated_only and not any(c.state == "not_stated" for c in party_cells):
            return False
        return True


@dataclass
class PositionChange:
    """One party's stance on one issue, before and after a round."""

    issue: Issue
    party: Party
    before: Position | None
    after: Position
    round: Round

    def stance_diff(self) -> list[tuple[str, str]]:
        before = stance_text(self.before) if self.before is not None else ""
        return word_diff(before, stance_text(self.after))


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
        self.content: dict[str, tuple] = {}
        self.history: dict[tuple[str, str], Timeline] = defaultdict(Timeline)
        for position in workspace.positions():
            self._index_position(position)
        self.status_history: dict[str, Timeline] = defaultdict(Timeline)
        for status in workspace.statuses():
            self._index_status(status)
        self.search_index = SearchIndex(workspace, self.issues)
        self._rows_cache: dict[tuple, Comparison] = {}
        self.evidence_by_status: dict[str, list] = defaultdict(list)
        for item in workspace.evidence():
            self.evidence_by_status[item.status_id].append(item)
        self.ordered_issues = self._issues_in_track_order()

    # -- keeping up with edits ----------------------------------------
    def follow(self, workspace: Workspace, changes: ChangeSet) -> Snapshot:
        """The snapshot after ``changes`` (applied or reverted) reached the store.

        Positions, statuses and evidence are patched in place, so an edit in
        a large workspace costs little; a change to the rounds re-reads
        everything, since it moves every position's place in history.
        """
        if "rounds" in changes.tables():
            return Snapshot(workspace)
        self._rows_cache.clear()
        ids: dict[str, set[str]] = defaultdict(set)
        for change in changes.changes:
            ids[change.table].add(change.row_id)
        small = {"negotiation", "parties", "tracks", "issues", "people", "sources"}
        if small & set(ids):
            self.negotiation = workspace.negotiation()
            self.parties = workspace.parties()
            self.tracks = workspace.tracks()
            self.issues = workspace.issues()
            self.people = {p.id: p for p in workspace.people()}
            self.sources = {s.id: s for s in workspace.sources()}
            self.track_by_id = {t.id: t for t in self.tracks}
            self.ordered_issues = self._issues_in_track_order()
        for record_id in ids.get("positions", ()):
            self._forget_position(record_id)
            fresh = workspace.get(Position, record_id)
            if fresh is not None:
                self._index_position(fresh)
        if "positions" in ids or "issues" in ids:
            self.search_index = SearchIndex(workspace, self.issues)
        for record_id in ids.get("issue_status", ()):
            for timeline in self.status_history.values():
                timeline.remove(record_id)
            fresh = workspace.get(IssueStatus, record_id)
            if fresh is not None:
                self._index_status(fresh)
        if "evidence" in ids or "issue_status" in ids:
            self.evidence_by_status = defaultdict(list)
            for item in workspace.evidence():
                self.evidence_by_status[item.status_id].append(item)
        return self

    def _forget_position(self, position_id: str) -> None:
        old = self.positions_by_id.pop(position_id, None)
        self.content.pop(position_id, None)
        if old is not None and (old.issue_id, old.party_id) in self.history:
            self.history[(old.issue_id, old.party_id)].remove(position_id)

    def _index_position(self, position: Position) -> None:
        self.positions_by_id[position.id] = position
        self.content[position.id] = content_key(position)
        index = self.round_index.get(position.round_id)
        if index is not None:
            self.history[(position.issue_id, position.party_id)].add(index, position)

    def _index_status(self, status: IssueStatus) -> None:
        index = self.round_index.get(status.round_id)
        if index is not None:
            self.status_history[status.issue_id].add(index, status)

    # -- search -------------------------------------------------------
    def search(self, workspace: Workspace, query: str) -> SearchResult:
        """What ``Workspace.search`` finds, reading only the full-text indexes (see ``SearchIndex``)."""
        return self.search_index.search(workspace, query)

    # -- history ------------------------------------------------------
    def value_history(self, issue_id: str, party_id: str) -> list[tuple[Round, Position]]:
        """Every position a party took on an issue, round by round."""
        return [(self.rounds[i], p) for i, p in self.history.get((issue_id, party_id), Timeline())]

    def status_counts_by_round(self) -> list[tuple[Round, dict[str, int]]]:
        """Per round, how many issues stood agreed, narrowing, open, opposed, not discussed."""
        result = []
        for index, round_ in enumerate(self.rounds):
            counts = dict.fromkeys(STATUSES, 0)
            for timeline in self.status_history.values():
                found = timeline.at(index)
                if found:
                    counts[found[1].status] += 1
            result.append((round_, counts))
        return result

    def changes_at(self, round_id: str | None = None, since_round_id: str | None = None) -> list[PositionChange]:
        """Per issue and party, the stances that are new or changed at a round."""
        comparison = self.compare(round_id, [p.id for p in self.parties], since_round_id)
        found = []
        for row in comparison.rows:
            for cell in row.cells:
                if cell.changed:
                    found.append(PositionChange(row.issue, cell.party, cell.previous, cell.position,
                                                cell.reported_round))
        return found

    def _issues_in_track_order(self) -> list[Issue]:
        track_rank = {t.id: n for n, t in enumerate(self.tracks)}
        return sorted(
            self.issues,
            key=lambda i: (track_rank.get(i.track_id, len(track_rank)), i.sort_order, i.name),
        )

    def position_as_of(self, issue_id: str, party_id: str, round_index: int) -> Position | None:
        timeline = self.history.get((issue_id, party_id))
        found = timeline.at(round_index) if timeline else None
        return found[1] if found else None

    def status_as_of(self, issue_id: str, round_index: int) -> tuple[int, IssueStatus] | None:
        timeline = self.status_history.get(issue_id)
        return timeline.at(round_index) if timeline else None

    def default_party_ids(self, include_non_parties: bool = False) -> list[str]:
        return [p.id for p in self.parties if include_non_parties or p.role == "party"]

    def compare(
        self,
        round_id: str | None = None,
        party_ids: list[str] | None = None,
        since_round_id: str | None = None,
        row_filter: RowFilter | None = None,
    ) -> Comparison:
        """Issues × parties as they stood at ``round_id`` (the latest round by default).

        Changes are marked against the round before it, or against
        ``since_round_id`` when given. The unfiltered comparison is kept until
        the next change, so searching and filtering only pick rows from it.
        """
        key = (round_id, tuple(party_ids) if party_ids is not None else None, since_round_id)
        full = self._rows_cache.get(key)
        if full is None:
            if len(self._rows_cache) > 8:
                self._rows_cache.clear()
            full = self._rows_cache[key] = self._compare(round_id, party_ids, since_round_id, None)
        if row_filter is None or row_filter.is_empty():
            return full
        ids = row_filter.issue_ids
        rest = row_filter.without(issue_ids=True)
        rows = [row for row in full.rows
                if (ids is None or row.issue.id in ids) and (rest.is_empty() or rest.keeps(row, row.cells))]
        return Comparison(full.negotiation, full.round, full.previous_round, full.parties, rows,
                          full.people, full.sources)

    def _compare(
        self,
        round_id: str | None,
        party_ids: list[str] | None,
        since_round_id: str | None,
        row_filter: RowFilter | None,
    ) -> Comparison:
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
        issue_ids = row_filter.issue_ids if row_filter else None
        check_rows = row_filter if row_filter and not row_filter.without(issue_ids=True).is_empty() else None
        empty = Timeline()
        content = self.content
        rounds = self.rounds
        for issue in self.ordered_issues:
            if issue_ids is not None and issue.id not in issue_ids:
                continue
            cells = []
            for party in parties:
                timeline = self.history.get((issue.id, party.id), empty)
                now = timeline.at(current)
                if now is None:
                    cells.append(Cell(party, None, None, None, False))
                    continue
                then = timeline.at(before)
                position = now[1]
                previous = then[1] if then else None
                changed = now[0] > before and (previous is None or content[position.id] != content[previous.id])
                cells.append(Cell(party, position, previous, rounds[now[0]], changed))
            status_now = self.status_as_of(issue.id, current)
            status_then = self.status_as_of(issue.id, before)
            status_changed = bool(status_now) and status_now[0] > before and (
                status_then is None or status_then[1].status != status_now[1].status
            )
            row = Row(
                issue=issue,
                track=self.track_by_id.get(issue.track_id),
                cells=cells,
                status=status_now[1] if status_now else None,
                status_round=self.rounds[status_now[0]] if status_now else None,
                status_changed=status_changed,
                previous_status=status_then[1] if status_then else None,
            )
            if check_rows is None or check_rows.keeps(row, cells):
                rows.append(row)
        return Comparison(
            negotiation=self.negotiation,
            round=self.rounds[current] if 0 <= current < len(self.rounds) else None,
            previous_round=self.rounds[before] if 0 <= before < len(self.rounds) else None,
            parties=parties,
            rows=rows,
            people=self.people,
            sources=self.sources,
        )
