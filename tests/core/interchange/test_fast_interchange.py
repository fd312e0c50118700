"""The fast paths of export and import (issue 15) give what the plain ones gave, and check as much.

- ``dumps`` writes ``json.dumps(indent=2)``'s bytes with the C encoder;
- a large import into empty tables builds indexes and full-text indexes after the rows;
- the check tests whole tables with sets, and still names the first row at fault;
- a document from ``read_document`` is not checked twice, unless it was changed;
- the fast file check compares passages in Python, one report at a time.
"""

import dataclasses
import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.document import DocumentError, checked_records
from core.domain.hashing import content_hash, row_hasher
from core.interchange import json_document as interchange
from core.interchange.json_document import dumps, export_document, import_document, read_document
from core.interchange.seed import seed_document
from core.store import bulk_load
from core.store.file_checks import UnusableRowsError
from core.store.row_guard import check_rows_quickly
from core.store.schema import SCHEMA_VERSION
from core.store.schema_guard import schema_differences
from core.store.workspace import open_workspace

scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63 - 1),
                    st.floats(allow_nan=False, allow_infinity=False),
                    st.text(), st.sampled_from(["},\n      {", "}, {", "\n", "\\", '"', "\u2028", "\x00", "ё"]))
flat_rows = st.lists(st.dictionaries(st.text(), scalars, min_size=1), max_size=4)
documents = st.dictionaries(st.text(), st.one_of(scalars, flat_rows, st.just([]), st.just({})), max_size=5)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_dumps_writes_the_bytes_json_dumps_writes(document):
    assert dumps(document) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("document", [
    {}, {"a": [{}]}, {"a": [{"x": [1, 2]}]}, {"a": [{"x": {"y": 1}}]}, {"a": {"b": 1}}, {"a": [1, "x"]},
    {"a": [{"x": 1}, 2]}, {1: "not text"},
])
def test_dumps_of_other_shapes_is_json_dumps_too(document):
    assert dumps(document) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(scalars, min_size=3, max_size=3))
def test_a_row_hashes_alike_as_a_tuple_and_as_a_dict(values):
    names = ("id", "base_hash", "b", "a", "z")
    row = ("x", "", *values)
    assert row_hasher(names)(row) == content_hash(dict(zip(names, row)))


def _tables(conn):
    """Every table's rows but the full-text indexes' own (one segment after a rebuild, many after triggers)."""
    names = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
             if "_fts" not in name and name != "_sqlite_migrations"]  # (it holds the times of the migrations)
    return {name: sorted(conn.execute(f"SELECT * FROM [{name}]").fetchall(), key=repr) for name in names}


def _import_seed(path, monkeypatch, bulk_rows):
    monkeypatch.setattr(bulk_load, "BULK_ROWS", bulk_rows)
    workspace = open_workspace(path)
    import_document(workspace, seed_document())
    return workspace


def test_a_bulk_import_leaves_parleys_schema_and_the_same_rows_and_search(tmp_path, monkeypatch):
    """The seed is far below BULK_ROWS: lowered, its import takes the bulk path, and gives what the other gives."""
    bulk = _import_seed(tmp_path / "bulk.parley", monkeypatch, 1)
    plain = _import_seed(tmp_path / "plain.parley", monkeypatch, 10**9)
    try:
        assert schema_differences(bulk.db.conn, SCHEMA_VERSION) == []
        assert _tables(bulk.db.conn) == _tables(plain.db.conn)
        for fts in ("positions_fts", "reports_fts", "issues_fts", "issue_status_fts"):
            bulk.db.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('integrity-check')")
        for term in ("Medinsky", "prisoners", "ceasefire", "memorandum"):
            assert bulk.matching_position_rowids(term) == plain.matching_position_rowids(term)
            assert bulk.matching_report_ids(term) == plain.matching_report_ids(term)
            assert bulk.search_other_issue_ids(term) == plain.search_other_issue_ids(term)
        assert bulk.matching_position_rowids("Medinsky")  # the search finds something at all
    finally:
        bulk.close()
        plain.close()


def test_a_cancelled_bulk_import_leaves_the_workspace_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_load, "BULK_ROWS", 1)
    monkeypatch.setattr(bulk_load, "BATCH", 5)
    workspace = open_workspace(tmp_path / "w.parley")
    schema_before = workspace.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    calls = []

    def cancel(done, total):
        calls.append(done)
        if len(calls) == 3:
            raise KeyboardInterrupt("cancelled")

    try:
        with pytest.raises(KeyboardInterrupt):
            import_document(workspace, seed_document(), cancel)
        assert workspace.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() \
            == schema_before
        assert workspace.db.execute("SELECT count(*) FROM positions").fetchone()[0] == 0
        import_document(workspace, seed_document())  # and it imports whole afterwards
        assert workspace.db.execute("SELECT count(*) FROM positions").fetchone()[0] == 19
    finally:
        workspace.close()


