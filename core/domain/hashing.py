"""Content hashes of rows: equal content, equal hash, on every machine.

Numbers are compared as floats (SQLite hands back 24.0 for a 24 stored in a
REAL column) and booleans as 0/1, so a row read back from any workspace or
JSON file hashes the same as when it was written.
"""

from __future__ import annotations

import hashlib
import json

IGNORED = ("base_hash",)


def _normal(value):
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    return value


def content_hash(row: dict) -> str:
    content = {k: _normal(v) for k, v in row.items() if k not in IGNORED}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
