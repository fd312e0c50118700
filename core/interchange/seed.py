"""The first workspace: the Istanbul talks of 2025, from the seed report.

The seed is kept as data in ``resources/seed/`` (every fact traceable to the
report in ``shared/seeds``); this module loads it into a workspace and
writes the default workspace on first start without ever overwriting one.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from core.domain.document import records_from_document
from core.resources import resource
from core.store.paths import default_workspace_path
from core.store.workspace import Workspace, open_workspace, remove_workspace_files

SEED_FILE = resource("seed", "istanbul-talks-2025.json")


def seed_document() -> dict:
    with open(SEED_FILE, encoding="utf-8") as fh:
        return json.load(fh)


def load_seed(workspace: Workspace) -> None:
    """Write every seed record into ``workspace`` in one transaction."""
    workspace.insert_many(records_from_document(seed_document()))


def write_seed_workspace(path: Path) -> None:
    """Create a seeded workspace at ``path``; refuse if anything is there.

    The workspace is built in a temporary file beside the target and linked
    into place, so a crash never leaves a half-written file and a workspace
    that appeared meanwhile is never replaced.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".seed-", suffix=".parley", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        workspace = open_workspace(tmp)
        try:
            load_seed(workspace)
        finally:
            workspace.close()
        os.link(tmp, path)
    finally:
        remove_workspace_files(tmp)


def ensure_default_workspace() -> Path:
    """The default workspace, seeded on first start, never overwritten."""
    path = default_workspace_path()
    if not path.exists():
        try:
            write_seed_workspace(path)
        except FileExistsError:
            pass
    return path