def test_a_read_document_is_checked_once_and_again_once_changed(tmp_path, monkeypatch):
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed_document()), encoding="utf-8")
    checks = []
    original = interchange.checked_records
    monkeypatch.setattr(interchange, "checked_records", lambda *args: checks.append(1) or original(*args))
    document = read_document(path)
    target = open_workspace(tmp_path / "a.parley")
    try:
        assert import_document(target, document) > 0
    finally:
        target.close()
    assert len(checks) == 1
    document["parties"] = [{**document["parties"][0], "colour": "red"}]  # a table replaced: checked again
    target = open_workspace(tmp_path / "b.parley")
    try:
        with pytest.raises(DocumentError, match=r"\$\.parties\[0\]"):
            import_document(target, document)
        assert target.db.execute("SELECT count(*) FROM parties").fetchone()[0] == 0
    finally:
        target.close()
    assert len(checks) == 2


def _party(document, n, **changes):
    document["parties"][n] = {**document["parties"][n], **changes}


@pytest.mark.parametrize("change,path", [
    # two ids used twice: the first row that repeats one is named
    (lambda d: (_party(d, 2, id=d["parties"][0]["id"]), _party(d, 3, id=d["parties"][1]["id"])),
     "$.parties[2].id"),
    # an id of an earlier table used again
    (lambda d: _party(d, 3, id=d["negotiation"][0]["id"]), "$.parties[3].id"),
    # two broken references: the first row
    (lambda d: [d["positions"][n].update(party_id="00000000-0000-4000-8000-000000000000") for n in (4, 9)],
     "$.positions[4].party_id"),
    # a second row for the same issue, party and round
    (lambda d: d["positions"][7].update({k: d["positions"][2][k] for k in ("issue_id", "party_id", "round_id")}),
     "$.positions[7]"),
    # a rule broken before a text too long: the rule's row
    (lambda d: (_party(d, 1, name="   "), _party(d, 3, name="x" * 201)), "$.parties[1]"),
    # a text too long before a rule broken: the text's row and field
    (lambda d: (_party(d, 1, name="x" * 201), _party(d, 3, name="   ")), "$.parties[1].name"),
])
def test_the_first_row_at_fault_is_named(change, path):
    document = seed_document()
    change(document)
    with pytest.raises(DocumentError) as caught:
        checked_records(document)
    assert caught.value.path == path, str(caught.value)


def test_export_document_gives_what_the_records_give(seed_ws):
    expected = {}
    for table in seed_ws.registry:
        records = sorted(seed_ws.all(table.record), key=lambda r: r.id)
        expected[table.name] = [dataclasses.asdict(r) for r in records]
    document = export_document(seed_ws)
    for table in seed_ws.registry:
        assert document[table.name] == expected[table.name]
        assert [list(row) for row in document[table.name]] == [list(row) for row in expected[table.name]]
    assert all(type(row["stated"]) is bool for row in document["positions"])


def test_the_fast_file_check_compares_each_passage_with_its_report(seed_path):
    conn = sqlite3.connect(seed_path)
    try:
        check_rows_quickly(conn, seed_path.name)  # the seed's passages (with curly quotes) are where they say
        rowid = conn.execute("SELECT rowid FROM citations WHERE passage != '' ORDER BY rowid DESC").fetchone()[0]
        conn.execute("UPDATE citations SET passage_start = passage_start + 1, passage_end = passage_end + 1 "
                     "WHERE rowid = ?", [rowid])
        with pytest.raises(UnusableRowsError, match=f"citation row {rowid}:"):
            check_rows_quickly(conn, seed_path.name)
        conn.execute("UPDATE citations SET passage_start = passage_start - 1, passage_end = 100000000 "
                     "WHERE rowid = ?", [rowid])  # beyond the report's end
        with pytest.raises(UnusableRowsError, match=f"citation row {rowid}:"):
            check_rows_quickly(conn, seed_path.name)
    finally:
        conn.close()


def test_export_reads_text_that_is_not_utf8_as_the_workspace_does(seed_ws):
    """Export decodes text in C; a value that is not UTF-8 is read with the workspace's lenient decoding."""
    seed_ws.db.execute("UPDATE tracks SET name = CAST(X'4b79ff6976' AS TEXT) "
                       "WHERE id = (SELECT min(id) FROM tracks)")
    factory = seed_ws.db.conn.text_factory
    document = export_document(seed_ws)
    assert document["tracks"][0]["name"] == "Ky\ufffdiv"
    assert seed_ws.db.conn.text_factory is factory


def test_an_exported_file_holds_the_bytes_json_dumps_writes(seed_ws, tmp_path):
    from core.interchange.json_document import write_json

    write_json(seed_ws, tmp_path / "out.json")
    expected = json.dumps(export_document(seed_ws), ensure_ascii=False, indent=2) + "\n"
    assert (tmp_path / "out.json").read_bytes() == expected.encode("utf-8")

