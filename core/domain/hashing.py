"""Content hashes of rows: equal content, equal hash, on every machine.

Numbers are compared as floats (SQLite hands back 24.0 for a 24 stored in a
REAL column) and booleans as 0/1, so a row read back from any workspace or
JSON file hashes the same as when it was written.
"""

from __future__ import annotations

import hashlib
import json

IGNORED = ("base_hash",)


# One encoder for every hash: json.dumps would make a new one for each row (an import hashes 300,000).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(row: dict) -> str:
    # Numbers as floats (a bool is an int: True hashes as 1.0)
    content = {k: float(v) if isinstance(v, int | float) else v for k, v in row.items() if k not in IGNORED}
    return hashlib.sha256(_CANONICAL.encode(content).encode("utf-8")).hexdigest()[:32]
