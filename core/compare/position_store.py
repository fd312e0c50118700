"""Positions read from the workspace when they are shown, a bounded number kept.

A large workspace holds 240,000 positions; as Python objects they took some
200 MB and eight seconds to load, while a window shows a hundred at a time.
The comparison keeps only each position's rowid and a few integers
(``position_timeline``), and asks this store for the record itself when a
cell is painted, selected, exported or compared word by word. Recently read
positions stay in a least-recently-used cache so a repaint reads nothing.

The window's connection is shared with the export workers (one thread at a
time reads through it, under the store's lock).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping

from core.domain.records import Citation, Figure, Position, field_names
from core.store.workspace import Workspace

BATCH = 500  # SQLite caps a statement's parameters; 500 rowids per IN (...)
_COLUMNS = ", ".join(f"[{name}]" for name in field_names(Position))


class PositionStore:
    """Position records by rowid, read in batches and kept in an LRU cache of ``size`` records."""

    def __init__(self, workspace: Workspace, size: int = 20_000):
        self.workspace = workspace
        self.size = size
        self._cache: OrderedDict[int, Position] = OrderedDict()
        self._lock = threading.RLock()
        self._rowid_by_id: dict[str, int] | None = None  # once read whole (``read_all``)

    def read_all(self) -> None:
        """Read every position and keep them all: for a snapshot that outlives its connection
        (a command that closes the file before it writes the sheet)."""
        with self._lock:
            self.size = float("inf")
            rows = self.workspace.db.execute(f"SELECT rowid, {_COLUMNS} FROM positions").fetchall()
            self._cache = OrderedDict((rowid, Position(*values)) for rowid, *values in rows)
            self._rowid_by_id = {position.id: rowid for rowid, position in self._cache.items()}

    def get(self, rowid: int | None) -> Position | None:
        if rowid is None:
            return None
        with self._lock:
            found = self._cache.get(rowid)
            if found is not None:
                self._cache.move_to_end(rowid)
                return found
            if self._rowid_by_id is None:
                self._read([rowid])
            return self._cache.get(rowid)

    def load(self, rowids: Iterable[int | None]) -> None:
        """Read the positions among ``rowids`` that are not cached yet, in batches (an export's rows)."""
        with self._lock:
            if self._rowid_by_id is not None:
                return  # all here
            missing = [r for r in dict.fromkeys(rowids) if r is not None and r not in self._cache]
            for start in range(0, len(missing), BATCH):
                self._read(missing[start:start + BATCH])

    def many(self, rowids: list[int]) -> list[Position]:
        """The positions with these rowids, in that order (missing ones left out)."""
        self.load(rowids)
        with self._lock:
            return [p for p in map(self._cache.get, rowids) if p is not None]

    def forget(self, rowids: Iterable[int]) -> None:
        """Drop records an edit changed, so the next read takes them from the store."""
        with self._lock:
            for rowid in rowids:
                self._cache.pop(rowid, None)

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def _read(self, rowids: list[int]) -> None:
        placeholders = ", ".join("?" * len(rowids))
        try:
            rows = self.workspace.db.execute(
                f"SELECT rowid, {_COLUMNS} FROM positions WHERE rowid IN ({placeholders})", rowids).fetchall()
        except sqlite3.ProgrammingError:  # closed (a restore puts another file in its place): what is kept shows
            return
        cache = self._cache
        for rowid, *values in rows:
            cache[rowid] = Position(*values)
        while len(cache) > self.size:
            cache.popitem(last=False)

    # -- by id ---------------------------------------------------------
    def rowid_of(self, position_id: str) -> int | None:
        if self._rowid_by_id is not None:
            return self._rowid_by_id.get(position_id)
        try:
            row = self.workspace.db.execute("SELECT rowid FROM positions WHERE id = ?", [position_id]).fetchone()
        except sqlite3.ProgrammingError:  # closed
            return None
        return row[0] if row else None

    def by_id(self, position_id: str) -> Position | None:
        rowid = self.rowid_of(position_id) if isinstance(position_id, str) else None
        return self.get(rowid) if rowid is not None else None


class PositionsById(Mapping):
    """``snapshot.positions_by_id``: every position by id, read from the store when asked.

    Looking one up is an indexed query (or a cache hit); going through all of
    them streams them from the file without keeping them.
    """

    def __init__(self, store: PositionStore):
        self.store = store

    def __getitem__(self, position_id: str) -> Position:
        found = self.store.by_id(position_id)
        if found is None:
            raise KeyError(position_id)
        return found

    def get(self, position_id, default=None):
        found = self.store.by_id(position_id) if position_id else None
        return default if found is None else found

    def __contains__(self, position_id) -> bool:
        return isinstance(position_id, str) and self.store.rowid_of(position_id) is not None

    def __len__(self) -> int:
        if self.store._rowid_by_id is not None:
            return len(self.store._rowid_by_id)
        return self.store.workspace.db.execute("SELECT count(*) FROM positions").fetchone()[0]

    def __iter__(self) -> Iterator[str]:
        return (position.id for position in self.values())

    def values(self) -> Iterator[Position]:  # type: ignore[override]
        """Every position, in the store's order, read as it goes (not kept)."""
        if self.store._rowid_by_id is not None:
            return iter(sorted(self.store._cache.values(), key=lambda p: self.store._rowid_by_id[p.id]))
        cursor = self.store.workspace.db.execute(f"SELECT {_COLUMNS} FROM positions ORDER BY rowid")
        return (Position(*row) for row in cursor)

    def items(self):  # type: ignore[override]
        return ((position.id, position) for position in self.values())

    def at_round(self, round_id: str) -> list[Position]:
        """The positions recorded at one round."""
        if self.store._rowid_by_id is not None:
            return [p for p in self.values() if p.round_id == round_id]
        return self.store.workspace.all(Position, "round_id = ?", [round_id])


class OwnedRecords(Mapping):
    """Citations or figures by the id of the position they belong to, read when a position asks.

    ``snapshot.citations_by_position`` and ``figures_by_position``: a cell's
    reports line needs its own position's citations only; reading all 90,000
    of a large workspace at opening took over a second and 60 MB.
    """

    def __init__(self, workspace: Workspace, cls: type, size: int = 20_000):
        self.workspace = workspace
        self.cls = cls
        self.size = size
        self._cache: OrderedDict[str, list] = OrderedDict()
        self._lock = threading.RLock()
        self._complete = False

    def read_all(self) -> None:
        """Read every one and keep them all (``PositionStore.read_all``)."""
        with self._lock:
            self.size = float("inf")
            self._cache = OrderedDict(self._grouped())
            self._complete = True

    def get(self, position_id, default=None):
        if not position_id:
            return default
        with self._lock:
            found = self._cache.get(position_id)
            if found is None and self._complete:
                return default
            if found is None:
                try:
                    found = self.workspace.all(self.cls, "position_id = ?", [position_id])
                except sqlite3.ProgrammingError:  # closed (see PositionStore._read)
                    return default
                self._cache[position_id] = found
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(position_id)
        return found if found else default

    def load(self, position_ids) -> None:
        """Read the records of the positions among ``position_ids`` not cached yet, in a few queries
        (the window's rows in sight), so painting them reads nothing more."""
        with self._lock:
            if self._complete:
                return
            missing = [p for p in dict.fromkeys(position_ids) if p and p not in self._cache]
            fields = ", ".join(f"[{name}]" for name in field_names(self.cls))
            table = self._table()
            for start in range(0, len(missing), BATCH):
                chunk = missing[start:start + BATCH]
                grouped: dict[str, list] = {owner: [] for owner in chunk}
                try:
                    rows = self.workspace.db.execute(
                        f"SELECT {fields} FROM [{table}] WHERE position_id IN ({', '.join('?' * len(chunk))}) "
                        f"ORDER BY {self.workspace.registry.of(self.cls).order_by}", chunk).fetchall()
                except sqlite3.ProgrammingError:  # closed (see PositionStore._read)
                    return
                for row in rows:
                    record = self.cls(*row)
                    grouped[record.position_id].append(record)
                self._cache.update(grouped)
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)

    def __getitem__(self, position_id):
        found = self.get(position_id)
        if found is None:
            raise KeyError(position_id)
        return found

    def __contains__(self, position_id) -> bool:
        return bool(self.get(position_id))

    def forget(self, position_ids: Iterable[str]) -> None:
        with self._lock:
            for position_id in position_ids:
                self._cache.pop(position_id, None)

    def __len__(self) -> int:
        if self._complete:
            return len(self._cache)
        return self.workspace.db.execute(
            f"SELECT count(DISTINCT position_id) FROM [{self._table()}] WHERE position_id IS NOT NULL").fetchone()[0]

    def __iter__(self):
        return (owner for owner, _ in self.items())

    def items(self):  # type: ignore[override]
        """(position id, its records) for every position that has some."""
        return iter(self._cache.items() if self._complete else self._grouped().items())

    def _grouped(self) -> dict[str, list]:
        grouped: dict[str, list] = {}
        for record in self.workspace.all(self.cls, "position_id IS NOT NULL"):
            grouped.setdefault(record.position_id, []).append(record)
        return grouped

    def values(self):  # type: ignore[override]
        return (records for _, records in self.items())

    def _table(self) -> str:
        return self.workspace.registry.of(self.cls).name


def citations_by_position(workspace: Workspace) -> OwnedRecords:
    return OwnedRecords(workspace, Citation)


def figures_by_position(workspace: Workspace) -> OwnedRecords:
    return OwnedRecords(workspace, Figure)
