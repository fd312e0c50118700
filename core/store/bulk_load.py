"""Writing many records at once: an import of a whole workspace, or a test's fixtures.

Rows go in as tuples through ``executemany``, ``BATCH`` at a time: no dict
per row and no per-row Python in sqlite-utils, which is what an import of
240,000 positions spent most of its time on. A large load into empty tables
also builds their indexes once, after the rows, instead of updating them for
every row (``indexes_built_after``).

The caller holds the transaction (``Workspace.insert_many``), so a failure
or a cancel rolls back the rows and the dropped indexes together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter

from sqlite_utils import Database

from core.domain.hashing import row_hasher
from core.domain.records import Record, field_names
from core.domain.registry import Registry

BATCH = 5_000  # rows per executemany call: progress is told between batches
BULK_ROWS = 10_000  # a load this large into empty tables builds their indexes after the rows
BULK_CACHE_KIB = 128 * 1024  # the page cache during such a load (2 MiB otherwise): 240,000 positions load 10-25 % faster


def insert_records(db: Database, registry: Registry, records: Iterable[Record],
                   progress: Callable[[int, int], None] | None = None) -> None:
    """Insert records of any kinds, in the order given, inside the caller's transaction.

    ``progress(done, total)`` is called before each batch and once at the end.
    """
    runs: list[tuple[str, list[Record]]] = []  # runs of records of one kind, in order
    for record in records:
        name = registry.of(record).name
        if runs and runs[-1][0] == name:
            runs[-1][1].append(record)
        else:
            runs.append((name, [record]))
    total = sum(len(run) for _, run in runs)
    tables = list(dict.fromkeys(name for name, _ in runs))
    bulk = total >= BULK_ROWS and all(db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone() is None
                                      for t in tables)
    rebuild = indexes_built_after(db, tables) if bulk else None
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    if bulk:  # the indexes' pages stay in memory while they are built, not spilled to the WAL and read back
        db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        _insert_runs(db, runs, total, progress)
        if rebuild is not None:
            rebuild()
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
    if progress is not None:
        progress(total, total)


def _insert_runs(db: Database, runs: list[tuple[str, list[Record]]], total: int,
                 progress: Callable[[int, int], None] | None) -> None:
    done = 0
    for name, run in runs:
        cls = type(run[0])
        names = field_names(cls)
        sql = (f"INSERT INTO [{name}] ({', '.join(f'[{n}]' for n in names)}) "
               f"VALUES ({', '.join('?' * len(names))})")
        for start in range(0, len(run), BATCH):
            if progress is not None:
                progress(done, total)
            batch = run[start:start + BATCH]
            db.conn.executemany(sql, new_row_values(cls, batch))
            done += len(batch)


def new_row_values(cls: type[Record], records: list[Record]) -> list[tuple]:
    """``workspace.new_row`` of each record, as a tuple in field order.

    Booleans stay booleans (sqlite3 stores True as 1, as ``row_of`` would),
    and a row without a base hash gets its content's (``content_hash`` counts
    True and 1 alike), as ``new_row`` gives it.
    """
    names = field_names(cls)
    values = attrgetter(*names)  # every record class has at least an id and a base hash: a tuple comes back
    at = names.index("base_hash")
    hashed = row_hasher(names)
    rows = []
    for record in records:
        row = values(record)
        if not row[at]:
            row = (*row[:at], hashed(row), *row[at + 1:])
        rows.append(row)
    return rows


def indexes_built_after(db: Database, tables: list[str]) -> Callable[[], None]:
    """Drop the indexes of ``tables`` and the triggers that feed their full-text indexes on insert,
    and return what makes them again, with each full-text index rebuilt in one pass.

    Only for tables still empty, in the transaction that fills them: SQLite
    then sorts each index once instead of updating it row by row, and
    tokenises each full-text column in one sweep; on the 500-issue workspace
    the load took a quarter of the time. Only an insert trigger that writes
    to its table's own full-text index is dropped (any other trigger stays
    and fires as usual); the index rebuilt from the table holds the rows that
    trigger would have put there. Indexes and triggers are made again from
    their own SQL, read back from ``sqlite_master``, so the schema is exactly
    what it was (``schema_guard`` compares it with Parley's).
    """
    dropped: list[tuple[str, str, str]] = []  # (kind, name, sql)
    full_text: list[str] = []
    for table in tables:
        dropped += db.execute("SELECT type, name, sql FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = ? AND sql IS NOT NULL", [table]).fetchall()
        fts = db[table].detect_fts()
        trigger = db.execute("SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND tbl_name = ? AND name = ?", [table, f"{table}_ai"]).fetchone()
        if fts and trigger and f'INSERT INTO "{fts}"' in trigger[2]:
            dropped.append(trigger)
            full_text.append(fts)
    for kind, name, _ in dropped:
        db.execute(f"DROP {kind.upper()} [{name}]")

    def rebuild() -> None:
        for _, _, sql in dropped:
            db.execute(sql)
        for fts in full_text:
            db.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('rebuild')")

    return rebuild
