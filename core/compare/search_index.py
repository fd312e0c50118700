"""Full-text search: what a user types made safe for FTS5, and an index that stays in integers until the end.

The window asks "which issues and positions match?" on every keystroke
pause; on 240,000 positions a broad prefix matches tens of thousands of
rows. Reading only rowids from the FTS index and mapping them through a flat
list to issue numbers is several times faster than joining each hit back to
the positions table and building sets of UUID strings.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

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


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold(text: str) -> str:
    """Case and accents folded, as the index's ``unicode61 remove_diacritics 2`` tokenizer does, near enough."""
    if text.isascii():
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@lru_cache(maxsize=16)
def _term_patterns(query: str) -> tuple[re.Pattern, ...]:
    """One pattern per term of the query, over folded text (parsed once per query).

    A term's words must follow each other with only non-word characters
    between them, start at a word boundary, and end at one unless the term
    is a prefix (``word*``, or a phrase whose last word is a prefix, as in FTS5).
    """
    patterns = []
    for phrase, star in re.findall(r'"([^"]*)"(\*?)', fts_query(query)):
        words = re.findall(r"\w+", _fold(phrase))
        if words:
            end = "" if star else r"(?!\w)"
            patterns.append(re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + end))
    return tuple(patterns)


def passage_matches(passage: str, query: str) -> bool:
    """Whether a cited passage holds every term of ``query`` (words, "phrases", prefix*), as FTS5 would.

    A report's whole text is searched by its index; this decides which of the
    positions citing a matching report the match is about: those whose own
    passage holds the words. (The seed's one report is cited by every
    position; without this, any word of it would match every issue.)
    """
    patterns = _term_patterns(query)
    if not patterns:
        return False
    folded = _fold(passage)
    return all(pattern.search(folded) for pattern in patterns)


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

    def __init__(self, workspace: Workspace, issues: list[Issue], positions_by_id: dict | None = None):
        rows = workspace.position_keys()
        # Keyed by the loaded positions' own id strings where there are some (240,000 fewer copies).
        known = positions_by_id or {}
        self.rowid_of = {(known[position_id].id if position_id in known else position_id): rowid
                         for rowid, position_id, _ in rows}
        numbers = {issue.id: n for n, issue in enumerate(issues)}
        self.issue_by_number = [issue.id for issue in issues]
        size = max((rowid for rowid, _, _ in rows), default=0) + 1
        # A flat list when rowids are dense, as SQLite makes them; a dict when they are not (a
        # received file may put one row at rowid 3,000,000,000, and a list that long fills memory).
        self.issue_of_rowid: list[int] | dict[int, int] = [-1] * size if size <= 2 * len(rows) + 4096 else {}
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
        rows = workspace.position_keys(ids)
        for position_id in set(ids) - {position_id for _, position_id, _ in rows}:
            self.rowid_of.pop(position_id, None)  # deleted: its rowid may be reused by the next insert
        for rowid, position_id, issue_id in rows:
            self.rowid_of[position_id] = rowid
            lookup = self.issue_of_rowid
            if isinstance(lookup, list) and rowid >= len(lookup):
                if rowid > 2 * len(self.rowid_of) + 4096:
                    self.issue_of_rowid = lookup = {n: number for n, number in enumerate(lookup) if number != -1}
                else:
                    lookup.extend([-1] * (rowid + 1 - len(lookup)))
            lookup[rowid] = numbers.get(issue_id, -1)

    def search(self, workspace: Workspace, query: str) -> SearchResult:
        match = fts_query(query)
        if not match:
            return SearchResult(set(), set())
        hits = set(workspace.matching_position_rowids(match))
        issue_ids = self.issue_ids_of(hits)
        issue_ids.update(workspace.search_other_issue_ids(match))
        return SearchResult(issue_ids, PositionHits(hits, self.rowid_of))

    def issue_ids_of(self, rowids: set[int]) -> set[str]:
        """The issues of the positions with these rowids (unknown rowids are skipped)."""
        lookup = self.issue_of_rowid
        if isinstance(lookup, list):
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


def with_reports(found: SearchResult, query: str, report_ids: frozenset[str], citations_by_report,
                 index: SearchIndex, issue_of_status) -> SearchResult:
    """``found`` and what the matching reports add: the positions (and statuses) whose cited
    passage of one of them holds the words, with their issues (``passage_matches``).

    ``citations_by_report`` maps a report id to its cited passages and each
    passage to the rowids of the positions and the ids of the statuses citing
    it, so each distinct passage is checked once (many citations quote the
    same sentence), its owners are gathered a set at a time, and only the
    positions the full-text index did not already find are mapped to issues.
    """
    checked: dict[str, bool] = {}
    citing: set[int] = set()
    statuses: set[str] = set()
    for report_id in report_ids:
        for passage, (rowids, status_ids) in citations_by_report.get(report_id, {}).items():
            holds = checked.get(passage)
            if holds is None:
                holds = checked[passage] = passage_matches(passage, query)
            if holds:
                citing |= rowids
                statuses |= status_ids
    hits = found.position_ids
    added = citing - hits.rowids
    issue_ids = set(found.issue_ids)
    issue_ids |= index.issue_ids_of(added)
    issue_ids.update(issue_of_status[s] for s in statuses if s in issue_of_status)
    return SearchResult(issue_ids, PositionHits(hits.rowids | added, hits.rowid_of), found.round_ids, report_ids)
