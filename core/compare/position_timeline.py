"""One issue's positions for one party in round order, held as integers.

A round switch asks, for every cell, which position stood at the round,
whether it changed since the round compared against, and what a reader
would see move (the stance, the figure). ``PositionTimeline`` answers all of
that from small integers per position: its round's index, its rowid, and
hashes of what it says. The record itself is read from the store
(``position_store``) only when a cell is shown.

The hashes stand for keys, not texts, and equal keys give equal texts:
- ``content``: the fields whose difference is a change of position
  (``timeline.POSITION_CONTENT``; the table's change tags);
- ``stance``: the stance as shown (``labels.stance_text``: the text, or
  "No stated position");
- ``figure``: the figure as ``labels.format_value`` words it, reduced to
  what it reads (no figure, a date, an unspecified figure, a range).
"""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_right
from collections.abc import Iterator

NOT_STATED = ("not stated",)  # the stance key of a position without one (it reads "No stated position")
NO_FIGURE_KEY = hash(None)


def stance_hash(stated, stance) -> int:
    return hash(stance if stated else NOT_STATED)


def figure_hash(stated, low, high, unit, qualifier, on_date) -> int:
    """What ``format_value`` reads, reduced so that equal hashes read the same (``figure_text``)."""
    if not stated:
        return NO_FIGURE_KEY
    if qualifier == "unspecified":
        return hash(("unspecified",))
    if on_date:
        return hash(("date", on_date, qualifier))
    if low is None and high is None:
        return NO_FIGURE_KEY
    low, high = (low if low is not None else high), (high if high is not None else low)
    return hash((float(low), float(high), unit, qualifier))


def content_hash(stated, stance, low, high, unit, qualifier, on_date) -> int:
    """The content key's hash (the scan hashes its row's last seven columns, the same tuple)."""
    return hash((stated, stance, low, high, unit, qualifier, on_date))


# The columns a scan reads, in the order the hashes above take them.
SCAN_COLUMNS = "rowid, issue_id, party_id, round_id, stated, stance, value_low, value_high, value_unit, " \
               "value_qualifier, value_date"


class PositionTimeline:
    """A party's positions on an issue in round order: rowids and hashes, records read when asked."""

    __slots__ = ("indices", "rowids", "content", "stance", "figure", "stated", "store")

    def __init__(self, store):
        self.store = store
        self.indices: list[int] = []
        self.rowids = array("q")
        self.content = array("q")
        self.stance = array("q")
        self.figure = array("q")
        self.stated = bytearray()

    def add(self, index: int, rowid: int, row: tuple) -> None:
        """Add the position ``rowid`` at round ``index``; ``row``: stated, stance and figure columns."""
        stated, stance, low, high, unit, qualifier, on_date = row
        at = bisect_right(self.indices, index)
        self.indices.insert(at, index)
        self.rowids.insert(at, rowid)
        self.content.insert(at, content_hash(stated, stance, low, high, unit, qualifier, on_date))
        self.stance.insert(at, stance_hash(stated, stance))
        self.figure.insert(at, figure_hash(stated, low, high, unit, qualifier, on_date))
        self.stated.insert(at, 1 if stated else 0)

    def append(self, index: int, rowid: int, content: int, stance: int, figure: int, stated: bool) -> None:
        """Add a position known to come after every one here (a scan in round order)."""
        self.indices.append(index)
        self.rowids.append(rowid)
        self.content.append(content)
        self.stance.append(stance)
        self.figure.append(figure)
        self.stated.append(1 if stated else 0)

    def remove_rowid(self, rowid: int) -> None:
        for n, known in enumerate(self.rowids):
            if known == rowid:
                self._drop(n)
                return

    def remove_at_round(self, index: int) -> int | None:
        """Drop the position at round ``index`` (one per round at most); its rowid, or None."""
        n = bisect_right(self.indices, index)
        if n and self.indices[n - 1] == index:
            rowid = self.rowids[n - 1]
            self._drop(n - 1)
            return rowid
        return None

    def _drop(self, n: int) -> None:
        del self.indices[n], self.rowids[n], self.content[n], self.stance[n], self.figure[n], self.stated[n]

    @property
    def items(self) -> list:
        """The position records in round order (read from the store)."""
        return self.store.many(list(self.rowids))

    def at(self, index: int):
        """The latest (round index, position) at or before round ``index``."""
        if index < 0:
            return None
        n = bisect_right(self.indices, index)
        return (self.indices[n - 1], self.store.get(self.rowids[n - 1])) if n else None

    def __iter__(self) -> Iterator:
        return zip(self.indices, self.items)

    def __len__(self) -> int:
        return len(self.indices)


def scan_positions(workspace, round_index: dict[str, int], issue_numbers: dict[str, int], store):
    """Every position's place and hashes, read in one pass.

    Returns ``(timelines, issue_of_rowid)``: (issue id, party id) -> timeline,
    and each rowid's issue number (``issue_numbers``; -1 for none) for the
    search index: a flat array when rowids are dense, as SQLite makes them, a
    dict when they are not (a received file may put one row at rowid
    3,000,000,000). A position of a round that is not there is left out of
    the timelines, as before.

    Text is decoded by sqlite3 itself rather than by the connection's lenient
    Python decoder (1.4 million calls, a third of a second, on a large
    workspace). A text that is not UTF-8 (a damaged file shows U+FFFD for it)
    stops the C decoder: the pass then starts again with the lenient one.
    """
    conn = workspace.db.conn
    sql = f"SELECT {SCAN_COLUMNS} FROM positions"
    lenient = conn.text_factory
    conn.text_factory = str
    try:
        return _scan(workspace, conn.execute(sql), round_index, issue_numbers, store)
    except sqlite3.OperationalError:  # "Could not decode to UTF-8 column ..."
        pass
    finally:
        conn.text_factory = lenient
    return _scan(workspace, conn.execute(sql), round_index, issue_numbers, store)


def _scan(workspace, rows, round_index: dict[str, int], issue_numbers: dict[str, int], store):
    biggest, count = workspace.db.execute("SELECT max(rowid), count(*) FROM positions").fetchone()
    size = (biggest or 0) + 1
    issue_of_rowid = array("i", [-1]) * size if size <= 2 * count + 4096 else {}
    timelines: dict[tuple[str, str], PositionTimeline] = {}
    get = timelines.get
    not_stated, no_figure = hash(NOT_STATED), NO_FIGURE_KEY
    for row in rows:
        rowid, issue_id, party_id, round_id, stated, stance, low, high, unit, qualifier, on_date = row
        issue_of_rowid[rowid] = issue_numbers.get(issue_id, -1)
        index = round_index.get(round_id)
        if index is None:
            continue
        key = (issue_id, party_id)
        timeline = get(key)
        if timeline is None:
            timeline = timelines[key] = PositionTimeline(store)
        if timeline.indices and index <= timeline.indices[-1]:  # filed out of round order: rare
            timeline.add(index, rowid, row[4:])
            continue
        # content_hash, stance_hash and figure_hash inlined: this runs for every position at opening
        timeline.indices.append(index)
        timeline.rowids.append(rowid)
        timeline.content.append(hash(row[4:]))
        timeline.stance.append(hash(stance) if stated else not_stated)
        timeline.figure.append(figure_hash(stated, low, high, unit, qualifier, on_date)
                               if stated and (low is not None or high is not None or on_date or qualifier)
                               else no_figure)
        timeline.stated.append(1 if stated else 0)
    return timelines, issue_of_rowid
