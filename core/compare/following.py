"""How a snapshot keeps up with an edit: it patches what the edit touched, not the whole workspace.

A mixin of ``comparison.Snapshot``, kept apart so that each module stays
one idea: reading a workspace and comparing rounds there, following edits
here. Positions are followed by re-reading the timelines of the (issue,
party) pairs an edit touched (``_follow_positions``); statuses, evidence,
citations and figures by re-reading their owners' records; cached
comparisons by rebuilding only the touched issues' rows.
"""

from __future__ import annotations

from collections import ChainMap

from core.compare.position_timeline import SCAN_COLUMNS, PositionTimeline
from core.compare.rows import Comparison
from core.domain.records import Citation, Evidence, IssueStatus
from core.edits.changes import ChangeSet
from core.store.workspace import Workspace


class FollowingEdits:
    """``Snapshot.follow`` and what it needs (see the module docstring)."""

    def follow(self, workspace: Workspace, changes: ChangeSet):
        """The snapshot after ``changes`` (applied or reverted) reached the store.

        Positions, statuses and evidence are patched in place, and so are the
        cached comparisons' rows of the issues they belong to, so an edit in a
        large workspace costs little; a change to the rounds re-reads
        everything, since it moves every position's place in history.
        """
        if "rounds" in changes.tables():
            return type(self)(workspace)
        ids = changes.row_ids()
        touched = self.touched_issue_ids(changes)
        if "issue_status" in ids or "issues" in ids:
            self._status_counts = None
        small = {"negotiation", "parties", "tracks", "issues", "people", "outlets", "reports"}
        if small & set(ids):
            self._rows_cache.clear()
            self._read_small_tables(workspace)
        self._follow_positions(workspace, changes)
        if any(c.table == "positions" and (c.before is None or c.after is None) for c in changes.changes):
            self.passages.drop()  # the passage index holds positions by rowid
        for record_id in ids.get("issue_status", ()):
            old_issue = self.issue_of_status.get(record_id)
            if old_issue in self.status_history:
                self.status_history[old_issue].remove(record_id)
            fresh = workspace.get(IssueStatus, record_id)
            if fresh is not None:
                self._index_status(fresh)
        if "evidence" in ids:
            self._follow_evidence(workspace, changes)
        if "citations" in ids or "figures" in ids:
            self._follow_citations_and_figures(workspace, changes)
            self.passages.drop()
        self._patch_cached_rows(touched)
        return self

    def touched_issue_ids(self, changes: ChangeSet) -> set[str]:
        """The issues whose comparison row a change to positions, statuses or evidence alters."""
        found: set[str] = set()
        status_issue = ChainMap({}, self.issue_of_status)  # the edit's statuses over the known ones, no copy
        position_rows = {row["id"]: row for change in changes.changes if change.table == "positions"
                         for row in (change.before, change.after) if row is not None}  # deleted ones too
        for change in changes.changes:
            for row in (change.before, change.after):
                if row is None:
                    continue
                if change.table in ("positions", "issue_status"):
                    found.add(row["issue_id"])
                elif change.table in ("citations", "figures") and row.get("position_id"):
                    owner = self.positions_by_id.get(row["position_id"]) or position_rows.get(row["position_id"])
                    if owner is not None:
                        found.add(owner["issue_id"] if isinstance(owner, dict) else owner.issue_id)
                if change.table == "issue_status":
                    status_issue[row["id"]] = row["issue_id"]
        for change in changes.changes:
            if change.table in ("evidence", "citations"):
                for row in (change.before, change.after):
                    if row is not None and row.get("status_id") in status_issue:
                        found.add(status_issue[row["status_id"]])
        return found

    def _follow_evidence(self, workspace: Workspace, changes: ChangeSet) -> None:
        """Re-read the evidence of the statuses whose evidence changed (in the store's order)."""
        status_ids = {row["status_id"] for c in changes.changes if c.table == "evidence"
                      for row in (c.before, c.after) if row is not None}
        for status_id in status_ids:
            fresh = workspace.all(Evidence, "status_id = ?", [status_id])
            if fresh:
                self.evidence_by_status[status_id] = fresh
            else:
                self.evidence_by_status.pop(status_id, None)

    def _follow_citations_and_figures(self, workspace: Workspace, changes: ChangeSet) -> None:
        """Re-read the citations and figures of the positions and statuses they belong to."""
        owners = {(c.table, column, row[column]) for c in changes.changes if c.table in ("citations", "figures")
                  for row in (c.before, c.after) if row is not None
                  for column in ("position_id", "status_id") if row.get(column)}
        for table, column, owner in owners:
            if table == "figures":
                self.figures_by_position.forget([owner])
                continue
            if column == "position_id":
                self.citations_by_position.forget([owner])
            else:
                self.citations_by_status[owner] = workspace.all(Citation, f"{column} = ?", [owner])

    def _patch_cached_rows(self, issue_ids: set[str]) -> None:
        """Rebuild only ``issue_ids``' rows in each cached comparison, in new Comparison objects."""
        if not issue_ids:
            return
        rank = {issue.id: n for n, issue in enumerate(self.ordered_issues)}
        for key, full in list(self._rows_cache.items()):
            current, before = self._round_indices(key[0], key[2])
            rows = list(full.rows)
            for issue_id in issue_ids:
                n = rank.get(issue_id)
                if n is None or n >= len(rows) or rows[n].issue.id != issue_id:
                    del self._rows_cache[key]  # not laid out as expected: build it afresh when asked
                    break
                rows[n] = self._row(rows[n].issue, full.parties, current, before)
            else:
                self._rows_cache[key] = Comparison(full.negotiation, full.round, full.previous_round,
                                                   full.parties, rows, full.people, full.reports,
                                                   full.outlets, full.citations, full.figures)

    def _follow_positions(self, workspace: Workspace, changes: ChangeSet) -> None:
        """Read again the timelines of the (issue, party) pairs whose positions changed.

        A timeline holds rowids, and a deleted position's rowid is not in the
        change set: so each touched pair's few rows are read afresh (an
        indexed query), the store forgets their old and new records, and the
        search index learns which rowids went where.
        """
        pairs = {(row["issue_id"], row["party_id"]) for change in changes.changes if change.table == "positions"
                 for row in (change.before, change.after) if row is not None}
        for issue_id, party_id in pairs:
            old = self.history.pop((issue_id, party_id), None)
            gone = set(old.rowids) if old is not None else set()
            fresh = PositionTimeline(self.store)
            for row in workspace.db.execute(f"SELECT {SCAN_COLUMNS} FROM positions WHERE issue_id = ? AND party_id = ?",
                                            [issue_id, party_id]):
                rowid, round_id = row[0], row[3]
                gone.discard(rowid)
                self.store.forget([rowid])
                self.search_index.set_issue(rowid, issue_id)
                if round_id in self.round_index:
                    fresh.add(self.round_index[round_id], rowid, row[4:])
            for rowid in gone:
                self.store.forget([rowid])
                self.search_index.set_issue(rowid, None)
            if len(fresh):
                self.history[(issue_id, party_id)] = fresh
