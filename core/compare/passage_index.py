"""Which cited passages hold a search's words: a full-text index of the passages themselves.

A search that matches a report's text brings in the positions and statuses
whose cited passage of that report holds the words (the seed's one report is
cited by every position: without this, any word of it would match every
issue). The passages were checked one by one with a regular expression that
imitated FTS5, some 7,000 per search on a large workspace (over 100 ms);
an in-memory FTS5 table of the distinct (report, passage) pairs with the
store's own tokenizer answers the same question in a millisecond, and with
exactly the store's rules for words, prefixes and phrases.

Built at the first search that matches a report, and dropped by the
snapshot when a citation, or a position (rowids), is added or removed.
"""

from __future__ import annotations

import sqlite3
import threading

from core.store.schema import FTS_TOKENIZER
from core.store.workspace import Workspace, second_reader


class PassageIndex:
    """Distinct (report, passage) pairs, full-text indexed, each with the rowids of the positions
    and the ids of the statuses citing it."""

    def __init__(self, citations):
        """``citations``: (report id, passage, position rowid or None, status id or None) rows."""
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute(f"CREATE VIRTUAL TABLE passages USING fts5(passage, tokenize='{FTS_TOKENIZER}')")
        numbers: dict[tuple[str, str], int] = {}
        self.report_of: list[str] = []
        self.owners: list[tuple[set[int], set[str]]] = []
        for report_id, passage, rowid, status_id in citations:
            number = numbers.get((report_id, passage))
            if number is None:
                number = numbers[(report_id, passage)] = len(self.owners)
                self.report_of.append(report_id)
                self.owners.append((set(), set()))
            if rowid is not None:
                self.owners[number][0].add(rowid)
            if status_id is not None:
                self.owners[number][1].add(status_id)
        self.db.executemany("INSERT INTO passages (rowid, passage) VALUES (?, ?)",
                            ((number, passage) for (_, passage), number in numbers.items()))

    def citing(self, match: str, report_ids: frozenset[str]) -> tuple[set[int], set[str]]:
        """(position rowids, status ids) citing a passage of one of ``report_ids`` that matches ``match``."""
        rowids: set[int] = set()
        status_ids: set[str] = set()
        try:
            found = [number for (number,) in self.db.execute("SELECT rowid FROM passages WHERE passages MATCH ?",
                                                             [match])]
        except sqlite3.OperationalError:  # fts_query quotes every term; be safe all the same
            return rowids, status_ids
        for number in found:
            if self.report_of[number] in report_ids:
                positions, statuses = self.owners[number]
                rowids |= positions
                status_ids |= statuses
        return rowids, status_ids


class Passages:
    """A snapshot's passage index: built when a search first needs it, or ahead of time in a
    thread of its own (``build_in_background``), and dropped by an edit that makes it stale."""

    def __init__(self, workspace: Workspace, citations_by_status: dict):
        self.workspace = workspace
        self.citations_by_status = citations_by_status
        self._index: PassageIndex | None = None
        self._generation = 0  # counts the edits that made an index stale
        self._builder: threading.Thread | None = None

    def index(self) -> PassageIndex:
        if self._index is None and self._builder is not None:
            self._builder.join()  # being built already
        if self._index is None:
            self._index = self._build(self.workspace)
        return self._index

    def drop(self) -> None:
        self._index = None
        self._generation += 1

    def build_in_background(self) -> None:
        """Build the index with a connection of its own (half a second on a large workspace), so
        the first search that matches a report does not wait for it. An edit to citations or
        positions meanwhile makes the result stale: it is dropped, and a search builds it."""
        if self._index is not None or (self._builder is not None and self._builder.is_alive()):
            return
        generation = self._generation

        def build() -> None:
            try:
                reader = second_reader(self.workspace)
                try:
                    index = self._build(reader)
                finally:
                    reader.close()
            except Exception:  # noqa: BLE001 (a failure here only means the search builds it itself)
                return
            if self._generation == generation and self._index is None:
                self._index = index

        self._builder = threading.Thread(target=build, name="passage-index", daemon=True)
        self._builder.start()

    def _build(self, workspace: Workspace) -> PassageIndex:
        """Positions as rowids (a search adds them to its hits with integer set operations)."""
        statuses = [(c.report_id, c.passage, None, owner) for owner, citations in list(self.citations_by_status.items())
                    for c in citations]
        rows = workspace.db.execute(
            "SELECT c.report_id, c.passage, p.rowid, NULL FROM citations c JOIN positions p ON p.id = c.position_id"
        ).fetchall()
        return PassageIndex(rows + statuses)
