"""What a comparison is made of: cells, issue rows, the comparison, and the filter over rows.

Kept apart from ``Snapshot`` (which builds and patches them) so that each
module stays small; ``core.compare.comparison`` re-exports them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from core.domain.labels import format_gap, format_value, labelled_figure_text
from core.compare.citations import CitationSummary, summarize
from core.domain.records import (STATUSES, Citation, Figure, Issue, IssueStatus, Negotiation, Outlet, Party, Person, Position,
                                 Report, Round, Track)


STANCE_MOVED, FIGURE_MOVED = 1, 2  # a changed cell's ``moves`` bits: what a reader sees move


class Cell:
    """One party's position on one issue, as it stood at the chosen round.

    It holds the rowids of the position and of the one it is compared with,
    and reads them from the snapshot's store when asked (``position``,
    ``previous``): a round switch builds 8,000 cells on a large workspace,
    and a window paints a hundred. ``stated`` and ``moves`` (STANCE_MOVED,
    FIGURE_MOVED) come from the timeline's hashes, so filters and the
    changes list need no record.
    """

    __slots__ = ("party", "rowid", "previous_rowid", "reported_round", "changed", "stated", "moves", "store")

    def __init__(self, party: Party, rowid: int | None = None, previous_rowid: int | None = None,
                 reported_round: Round | None = None, changed: bool = False, store=None,
                 stated: bool = False, moves: int = 0):
        self.party = party
        self.rowid = rowid
        self.previous_rowid = previous_rowid
        self.reported_round = reported_round
        self.changed = changed
        self.stated = stated
        self.moves = moves
        self.store = store

    @property
    def position(self) -> Position | None:
        return self.store.get(self.rowid) if self.rowid is not None else None

    @property
    def previous(self) -> Position | None:
        return self.store.get(self.previous_rowid) if self.previous_rowid is not None else None

    @property
    def state(self) -> str:
        """'stated', 'not_stated' (explicitly no position) or 'none' (no record)."""
        if self.rowid is None:
            return "none"
        return "stated" if self.stated else "not_stated"

    @property
    def value_text(self) -> str:
        return format_value(self.position)

    def __repr__(self) -> str:
        return f"Cell({self.party.name!r}, rowid={self.rowid}, previous={self.previous_rowid}, changed={self.changed})"


class Row:
    """One issue's row: its status as it stood, and one cell per shown party.

    The cells are made when first asked for (``source.cells(issue_id)``): a
    round switch makes 2,000 rows on a large workspace, the window paints
    twenty of them, and the changes list learns what moved from
    ``source.move_bits(issue_id)`` without them. One source serves all the
    rows of a comparison (a callable per row was 4,000 more objects per
    switch for the garbage collector to walk).
    """

    __slots__ = ("issue", "track", "_cells", "status", "status_round", "status_changed", "previous_status",
                 "_source")

    def __init__(self, issue: Issue, track: Track | None, cells: list[Cell] | None, status: IssueStatus | None,
                 status_round: Round | None, status_changed: bool, previous_status: IssueStatus | None = None,
                 source=None):
        self.issue = issue
        self.track = track
        self._cells = cells
        self.status = status
        self.status_round = status_round
        self.status_changed = status_changed
        self.previous_status = previous_status
        self._source = source

    @property
    def cells(self) -> list[Cell]:
        if self._cells is None:
            self._cells = self._source.cells(self.issue.id)
        return self._cells

    def move_bits(self) -> list[int]:
        """Each shown party's ``Cell.moves`` bits, without making the cells if they are not made yet."""
        if self._cells is not None or self._source is None:
            return [cell.moves for cell in self.cells]
        return self._source.move_bits(self.issue.id)

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
    reports: dict[str, Report] = field(default_factory=dict)  # without their text
    outlets: dict[str, Outlet] = field(default_factory=dict)
    citations: dict[str, list[Citation]] = field(default_factory=dict)  # by position id
    figures: dict[str, list[Figure]] = field(default_factory=dict)  # further labelled figures, by position id
    move_groups: list | None = field(default=None, compare=False, repr=False)  # Snapshot.move_groups, once asked

    def further_figures(self, position: Position | None) -> list[str]:
        """'age limit: under 25' for each further figure of a position, in order."""
        if position is None or not position.stated:
            return []
        return [labelled_figure_text(f) for f in sorted(self.figures.get(position.id, ()), key=lambda f: f.sort_order)]

    def citations_of(self, position: Position | None) -> list[Citation]:
        return list(self.citations.get(position.id, ())) if position is not None else []

    def citation_summary(self, position: Position | None):
        """'3 reports · B2' and whether they disagree, for one cell (``compare.citations``)."""
        found = self.citations_of(position)
        if position is None or not found:
            return CitationSummary(0, "", False)
        return summarize(position, found, self.reports, self.outlets)

    def load_positions(self) -> None:
        """Read every cell's position and the one it is compared with in a few queries, not one
        per cell: for a sheet or an export, which go through every row."""
        store = next((cell.store for row in self.rows for cell in row.cells if cell.store is not None), None)
        if store is not None:
            store.load(rowid for row in self.rows for cell in row.cells
                       for rowid in (cell.rowid, cell.previous_rowid))

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
