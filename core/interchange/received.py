"""The other side of a merge: a JSON export, or a colleague's workspace read through a checked copy."""

from __future__ import annotations

from pathlib import Path

from core.domain.registry import REGISTRY, Registry
from core.i18n import translate
from core.interchange.json_document import read_document
from core.store.documents import checked_document


def read_other(path: Path, registry: Registry = REGISTRY) -> dict:
    """The other side of a merge as a checked document: a JSON export, or a workspace read through a copy."""
    path = Path(path)
    if not path.exists():
        raise OSError(translate("JsonDocument", "no file at {path}").format(path=path))
    if path.suffix.lower() == ".json":
        return read_document(path, registry)
    return checked_document(path, registry)  # copies first, then checks and reads only the copy
