"""Full-text search that stays in integers until the end.

The window asks "which issues and positions match?" on every keystroke
pause; on 240,000 positions a broad prefix matches tens of thousands of
rows. Reading only rowids from the FTS index and mapping them through a flat
list to issue numbers is several times faster than joining each hit back to
the positions table and building sets of UUID strings.
"""

from __future__ import annotations

from core.domain.records import Issue
from core.store.workspace import SearchResult, Workspace, fts_query


class PositionHits:
    """The positions a search matched, held as rowids; ``position_id in hits`` works as for a set."""

    __slots__ = ("rowids", "rowid_of")

    def __init__(self, rowids: set[int], rowid_of: dict[str, int]):
        self.rowids = rowids
        self.rowid_of = rowid_of

    def __contains__(self, position_id) -> bool:
        return self.rowid_of.get(position_id) in self.rowids

    def __len__(self) -> int:
        return len(self.rowids)

    def __bool__(self) -> bool:
        return bool(self.rowids)


class SearchIndex:
    """Position rowids of one snapshot: ``rowid_of`` maps a position id to its rowid,
    ``issue_of_rowid[rowid]`` gives its issue as a small number (-1 for none)."""

    def __init__(self, workspace: Workspace, issues: list[Issue]):
        rows = workspace.db.execute("SELECT rowid, id, issue_id FROM positions").fetchall()
        self.rowid_of = {position_id: rowid for rowid, position_id, _ in rows}
        numbers = {issue.id: n for n, issue in enumerate(issues)}
        self.issue_by_number = [issue.id for issue in issues]
        size = max((rowid for rowid, _, _ in rows), default=0) + 1
        self.issue_of_rowid = [-1] * size
        for rowid, _, issue_id in rows:
            self.issue_of_rowid[rowid] = numbers.get(issue_id, -1)

    def update(self, workspace: Workspace, position_ids) -> None:
        """Follow an edit to ``position_ids`` (added, changed or deleted) without reading every position.

        The full-text index itself is kept by the store's triggers; only the
        rowid -> issue mapping is ours, and a deleted position's rowid is
        simply never returned by the FTS index again.
        """
        ids = list(position_ids)
        if not ids:
            return
        numbers = {issue_id: n for n, issue_id in enumerate(self.issue_by_number)}
        rows = []
        for start in range(0, len(ids), 500):  # a merge may touch thousands; SQLite caps the parameters
            chunk = ids[start:start + 500]
            rows += workspace.db.execute(
                f"SELECT rowid, id, issue_id FROM positions WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall()
        for position_id in set(ids) - {position_id for _, position_id, _ in rows}:
            self.rowid_of.pop(position_id, None)  # deleted: its rowid may be reused by the next insert
        for rowid, position_id, issue_id in rows:
            self.rowid_of[position_id] = rowid
            if rowid >= len(self.issue_of_rowid):
                self.issue_of_rowid.extend([-1] * (rowid + 1 - len(self.issue_of_rowid)))
            self.issue_of_rowid[rowid] = numbers.get(issue_id, -1)

    def search(self, workspace: Workspace, query: str) -> SearchResult:
        match = fts_query(query)
        if not match:
            return SearchResult(set(), set())
        hits = [r for (r,) in workspace.db.execute(
            "SELECT rowid FROM positions_fts WHERE positions_fts MATCH :q", {"q": match}).fetchall()]
        lookup = self.issue_of_rowid
        numbers = set(map(lookup.__getitem__, (r for r in hits if r < len(lookup))))
        numbers.discard(-1)
        issue_ids = {self.issue_by_number[n] for n in numbers}
        issue_ids.update(workspace.search_other_issue_ids(match))
        return SearchResult(issue_ids, PositionHits(set(hits), self.rowid_of))
