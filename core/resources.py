"""The files Parley ships beside its code (schema, seed, fonts, icons).

A module of its own, outside core's layers, because every layer reads them:
the domain its JSON Schema, the store nothing, the sheet its fonts, the
window its style.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
