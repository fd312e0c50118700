"""How long ``open_workspace`` takes on a first open and on a reopen after a clean close (``checked_files``).

    python -m tests.reopen_timing FILE [--repeat 3]

Prints figures only, no verdict. It runs in a data directory of its own (a
temporary folder, removed afterwards), so it neither reads nor leaves a stamp
in the user's. The file itself is opened for writing and closed, as the window
does; nothing in it is changed (a close checkpoints, and may set the file's
mtime back by a microsecond, see ``checked_files``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path


def timed(call):
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="parley-reopen-")
    os.environ["PARLEY_DATA_DIR"] = data
    try:
        measure(args.file, args.repeat)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def measure(path: Path, repeat: int) -> None:
    from core.store import checked_files
    from core.store.file_checks import check_openable
    from core.store.workspace import open_workspace

    size = path.stat().st_size / 2**20
    print(f"file: {path} ({size:.0f} MiB)")
    workspace, first = timed(lambda: open_workspace(path))
    print(f"first open (no stamp): {first * 1000:.0f} ms")
    if workspace.check is not None:
        _, waited = timed(workspace.check.wait)
        print(f"  then its background check ran for another: {waited * 1000:.0f} ms")
    _, closing = timed(workspace.close)
    print(f"clean close, stamp kept: {closing * 1000:.0f} ms")
    for n in range(1, repeat + 1):
        workspace, again = timed(lambda: open_workspace(path))
        assert workspace.check is None, "the stamp did not match"
        workspace.close()
        print(f"reopen {n} (stamp matches): {again * 1000:.0f} ms")
    _, stamp = timed(lambda: checked_files.is_unchanged_since_checked(path))
    _, schema = timed(lambda: check_openable(path, check="none"))
    print(f"  of which: the stamp's comparison {stamp * 1000:.1f} ms, "
          f"the schema and version check kept {schema * 1000:.0f} ms")
    reader, read_only = timed(lambda: open_workspace(path, read_only=True))
    reader.close()
    print(f"read-only open (stamp matches): {read_only * 1000:.0f} ms")


if __name__ == "__main__":
    main()
