"""The benchmark's generated workspace looks like one Parley wrote: every row carries its base hash."""

import sqlite3

from core.domain.hashing import content_hash
from tests.generate_workspace import generate


def test_every_generated_row_carries_the_base_hash_parley_gives_it(tmp_path):
    path = tmp_path / "g.parley"
    generate(path, issues=12, parties=3, rounds=4, seed=5)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    checked = 0
    for table in ("parties", "issues", "rounds", "outlets", "reports", "positions", "citations", "issue_status"):
        for row in conn.execute(f"SELECT * FROM [{table}]"):
            assert row["base_hash"] == content_hash(dict(row)), (table, row["id"])
            checked += 1
    conn.close()
    assert checked > 100
