"""The comparison: issues × parties as they stood at a round.

A ``Snapshot`` reads a workspace once and indexes every position by issue
and party in round order, as integers (``position_timeline``), so switching
rounds is a binary search per cell rather than a query; the position records
themselves are read when a cell is shown (``position_store``). ``Snapshot.compare`` builds the ``Comparison`` that the
window's table model and the PDF sheet both show, so screen and paper cannot
disagree.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from sys import intern
from dataclasses import dataclass

from core.domain.records import (
    Citation,
    Issue,
    IssueStatus,
    Party,
    Position,
    Round,
)
from core.compare.position_store import PositionsById, PositionStore, citations_by_position, figures_by_position
from core.compare.position_timeline import scan_positions
from core.compare.cell_changes import cell_change, move_bits, move_groups
from core.compare.rows import Cell, Comparison, Row, RowFilter
from core.domain.labels import stance_text
from core.compare.status_counts import count_statuses
from core.compare.following import FollowingEdits
from core.compare.passage_index import Passages
from core.compare.search_index import RoundNotesIndex, SearchIndex, SearchResult, fts_query, with_reports
from core.store.workspace import Workspace
from core.compare.timeline import Timeline, status_key
from core.compare.worddiff import word_diff

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


class Snapshot(FollowingEdits):
    """A workspace read once and indexed for comparison: its small tables as records, each
    position as integers (``position_timeline``), position records read when shown (``position_store``)."""

    def __init__(self, workspace: Workspace, detached: bool = False):
        """``detached``: read every record now and keep it, for a snapshot used after its
        workspace is closed (a command writing a sheet); the window reads positions when shown."""
        self._read_small_tables(workspace)
        self.rounds = workspace.rounds()
        self.store = PositionStore(workspace)
        self.positions_by_id = PositionsById(self.store)
        self.citations_by_position = citations_by_position(workspace)  # read when a position asks
        self.citations_by_status: dict[str, list[Citation]] = defaultdict(list)
        for citation in workspace.all(Citation, "status_id IS NOT NULL"):
            self._index_citation(citation)
        self.figures_by_position = figures_by_position(workspace)
        self.round_index = {r.id: n for n, r in enumerate(self.rounds)}
        self.rounds_by_id = {r.id: r for r in self.rounds}
        numbers = {issue.id: n for n, issue in enumerate(self.issues)}
        self.history, issue_of_rowid = scan_positions(workspace, self.round_index, numbers, self.store)
        self.status_history: dict[str, Timeline] = defaultdict(Timeline)
        self.issue_of_status: dict[str, str] = {}  # kept for deleted statuses too: their evidence names them
        for status in workspace.statuses():
            self._index_status(status)
        self.search_index = SearchIndex(self.issues, issue_of_rowid, self.store, numbers)
        self.round_notes = RoundNotesIndex(self.rounds)
        self.passages = Passages(workspace, self.citations_by_status)  # for search, built when first needed
        self._rows_cache: dict[tuple, Comparison] = {}
        self._status_counts: list[tuple[Round, dict[str, int]]] | None = None  # until a status or issue changes
        self.evidence_by_status: dict[str, list] = defaultdict(list)
        for item in workspace.evidence():
            self.evidence_by_status[item.status_id].append(item)
        if detached:
            self.store.read_all()
            self.citations_by_position.read_all()
            self.figures_by_position.read_all()

    def _read_small_tables(self, workspace: Workspace) -> None:
        """The negotiation, parties, tracks, issues, people, outlets and report heads (at opening, and
        again when an edit changes one of them: ``follow``)."""
        self.negotiation = workspace.negotiation()
        self.parties = workspace.parties()
        self.tracks = workspace.tracks()
        self.issues = workspace.issues()
        self.people = {p.id: p for p in workspace.people()}
        self.outlets = {o.id: o for o in workspace.outlets()}
        self.reports = {r.id: r for r in workspace.report_heads()}  # without their text
        self.track_by_id = {t.id: t for t in self.tracks}
        self.ordered_issues = self._issues_in_track_order()

    def _index_citation(self, citation: Citation) -> None:
        citation.report_id, citation.passage = intern(citation.report_id), intern(citation.passage)  # often shared
        self.citations_by_status[citation.status_id].append(citation)

    def _index_status(self, status: IssueStatus) -> None:
        self.issue_of_status[status.id] = status.issue_id
        index = self.round_index.get(status.round_id)
        if index is not None:
            self.status_history[status.issue_id].add(index, status)

    # -- search -------------------------------------------------------
    def search(self, workspace: Workspace, query: str) -> SearchResult:
        """What ``Workspace.search`` finds, reading only the full-text indexes (see ``SearchIndex``).

        Report text is searched too (``search_index.with_reports``): a
        matching report brings in the positions and statuses whose cited
        passage of it holds the words. A round whose notes (or name, or
        place) match is found too: its id is in ``round_ids``, and the issues
        on which a position or status was recorded at that round are among
        the issues found.
        """
        found = self.search_index.search(workspace, query)
        match = fts_query(query)
        report_ids = frozenset(workspace.matching_report_ids(match)) if match else frozenset()
        if report_ids:
            found = with_reports(found, match, report_ids, self.passages.index(), self.search_index,
                                 self.issue_of_status)
        round_ids = self.round_notes.search(match)
        if not round_ids:
            return found
        indices = {self.round_index[r] for r in round_ids if r in self.round_index}
        issue_ids = set(found.issue_ids)
        issue_ids.update(issue_id for (issue_id, _), timeline in self.history.items()
                         if not indices.isdisjoint(timeline.indices))
        issue_ids.update(issue_id for issue_id, timeline in self.status_history.items()
                         if not indices.isdisjoint(timeline.indices))
        return SearchResult(issue_ids, found.position_ids, round_ids, found.report_ids)

    # -- history ------------------------------------------------------
    def value_history(self, issue_id: str, party_id: str) -> list[tuple[Round, Position]]:
        """Every position a party took on an issue, round by round."""
        return [(self.rounds[i], p) for i, p in self.history.get((issue_id, party_id), ())]

    def status_counts_by_round(self) -> list[tuple[Round, dict[str, int]]]:
        """Per round, how many issues stood agreed, narrowing, open, opposed, not discussed.

        Kept until a status or an issue changes (``follow``); see ``status_counts``.
        """
        if self._status_counts is None:
            self._status_counts = count_statuses(self.rounds, self.status_history)
        return [(round_, dict(counts)) for round_, counts in self._status_counts]

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
            if len(self._rows_cache) > 32:  # a comparison is 2,000 rows whose cells are made when shown
                self._rows_cache.clear()
            full = self._rows_cache[key] = self._compare(round_id, party_ids, since_round_id, None)
        if row_filter is None or row_filter.is_empty():
            return full
        ids = row_filter.issue_ids
        rest = row_filter.without(issue_ids=True)
        rows = [row for row in full.rows
                if (ids is None or row.issue.id in ids) and (rest.is_empty() or rest.keeps(row, row.cells))]
        return Comparison(full.negotiation, full.round, full.previous_round, full.parties, rows,
                          full.people, full.reports, full.outlets, full.citations, full.figures)

    def _round_indices(self, round_id: str | None, since_round_id: str | None) -> tuple[int, int]:
        """The shown round's index and the one changes are marked against."""
        if round_id is None and self.rounds:
            round_id = self.rounds[-1].id
        current = self.round_index.get(round_id, len(self.rounds) - 1)
        if since_round_id is not None and since_round_id in self.round_index:
            return current, self.round_index[since_round_id]
        return current, current - 1

    def _compare(
        self,
        round_id: str | None,
        party_ids: list[str] | None,
        since_round_id: str | None,
        row_filter: RowFilter | None,
    ) -> Comparison:
        current, before = self._round_indices(round_id, since_round_id)
        parties_by_id = {p.id: p for p in self.parties}
        wanted = party_ids if party_ids is not None else self.default_party_ids()
        parties = [parties_by_id[pid] for pid in wanted if pid in parties_by_id]
        rows = []
        issue_ids = row_filter.issue_ids if row_filter else None
        check_rows = row_filter if row_filter and not row_filter.without(issue_ids=True).is_empty() else None
        source = RowSource(self, parties, current, before)
        for issue in self.ordered_issues:
            if issue_ids is not None and issue.id not in issue_ids:
                continue
            row = self._row(issue, parties, current, before, source)
            if check_rows is None or check_rows.keeps(row, row.cells):
                rows.append(row)
        return Comparison(
            negotiation=self.negotiation,
            round=self.rounds[current] if 0 <= current < len(self.rounds) else None,
            previous_round=self.rounds[before] if 0 <= before < len(self.rounds) else None,
            parties=parties,
            rows=rows,
            people=self.people,
            reports=self.reports,
            outlets=self.outlets,
            citations=self.citations_by_position,
            figures=self.figures_by_position,
        )

    def _row(self, issue: Issue, parties: list[Party], current: int, before: int, source=None) -> Row:
        """One issue's row as it stood at round ``current``, changes marked against ``before``.

        Runs for every issue on every round switch: the status is looked up
        now, the cells when first asked for (``_cells``), and the changes
        list's moves from the timelines' integers (``_move_bits``).
        """
        issue_id = issue.id
        if source is None:
            source = RowSource(self, parties, current, before)
        statuses = self.status_history.get(issue_id)
        status_now = status_then = None
        now_index = -1
        if statuses is not None:
            n = bisect_right(statuses.indices, current) if current >= 0 else 0
            if n:
                status_now = statuses.items[n - 1]
                now_index = statuses.indices[n - 1]
            m = bisect_right(statuses.indices, before) if before >= 0 else 0
            status_then = statuses.items[m - 1] if m else None
        status_changed = status_now is not None and now_index > before and (
            status_then is None or status_key(status_then) != status_key(status_now))
        return Row(issue, self.track_by_id.get(issue.track_id), None, status_now,
                   self.rounds[now_index] if status_now is not None else None, status_changed, status_then,
                   source)

    def _cells(self, issue_id: str, parties: list[Party], current: int, before: int) -> list[Cell]:
        """One issue's cells at round ``current``, changes marked against ``before`` (no record read: ``Cell``)."""
        cells = []
        rounds = self.rounds
        history_get = self.history.get
        store = self.store
        for party in parties:
            timeline = history_get((issue_id, party.id))
            n = bisect_right(timeline.indices, current) if timeline is not None and current >= 0 else 0
            if not n:
                cells.append(Cell(party, store=store))
                continue
            n -= 1
            now_index = timeline.indices[n]
            m = bisect_right(timeline.indices, before) - 1 if before >= 0 else -1
            changed, moves = cell_change(timeline, n, m, now_index > before)
            cells.append(Cell(party, timeline.rowids[n], timeline.rowids[m] if m >= 0 else None, rounds[now_index],
                              changed, store, timeline.stated[n] == 1, moves))
        return cells

    def move_groups(self, comparison: Comparison) -> list[list[tuple]]:
        """Each row's ``moves.move_slots``, for a comparison this snapshot made, in one pass (``cell_changes``);
        kept with the comparison (an edit makes new comparisons: ``_patch_cached_rows``)."""
        if comparison.move_groups is not None:
            return comparison.move_groups
        current = self.round_index.get(comparison.round.id, -1) if comparison.round else -1
        before = self.round_index.get(comparison.previous_round.id, -1) if comparison.previous_round else current - 1
        comparison.move_groups = move_groups(self.history, comparison, current, before)
        return comparison.move_groups

    def _move_bits(self, issue_id: str, parties: list[Party], current: int, before: int) -> list[int]:
        return move_bits(self.history, issue_id, parties, current, before)


class RowSource:
    """Where a comparison's rows get their cells and move bits when asked (``Row``): one per comparison."""

    __slots__ = ("snapshot", "parties", "current", "before")

    def __init__(self, snapshot: Snapshot, parties: list[Party], current: int, before: int):
        self.snapshot, self.parties, self.current, self.before = snapshot, parties, current, before

    def cells(self, issue_id: str) -> list[Cell]:
        return self.snapshot._cells(issue_id, self.parties, self.current, self.before)

    def move_bits(self, issue_id: str) -> list[int]:
        return self.snapshot._move_bits(issue_id, self.parties, self.current, self.before)
