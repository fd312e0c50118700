"""The other side of a merge: a JSON export, or a colleague's workspace read through a checked copy."""

from __future__ import annotations

from pathlib import Path

from core.domain.registry import REGISTRY, Registry
from core.interchange.json_document import read_document
from core.store.documents import checked_document
from core.store.file_checks import NotAWorkspaceError, check_openable


def read_other(path: Path, registry: Registry = REGISTRY) -> dict:
    """The other side of a merge as a checked document: a JSON export, or a workspace read through a copy."""
    path = Path(path)
    if not path.exists():
        raise OSError(f"no file at {path}")
    if path.suffix.lower() == ".json":
        return read_document(path, registry)
    if check_openable(path, check="full") is None:
        raise NotAWorkspaceError(f"{path.name} is empty, not a Parley workspace; nothing was merged.")
    return checked_document(path, registry)
