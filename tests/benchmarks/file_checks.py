"""How long the checks of a workspace file take: ``python -m tests.benchmarks.file_checks FILE...``.

For each file: the schema comparison with quick_check, with integrity_check,
the fast SQL row check (``row_guard``), the full row check (the JSON import's
rules, which includes the fast one), FTS5's integrity-check of the search
indexes, how long a read-only open (an export) takes, and how long ``open_workspace``
takes and then how long the first write would wait for a background check.
These figures set ``core.store.file_checks.FULL_CHECK_BYTES``. Nothing is written
to the files (the open is closed without a write).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def report(path: Path) -> None:
    import sqlite3

    from core.store.file_checks import check_openable, check_search_indexes
    from core.store.documents import check_rows_of_file
    from core.store.row_guard import check_file_rows_quickly
    from core.store.workspace import open_workspace

    def timed(call):
        start = time.perf_counter()
        result = call()
        return result, time.perf_counter() - start

    _, quick = timed(lambda: check_openable(path, check="quick"))
    version, full = timed(lambda: check_openable(path, check="full"))
    _, fast = timed(lambda: check_file_rows_quickly(path))
    _, rows = timed(lambda: check_rows_of_file(path, version))
    conn = sqlite3.connect(path)  # the index check writes nothing
    try:
        _, fts = timed(lambda: check_search_indexes(conn, path))
    finally:
        conn.close()
    read_only, exported = timed(lambda: open_workspace(path, read_only=True))
    read_only.close()
    workspace, opened = timed(lambda: open_workspace(path))
    try:
        _, waited = timed(lambda: workspace.check.wait() if workspace.check else None)
        background = workspace.check is not None
    finally:
        workspace.close()
    print(f"{path.name}: {path.stat().st_size / 2**20:.1f} MiB; schema + quick_check {quick:.2f} s; "
          f"schema + integrity_check {full:.2f} s; fast row check {fast:.2f} s; full row check {rows:.2f} s; "
          f"search index check {fts:.2f} s; read-only open (export) {exported:.2f} s; open {opened:.2f} s "
          f"({'background check' if background else 'all checks before opening'}); "
          f"first write waited {waited:.2f} s")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    os.environ.setdefault("PARLEY_DATA_DIR", tempfile.mkdtemp(prefix="parley-bench-"))
    for name in argv:
        report(Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
