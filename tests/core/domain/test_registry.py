"""A table added to a copy of the registry is exported, imported, merged and
undone, with no list edited anywhere else.

A real new table is three things: its registry entry, one migration in
``core/store/schema.py`` and its definition in the JSON Schema file. This
test adds an "annexes" table (an annex named in the talks, tied to an issue)
without editing Parley, by the smallest means that stays honest:

- the registry entry: ``REGISTRY.with_table(...)``, handed to
  ``open_workspace(registry=...)``;
- the migration: for the test's length, ``schema.migrations`` (and
  ``SCHEMA_VERSION``) hold Parley's own migrations plus one that creates the
  table, which is exactly what adding it to ``schema.py`` does. The schema
  guard, the upgrade check and the row check at opening all read that list,
  so they run unchanged: the guard builds its expected schema from the longer
  list, and a file holding the table is refused by a Parley without it
  (``test_a_parley_without_the_migration_refuses_the_file``);
- the JSON definition: ``check_document`` makes one from the record's fields
  for a table the schema file does not define, so annex rows are still
  checked field by field, then for references, ids and domain rules.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from core.domain.document import DocumentError, check_document
from core.domain.records import Issue, Record
from core.domain.registry import REGISTRY, Table
from core.edits.changes import deletion, insertion, modification
from core.interchange.json_document import export_document, import_new_workspace, read_document, write_json
from core.interchange.merge import plan_merge
from core.interchange.received import read_other
from core.store import schema
from core.store.file_checks import NewerWorkspaceError
from core.store.schema_guard import expected_schema
from core.store.workspace import open_workspace


@dataclass
class Annex(Record):
    """A document annexed to an issue (the test's new kind of record)."""

    name: str = ""
    issue_id: str = ""


ANNEXES = Table("annexes", Annex, "annex", "name", (("issue_id", "issues"),))
WITH_ANNEXES = REGISTRY.with_table(ANNEXES)


NEXT_VERSION = schema.SCHEMA_VERSION + 1


def m_next_annexes(db: Database) -> None:
    """What the migration for a real annexes table would say."""
    db.executescript("""
        CREATE TABLE annexes (
            id TEXT PRIMARY KEY,
            base_hash TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE
        );
    """)
    db.execute(f"PRAGMA user_version = {NEXT_VERSION}")


@pytest.fixture
def with_annexes(seed_path, monkeypatch):
    """Parley's migrations plus the annexes one, where ``schema.py`` keeps them; the seed file is still at 2."""
    longer = Migrations(schema.MIGRATION_SET)
    for migration in schema.migrations.pending(Database(memory=True)):
        longer(name=migration.name)(migration.fn)
    longer()(m_next_annexes)
    monkeypatch.setattr(schema, "migrations", longer)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT_VERSION)
    expected_schema.cache_clear()
    yield WITH_ANNEXES
    expected_schema.cache_clear()


@pytest.fixture
def workspace(with_annexes, seed_path):
    """The seed workspace, upgraded to hold annexes, with one annex on its first issue."""
    ws = open_workspace(seed_path, registry=with_annexes)
    ws.insert(Annex(name="Annex 1: lists of prisoners", issue_id=ws.issues()[0].id))
    yield ws
    ws.close()


def test_the_upgrade_makes_the_table_and_the_workspace_reads_it(workspace):
    assert workspace.db.execute("PRAGMA user_version").fetchone()[0] == NEXT_VERSION
    assert [a.name for a in workspace.all(Annex)] == ["Annex 1: lists of prisoners"]


def test_a_parley_without_the_migration_refuses_the_file(workspace, seed_path, monkeypatch):
    workspace.close()
    monkeypatch.undo()  # Parley as it is: its own migrations, no annexes
    expected_schema.cache_clear()
    with pytest.raises(NewerWorkspaceError):
        open_workspace(seed_path)


