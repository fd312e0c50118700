"""Migration 5: prefix indexes on the full-text tables, and positions indexed by round.

A prefix index must change how fast a prefix query is answered, never what
it answers; a workspace of schema 4 must come out of the upgrade searching
exactly as it did, and passing every check a file passes when it is opened.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.store import backups, schema
from core.store.file_checks import check_openable, check_search_indexes
from core.store.schema_guard import schema_differences
from core.store.workspace import Workspace, open_workspace
from tests.generate_workspace import CYRILLIC, SYLLABLES, generate

SCHEMA_4 = Path(__file__).resolve().parents[2] / "fixtures" / "schema" / "seed-schema-4.parley"
SEARCHED = {  # the full-text tables the search reads, and their columns
    "positions": ("stance", "summary", "quote", "original_text", "translation", "analyst_note"),
    "issue_status": ("common_ground", "note"),
    "issues": ("name", "description"),
    "reports": ("title", "text"),
}
FULL_TEXT = [f"{table}_fts" for table in SEARCHED]

# A Ukrainian sentence set on one position of the schema-4 copy, so the upgrade must carry Cyrillic text.
UKRAINIAN = "Обмін полоненими та повернення тіл загиблих"
SEED_QUERIES = ['"ceasefire"', '"prisoner"*', '"ce"*', '"pr"*', '"exc"*', '"Medinsky"', '"bodies"',
                '"об"*', '"обм"*', '"обмін"', '"полоненими"', '"тіл"*', '"п"*', '"ПОЛ"*']


def fts_matches(conn: sqlite3.Connection, match: str) -> dict[str, list[int]]:
    """The rowids each full-text table returns for ``match``, in order."""
    return {fts: [r for (r,) in conn.execute(f"SELECT rowid FROM [{fts}] WHERE [{fts}] MATCH ? ORDER BY rowid",
                                             [match])]
            for fts in FULL_TEXT}


def test_a_schema_4_workspace_is_upgraded_searches_as_before_and_passes_the_checks(tmp_path):
    path = tmp_path / "talks.parley"
    shutil.copyfile(SCHEMA_4, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    (rowid,) = conn.execute("SELECT min(rowid) FROM positions").fetchone()
    conn.execute("UPDATE positions SET translation = ? WHERE rowid = ?", [UKRAINIAN, rowid])  # schema 4's trigger
    conn.commit()
    before = {match: fts_matches(conn, match) for match in SEED_QUERIES}
    conn.close()
    for match in ('"ceasefire"', '"ce"*', '"обмін"', '"об"*', '"ПОЛ"*'):
        assert before[match]["positions_fts"], match  # each kind of query finds positions at all

    workspace = open_workspace(path)
    try:
        conn = workspace.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 5
        for fts in FULL_TEXT:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [fts]).fetchone()[0]
            assert "prefix='2 3'" in sql and schema.FTS_TOKENIZER in sql
        assert {match: fts_matches(conn, match) for match in SEED_QUERIES} == before
        check_search_indexes(conn, path)  # FTS5's own integrity check, prefix indexes included
    finally:
        workspace.close()
    assert [b.name.split(".")[-2] for b in backups.backups_of(path)] == ["before-migration"]
    assert check_openable(path, check="full").user_version == 5  # the schema is exactly the one Parley makes
    open_workspace(path).close()  # and it opens again, with nothing left to upgrade


def _without_prefix_indexes(path: Path) -> None:
    """Make every searched full-text table again as schema 4 had it: no ``prefix=``."""
    db = Database(path)
    with db.atomic():
        for table, columns in SEARCHED.items():
            db.execute(f"DROP TABLE [{table}_fts]")
            db[table].enable_fts(columns, tokenize=schema.FTS_TOKENIZER)
    db.close()


def _prefixes_of(words: list[str]) -> list[str]:
    return sorted({word[:n] for word in words for n in range(1, 6) if len(word) >= n})


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A small generated workspace (Latin and Cyrillic words), and a copy of it without prefix indexes."""
    folder = tmp_path_factory.mktemp("generated")
    with_index, without = folder / "with.parley", folder / "without.parley"
    generate(with_index, issues=40, parties=3, rounds=4)
    shutil.copyfile(with_index, without)
    _without_prefix_indexes(without)
    yield with_index, without


def _reader(path: Path) -> Workspace:
    return Workspace(path, Database(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)),
                     read_only=True)


def test_a_prefix_query_finds_the_same_rows_with_and_without_the_prefix_index(generated):
    with_index, without = generated
    fast, plain = _reader(with_index), _reader(without)
    try:
        assert "prefix=" in fast.db["positions_fts"].schema and "prefix=" not in plain.db["positions_fts"].schema
        cyrillic_hits = 0
        for prefix in _prefixes_of(SYLLABLES + CYRILLIC) + ["KA", "Мі", "ПЕРЕ"]:
            for match in (f'"{prefix}"*', f'"{prefix}"'):
                rowids = fast.matching_position_rowids(match)
                assert rowids == plain.matching_position_rowids(match), match
                assert rowids == [r for (r,) in fast.db.execute(
                    "SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?", [match])], match
                assert fast.search_other_issue_ids(match) == plain.search_other_issue_ids(match), match
                assert fast.matching_report_ids(match) == plain.matching_report_ids(match), match
                cyrillic_hits += bool(rowids) and not prefix.isascii()
        assert cyrillic_hits >= 5  # the Cyrillic prefixes found positions, not only nothing twice
        assert len(fast.matching_position_rowids('"ka"*')) > len(fast.matching_position_rowids('"kalo"*')) > 0
    finally:
        fast.close()
        plain.close()


def test_a_new_workspace_has_the_upgraded_schema_and_reads_a_round_through_its_index(tmp_path):
    workspace = open_workspace(tmp_path / "new.parley")
    try:
        assert schema_differences(workspace.db.conn, schema.SCHEMA_VERSION) == []
        plan = " ".join(row[-1] for row in workspace.db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM positions WHERE round_id = ?", ["r"]))
        assert "positions_by_round" in plan
    finally:
        workspace.close()
