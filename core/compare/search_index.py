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