def test_export_and_import_carry_the_table(workspace, tmp_path):
    document = export_document(workspace)
    assert [row["name"] for row in document["annexes"]] == ["Annex 1: lists of prisoners"]
    target = tmp_path / "export.json"
    write_json(workspace, target)
    read_back = read_document(target, WITH_ANNEXES)
    assert read_back["annexes"] == document["annexes"]
    import_new_workspace(read_back, tmp_path / "imported.parley", WITH_ANNEXES)
    imported = open_workspace(tmp_path / "imported.parley", registry=WITH_ANNEXES)
    try:
        assert export_document(imported) == document
    finally:
        imported.close()


def test_annex_rows_are_checked_like_any_other(workspace):
    document = export_document(workspace)
    with pytest.raises(DocumentError, match="annexes"):
        check_document(document)  # Parley's own registry: an unknown table is refused
    wrong_type = {**document, "annexes": [{**document["annexes"][0], "name": 5}]}
    with pytest.raises(DocumentError) as caught:
        check_document(wrong_type, WITH_ANNEXES)
    assert caught.value.path == "$.annexes[0].name"
    dangling = {**document, "annexes": [{**document["annexes"][0], "issue_id": Issue().id}]}
    with pytest.raises(DocumentError, match="not in issues") as caught:
        check_document(dangling, WITH_ANNEXES)
    assert caught.value.path == "$.annexes[0].issue_id"
    unknown_key = {**document, "annexes": [{**document["annexes"][0], "pages": 3}]}
    with pytest.raises(DocumentError):
        check_document(unknown_key, WITH_ANNEXES)


def test_merge_adds_their_annex_and_shows_a_conflict_by_its_noun(workspace, seed_path, tmp_path):
    theirs_path = tmp_path / "theirs.parley"
    workspace.close()
    shutil.copy(seed_path, theirs_path)
    mine = open_workspace(seed_path, registry=WITH_ANNEXES)
    theirs = open_workspace(theirs_path, registry=WITH_ANNEXES)
    try:
        shared = mine.all(Annex)[0]
        theirs.update(Annex(id=shared.id, base_hash=shared.base_hash, name="Annex 1 (theirs)", issue_id=shared.issue_id))
        mine.update(Annex(id=shared.id, base_hash=shared.base_hash, name="Annex 1 (mine)", issue_id=shared.issue_id))
        theirs.insert(Annex(name="Annex 2: bodies", issue_id=shared.issue_id))
        theirs.close()
        plan = plan_merge(mine, read_other(theirs_path, WITH_ANNEXES))
        assert [(table, row["name"]) for table, row in plan.added] == [("annexes", "Annex 2: bodies")]
        assert [(c.table, c.label, c.fields) for c in plan.conflicts] == [
            ("annexes", "Annex: Annex 1 (mine)", ["name"])]
        changes = plan.changes("theirs")
        changes.apply(mine)
        assert sorted(a.name for a in mine.all(Annex)) == ["Annex 1 (theirs)", "Annex 2: bodies"]
        changes.revert(mine)  # the merge is one step to undo
        assert [a.name for a in mine.all(Annex)] == ["Annex 1 (mine)"]
    finally:
        mine.close()


def test_undo_restores_an_annex_deleted_with_its_issue(workspace):
    annex = workspace.all(Annex)[0]
    added = insertion(Annex(name="Annex 3", issue_id=annex.issue_id), registry=workspace.registry)
    assert added.text == "Add annex"
    added.apply(workspace)
    renamed = modification(annex, Annex(id=annex.id, base_hash=annex.base_hash, name="Annex 1, revised",
                                        issue_id=annex.issue_id), registry=workspace.registry)
    assert renamed.text == "Edit annex"
    renamed.apply(workspace)
    issue = workspace.get(Issue, annex.issue_id)
    gone = deletion(workspace, issue)
    assert {c.row_id for c in gone.changes if c.table == "annexes"} == {a.id for a in workspace.all(Annex)}
    gone.apply(workspace)
    assert workspace.all(Annex) == []
    gone.revert(workspace)
    assert sorted(a.name for a in workspace.all(Annex)) == ["Annex 1, revised", "Annex 3"]
    renamed.revert(workspace)
    added.revert(workspace)
    assert [a.name for a in workspace.all(Annex)] == ["Annex 1: lists of prisoners"]
    assert deletion(workspace, annex).text == "Delete annex"
