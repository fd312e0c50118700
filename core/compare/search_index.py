"""Full-text search: what a user types made safe for FTS5, and an index that stays in integers until the end.

The window asks "which issues and positions match?" on every keystroke
pause; on 240,000 positions a broad prefix matches tens of thousands of
rows. Reading only rowids from the FTS index and mapping them through a flat
list to issue numbers is several times faster than joining each hit back to
the positions table and building sets of UUID strings.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from core.domain.records import Issue, Round
from core.store.schema import FTS_TOKENIZER
from core.store.workspace import Workspace


@dataclass(frozen=True)
class SearchResult:
    """What a search found. ``report_ids``: reports whose title or text match; the
    positions citing them are in ``position_ids`` and their issues in ``issue_ids``."""

    issue_ids: set[str]
    position_ids: set[str]
    round_ids: frozenset[str] = field(default_factory=frozenset)  # rounds whose notes, name or place match
    report_ids: frozenset[str] = frozenset()


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query.

    Every word becomes a quoted string (so ``AND``, ``OR``, ``NEAR`` and
    brackets are plain words); a word ending in ``*`` becomes a prefix query;
    "double-quoted text" stays one phrase. All terms must match.
    """
    terms: list[str] = []
    parts = text.split('"')
    for index, part in enumerate(parts):
        inside_quotes = index % 2 == 1
        if inside_quotes and part.strip():
            terms.append('"' + part.strip().replace('"', "") + '"')
            continue
        for word in part.split():
            prefix = word.endswith("*")
            word = word.rstrip("*")
            if not any(ch.isalnum() for ch in word):
                continue
            terms.append('"' + word + '"' + ("*" if prefix else ""))
    return " ".join(terms)


class PositionHits:
    """The positions a search matched, held as rowids.

    ``x in hits`` takes a rowid (what a comparison's cells hold) or a
    position id (looked up in the store), as a set of either would.
    """

    __slots__ = ("rowids", "store")

    def __init__(self, rowids: set[int], store):
        self.rowids = rowids
        self.store = store

    def __contains__(self, position) -> bool:
        if isinstance(position, int):
            return position in self.rowids
        if not self.rowids or not isinstance(position, str):
            return False
        return self.store.rowid_of(position) in self.rowids

    def __len__(self) -> int:
        return len(self.rowids)

    def __bool__(self) -> bool:
        return bool(self.rowids)


class SearchIndex:
    """Which issue each position rowid belongs to, as a small number: the full-text index
    answers with rowids, and mapping them through a flat array stays in integers.

    ``issue_of_rowid`` comes from the snapshot's one pass over the positions
    (``position_timeline.scan_positions``) and follows edits (``set_issue``).
    Issue numbers are handed out once and never reused, so adding, renaming
    or deleting an issue re-reads nothing.
    """

    def __init__(self, issues: list[Issue], issue_of_rowid, store, numbers: dict[str, int] | None = None):
        self.number_of = dict(numbers) if numbers is not None else {issue.id: n for n, issue in enumerate(issues)}
        self.issue_by_number = [""] * (max(self.number_of.values(), default=-1) + 1)
        for issue_id, n in self.number_of.items():
            self.issue_by_number[n] = issue_id
        self.issue_of_rowid = issue_of_rowid
        self.store = store

    def number(self, issue_id: str) -> int:
        """The issue's small number (a new issue gets the next one)."""
        found = self.number_of.get(issue_id)
        if found is None:
            found = self.number_of[issue_id] = len(self.issue_by_number)
            self.issue_by_number.append(issue_id)
        return found

    def set_issue(self, rowid: int, issue_id: str | None) -> None:
        """Position ``rowid`` now belongs to ``issue_id`` (None: it was deleted)."""
        number = -1 if issue_id is None else self.number(issue_id)
        lookup = self.issue_of_rowid
        if isinstance(lookup, dict):
            lookup[rowid] = number
            return
        if rowid >= len(lookup):
            if rowid > 2 * len(lookup) + 4096:  # a far-off rowid: a dict, not an array that long
                self.issue_of_rowid = {n: v for n, v in enumerate(lookup) if v != -1}
                self.issue_of_rowid[rowid] = number
                return
            lookup.extend([-1] * (rowid + 1 - len(lookup)))
        lookup[rowid] = number

    def search(self, workspace: Workspace, query: str) -> SearchResult:
        match = fts_query(query)
        if not match:
            return SearchResult(set(), set())
        hits = set(workspace.matching_position_rowids(match))
        issue_ids = self.issue_ids_of(hits)
        issue_ids.update(workspace.search_other_issue_ids(match))
        return SearchResult(issue_ids, PositionHits(hits, self.store))

    def issue_ids_of(self, rowids: set[int]) -> set[str]:
        """The issues of the positions with these rowids (unknown rowids are skipped)."""
        lookup = self.issue_of_rowid
        if not isinstance(lookup, dict):
            if rowids and max(rowids) < len(lookup):  # the usual case: map in C
                numbers = set(map(lookup.__getitem__, rowids))
            else:
                numbers = {lookup[r] for r in rowids if r < len(lookup)}
        else:
            numbers = {lookup.get(r, -1) for r in rowids}
        numbers.discard(-1)
        return {self.issue_by_number[n] for n in numbers}


class RoundNotesIndex:
    """Full-text search over the rounds' names, places and notes ("miracles" is in Round 3's notes).

    The workspace has no full-text index of rounds (its schema belongs to
    the store), and there are only a handful of rounds, so they are indexed
    here in a private in-memory FTS5 table with the store's own tokenizer:
    a query finds the same words, prefixes and phrases as it does in
    positions. Rebuilt with the snapshot whenever rounds change.
    """

    def __init__(self, rounds: list[Round]):
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute(f"CREATE VIRTUAL TABLE rounds_fts USING fts5(id UNINDEXED, name, place, notes, "
                        f"duration_note, tokenize='{FTS_TOKENIZER}')")
        self.db.executemany("INSERT INTO rounds_fts VALUES (?, ?, ?, ?, ?)",
                            [(r.id, r.name, r.place, r.notes, r.duration_note) for r in rounds])

    def search(self, match: str) -> frozenset[str]:
        """The ids of the rounds matching an FTS5 ``match`` (from ``fts_query``)."""
        if not match:
            return frozenset()
        try:
            return frozenset(r for (r,) in self.db.execute(
                "SELECT id FROM rounds_fts WHERE rounds_fts MATCH ?", [match]))
        except sqlite3.OperationalError:  # fts_query quotes every term; be safe all the same
            return frozenset()


def with_reports(found: SearchResult, match: str, report_ids: frozenset[str], passages, index: SearchIndex,
                 issue_of_status) -> SearchResult:
    """``found`` and what the matching reports add: the positions (and statuses) whose cited
    passage of one of them holds the words (``passage_index.PassageIndex``), with their issues;
    only the positions the full-text index did not already find are mapped to issues.
    """
    citing, statuses = passages.citing(match, report_ids)
    hits = found.position_ids
    added = citing - hits.rowids
    issue_ids = set(found.issue_ids)
    issue_ids |= index.issue_ids_of(added)
    issue_ids.update(issue_of_status[s] for s in statuses if s in issue_of_status)
    return SearchResult(issue_ids, PositionHits(hits.rowids | added, hits.store), found.round_ids, report_ids)
