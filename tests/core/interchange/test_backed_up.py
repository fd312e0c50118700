"""A merge or an import into an open workspace backs it up first, through one function each."""

import sqlite3

import pytest

from core.domain.records import Party
from core.edits.changes import insertion
from core.interchange.backed_up import import_with_backup, merge_with_backup
from core.interchange.json_document import DocumentError, export_document
from core.interchange.merge import plan_merge
from core.store.workspace import open_workspace


def names(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM parties"))
    finally:
        conn.close()


@pytest.fixture
def theirs(seed_ws):
    """The seed's document with one more party: what a colleague sends back."""
    document = export_document(seed_ws)
    document["parties"].append({**document["parties"][0], "id": "9d1f6c1e-0000-4000-8000-000000000001",
                                "name": "European Union", "sort_order": 9})
    return document


def test_merge_backs_up_the_workspace_as_it_was_and_returns_the_merge_to_apply(seed_ws, theirs):
    plan = plan_merge(seed_ws, theirs)
    saved, changes = merge_with_backup(seed_ws, plan, "theirs", "Merge colleague.json")
    assert saved.name.endswith(".before-merge.parley") and saved.exists()
    assert changes.text == "Merge colleague.json"
    assert "European Union" not in [p.name for p in seed_ws.parties()]  # the caller applies it
    changes.apply(seed_ws)
    assert "European Union" in [p.name for p in seed_ws.parties()]
    assert "European Union" not in names(saved)


def test_a_merge_with_bad_resolutions_leaves_no_backup(seed_ws, theirs, isolated_dirs):
    plan = plan_merge(seed_ws, theirs)
    with pytest.raises(ValueError):
        merge_with_backup(seed_ws, plan, ["mine"] * (len(plan.conflicts) + 1), "Merge")
    assert not list((isolated_dirs / "data").rglob("*.before-merge.parley"))


def test_a_merge_whose_backup_fails_raises_before_anything_is_merged(seed_ws, theirs, isolated_dirs):
    data = isolated_dirs / "data"
    data.mkdir(parents=True, exist_ok=True)
    elsewhere = isolated_dirs / "elsewhere"
    elsewhere.mkdir()
    (data / "backups").symlink_to(elsewhere)  # refused: backups go only into a real folder
    with pytest.raises(OSError):
        merge_with_backup(seed_ws, plan_merge(seed_ws, theirs), "theirs", "Merge")
    assert "European Union" not in [p.name for p in seed_ws.parties()]


def test_import_backs_up_the_empty_workspace_then_imports(seed_ws, tmp_path):
    document = export_document(seed_ws)
    target = open_workspace(tmp_path / "empty.parley")
    try:
        saved, count = import_with_backup(target, document)
        assert saved.name.endswith(".before-import.parley") and names(saved) == []
        assert count > 0 and len(target.parties()) == len(seed_ws.parties())
    finally:
        target.close()


def test_import_into_a_workspace_with_records_is_refused_before_any_backup(seed_ws, isolated_dirs):
    document = export_document(seed_ws)
    insertion(Party(name="Extra")).apply(seed_ws)
    with pytest.raises(DocumentError, match=r"import into a new workspace \(--new\), or merge"):
        import_with_backup(seed_ws, document, new_workspace="a new workspace (--new)")
    assert not list((isolated_dirs / "data").rglob("*.before-import.parley"))
