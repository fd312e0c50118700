"""Content hashes of rows: equal content, equal hash, on every machine.

Numbers are compared as floats (SQLite hands back 24.0 for a 24 stored in a
REAL column) and booleans as 0/1, so a row read back from any workspace or
JSON file hashes the same as when it was written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from operator import itemgetter

IGNORED = ("base_hash",)


# One encoder for every hash: json.dumps would make a new one for each row (an import hashes 300,000).
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_IN_ORDER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # for keys already sorted
_NUMBERS = (int, float, bool)


def content_hash(row: dict) -> str:
    # Numbers as floats (a bool is an int: True hashes as 1.0)
    content = {k: float(v) if isinstance(v, int | float) else v for k, v in row.items() if k not in IGNORED}
    return hashlib.sha256(_CANONICAL.encode(content).encode("utf-8")).hexdigest()[:32]


def row_hasher(names: tuple[str, ...]) -> Callable[[tuple], str]:
    """``content_hash`` of a row given as a tuple of values in ``names``' order.

    For hashing many rows of one table (an import): the keys are sorted once,
    not for every row, and no dict of the whole row is made first.
    """
    order = sorted((name, at) for at, name in enumerate(names) if name not in IGNORED)
    keys = [name for name, _ in order]
    values = itemgetter(*(at for _, at in order))

    def content_hash_of(row: tuple) -> str:
        content = {k: float(v) if isinstance(v, _NUMBERS) else v for k, v in zip(keys, values(row))}
        return hashlib.sha256(_IN_ORDER.encode(content).encode("utf-8")).hexdigest()[:32]

    return content_hash_of
