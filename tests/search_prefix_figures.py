"""Figures for migration 5 (FTS5 prefix indexes, positions by round) on a large generated workspace.

    python -m tests.search_prefix_figures SCHEMA4.parley [--prefixes "2 3"] [--work DIR]

``SCHEMA4.parley`` is a workspace made before migration 5 (for example by
``tests.generate_workspace`` checked out at schema 4); it is copied into
``--work`` (a temporary folder by default) and never written. The copy is
measured as it is, migrated (only the migration, timed), and measured
again: the search queries the window runs (``Workspace.matching_position_rowids``
and what it costs to return the rowids to Python, against counting them or
finding the matching issues in SQL), FTS5's integrity check, and the file's
size. Times are printed, never asserted: they depend on the machine.
``--prefixes`` overrides the lengths m005 indexes, to compare choices.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlite_utils import Database

from core.store import schema
from core.store.workspace import Workspace

PREFIXES = ("k*", "ka*", "mor*", "de*", "vel*", "mi*", "об*", "пер*")  # ``ka*``, ``mor*``, ``de*`` are the issue's
RUNS = 7


def _median_ms(run, runs: int = RUNS) -> float:
    run()  # warm the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def whole_words(conn: sqlite3.Connection) -> list[str]:
    """A few words of the generated text: two Latin ones from the first stance, and two Cyrillic ones."""
    (stance,) = conn.execute("SELECT stance FROM positions ORDER BY rowid LIMIT 1").fetchone()
    return stance.split()[:2] + ["мир", "обмін"]


def search_figures(path: Path, label: str) -> None:
    """Print, per query: matches, and ms to count, to return the rowids, and to find the issues in SQL."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    workspace = Workspace(path, Database(conn, execute_plugins=False), read_only=True)
    print(f"\n{label}: {path.stat().st_size / 2**20:.1f} MiB")
    print(f"{'query':>10} {'matches':>8} {'count':>8} {'rowids':>8} {'as set':>8} {'issues':>8}  (median ms of {RUNS})")
    words = whole_words(conn)
    for text in [*PREFIXES, *words]:
        match = f'"{text.rstrip("*")}"' + ("*" if text.endswith("*") else "")
        count = conn.execute("SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ?", [match]).fetchone()[0]
        counted = _median_ms(lambda: conn.execute(
            "SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ?", [match]).fetchone())
        rowids = _median_ms(lambda: workspace.matching_position_rowids(match))
        as_set = _median_ms(lambda: set(workspace.matching_position_rowids(match)))
        issues = _median_ms(lambda: conn.execute(
            "SELECT DISTINCT p.issue_id FROM positions_fts f JOIN positions p ON p.rowid = f.rowid "
            "WHERE positions_fts MATCH ?", [match]).fetchall())
        print(f"{text:>10} {count:>8} {counted:>8.1f} {rowids:>8.1f} {as_set:>8.1f} {issues:>8.1f}")
    breakdown(conn, '"ka"*')
    for fts in ("issue_status_fts", "issues_fts", "reports_fts"):
        took = _median_ms(lambda: [conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?",
                                                [f'"{p.rstrip("*")}"*']).fetchone() for p in PREFIXES], runs=3)
        print(f"  {fts}: all {len(PREFIXES)} prefixes counted in {took:.1f} ms")
    conn.close()


