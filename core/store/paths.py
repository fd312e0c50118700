"""Where Parley keeps the user's files: the data directory and the default workspace."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Parley"
DEFAULT_WORKSPACE_NAME = "istanbul-talks-2025.parley"


def data_dir(create: bool = True) -> Path:
    """The user's data directory; ``PARLEY_DATA_DIR`` overrides it.

    Created on first use and kept private to its owner (mode 0700);
    ``create=False`` only names it, for a command that writes nothing
    (``parley read``).
    """
    override = os.environ.get("PARLEY_DATA_DIR")
    path = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    if not create:
        return path
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def default_workspace_path(create_dir: bool = True) -> Path:
    return data_dir(create=create_dir) / DEFAULT_WORKSPACE_NAME