def breakdown(conn: sqlite3.Connection, match: str) -> None:
    """Where the time of a broad match goes, and what asking SQL for less would cost instead."""
    (round_id,) = conn.execute("SELECT id FROM rounds ORDER BY date DESC LIMIT 1").fetchone()
    (joined,) = conn.execute(
        "SELECT group_concat(rowid) FROM positions_fts WHERE positions_fts MATCH ?", [match]).fetchone()
    ways = {
        "count(*) in SQL": lambda: conn.execute(
            "SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ?", [match]).fetchone(),
        "group_concat(rowid), the text only": lambda: conn.execute(
            "SELECT group_concat(rowid) FROM positions_fts WHERE positions_fts MATCH ?", [match]).fetchone(),
        "that text split into ints (Python only)": lambda: list(map(int, joined.split(","))),
        "rowid rows, fetchall": lambda: conn.execute(
            "SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?", [match]).fetchall(),
        "distinct issue ids, join to positions": lambda: conn.execute(
            "SELECT DISTINCT p.issue_id FROM positions_fts f JOIN positions p ON p.rowid = f.rowid "
            "WHERE positions_fts MATCH ?", [match]).fetchall(),
        "distinct issue ids, positions_by_issue scan": lambda: conn.execute(
            "SELECT DISTINCT issue_id FROM positions INDEXED BY positions_by_issue WHERE rowid IN "
            "(SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?)", [match]).fetchall(),
        # (Not "fts MATCH ? AND rowid IN (one round's rowids)": FTS5 runs the match once per rowid, minutes.)
        "one round's matching rowids, round then filter": lambda: conn.execute(
            "SELECT group_concat(p.rowid) FROM positions p WHERE p.round_id = ? AND p.rowid IN "
            "(SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?)", [round_id, match]).fetchone(),
    }
    # What search_index does with the rowids next, on the same data: a flat rowid -> issue number list.
    numbers: dict[str, int] = {}
    lookup = [-1] * (conn.execute("SELECT max(rowid) FROM positions").fetchone()[0] + 1)
    for rowid, issue_id in conn.execute("SELECT rowid, issue_id FROM positions"):
        lookup[rowid] = numbers.setdefault(issue_id, len(numbers))
    rowids = list(map(int, joined.split(",")))
    hits = set(rowids)
    ways["set() of the rowid list (Python only)"] = lambda: set(rowids)
    ways["issue numbers of the set (Python only)"] = lambda: set(map(lookup.__getitem__, hits))
    ways["issue numbers of the list (Python only)"] = lambda: set(map(lookup.__getitem__, rowids))
    ways["one round's rowids, through positions_by_round"] = lambda: conn.execute(
        "SELECT rowid FROM positions WHERE round_id = ?", [round_id]).fetchall()
    round_rowids = {r for (r,) in conn.execute("SELECT rowid FROM positions WHERE round_id = ?", [round_id])}
    ways["that round's rowids & the list (Python only)"] = lambda: round_rowids.intersection(rowids)
    print(f"  where the time of {match} goes (median ms of {RUNS}):")
    for name, run in ways.items():
        try:
            print(f"    {name:<48} {_median_ms(run):8.1f}")
        except sqlite3.OperationalError as exc:  # an index this schema does not have yet
            print(f"    {name:<48} ({exc})")


def integrity_check_seconds(path: Path) -> float:
    """FTS5's integrity check of every full-text index, as ``check_search_indexes`` runs it when opening."""
    from core.store.file_checks import check_search_indexes

    conn = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        check_search_indexes(conn, path)
        return time.perf_counter() - start
    finally:
        conn.close()


def migrate(path: Path) -> float:
    """Run the pending migrations alone (no backup, no row checks), as ``open_workspace`` runs them."""
    db = Database(sqlite3.connect(path), execute_plugins=False)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = OFF")
        start = time.perf_counter()
        schema.migrations.apply(db)
        took = time.perf_counter() - start
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return took
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path, help="a workspace of schema 4 (left unchanged)")
    parser.add_argument("--prefixes", default=schema.SEARCH_PREFIXES, help="prefix lengths for m005, e.g. '2 3 4'")
    parser.add_argument("--work", type=Path, help="folder for the copy (a temporary one by default)")
    parser.add_argument("--no-before", action="store_true", help="skip the figures before the migration")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="parley-m005-"))
    copy = work / "measured.parley"
    shutil.copyfile(args.workspace, copy)
    (version,) = sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()
    print(f"{args.workspace} (schema {version}) copied to {copy}; prefixes after: '{args.prefixes}'")
    if not args.no_before:
        search_figures(copy, f"before (schema {version})")
        print(f"  FTS5 integrity check of every index: {integrity_check_seconds(copy):.2f} s")
    schema.SEARCH_PREFIXES = args.prefixes
    print(f"\nmigration to schema {schema.SCHEMA_VERSION}: {migrate(copy):.1f} s")
    search_figures(copy, f"after (schema {schema.SCHEMA_VERSION}, prefix='{args.prefixes}')")
    print(f"  FTS5 integrity check of every index: {integrity_check_seconds(copy):.2f} s")
    db = sqlite3.connect(copy)
    db.execute("VACUUM")
    db.close()
    print(f"  after VACUUM: {copy.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
