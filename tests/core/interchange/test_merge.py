"""Merging a colleague's copy: exactly the rows both edited are conflicts; no row is lost."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.domain.records import Issue, Party, Position, Track
from core.interchange.json_document import export_document
from core.interchange.merge import plan_merge
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[3]


def all_ids(path):
    conn = sqlite3.connect(path)
    try:
        tables = ["parties", "tracks", "issues", "rounds", "people", "outlets", "reports", "positions", "figures",
                  "issue_status", "evidence", "citations"]
        return {(t, r[0]) for t in tables for r in conn.execute(f"SELECT id FROM [{t}]")}
    finally:
        conn.close()


@pytest.fixture
def copies(seed_path, tmp_path):
    """Mine and theirs: two copies of the seed, edited differently."""
    theirs_path = tmp_path / "theirs.parley"
    shutil.copy(seed_path, theirs_path)
    mine, theirs = open_workspace(seed_path), open_workspace(theirs_path)
    ids = sorted(p.id for p in mine.positions())

    def edit(ws, position_id, stance):
        position = ws.get(Position, position_id)
        position.stance = stance
        ws.update(position)

    edit(mine, ids[0], "mine only")
    edit(mine, ids[1], "mine, both")
    edit(theirs, ids[1], "theirs, both")
    edit(theirs, ids[2], "theirs only")
    track = mine.tracks()[0]
    track.name = "Military & political (mine)"
    mine.update(track)
    their_track = theirs.get(Track, track.id)
    their_track.name = "Military & political (theirs)"
    theirs.update(their_track)
    mine.insert(Party(name="European Union", colour="#003399", role="mediator"))
    theirs.insert(Party(name="United Nations", colour="#4B92DB", role="observer"))
    theirs.insert(Issue(name="Energy infrastructure strikes", track_id=track.id))
    theirs.close()
    yield mine, theirs_path, ids
    mine.close()


def test_exactly_the_rows_edited_on_both_sides_are_conflicts(copies):
    mine, theirs_path, ids = copies
    other = open_workspace(theirs_path)
    plan = plan_merge(mine, export_document(other))
    other.close()
    conflicts = {(c.table, c.mine["id"]) for c in plan.conflicts}
    assert conflicts == {("positions", ids[1]), ("tracks", mine.tracks()[0].id)}
    assert [t for t, _, _ in plan.taken] == ["positions"] and plan.taken[0][1]["id"] == ids[2]
    assert [r["id"] for _, r in plan.kept_mine] == [ids[0]]
    assert sorted(r["name"] for t, r in plan.added) == ["Energy infrastructure strikes", "United Nations"]
    assert next(c for c in plan.conflicts if c.table == "positions").fields == ["stance"]


@pytest.mark.parametrize("choice,stance,track_names", [
    ("theirs", "theirs, both", {"Military & political (theirs)"}),
    ("mine", "mine, both", {"Military & political (mine)"}),
    ("both", "mine, both", {"Military & political (mine)", "Military & political (theirs)"}),
])
def test_merge_loses_no_row(copies, choice, stance, track_names):
    mine, theirs_path, ids = copies
    before = all_ids(mine.path) | all_ids(theirs_path)
    other = open_workspace(theirs_path)
    plan = plan_merge(mine, export_document(other))
    other.close()
    plan.changes(choice).apply(mine)
    assert before <= all_ids(mine.path)
    assert mine.get(Position, ids[0]).stance == "mine only"
    assert mine.get(Position, ids[1]).stance == stance
    assert mine.get(Position, ids[2]).stance == "theirs only"
    assert {t.name for t in mine.tracks()} >= track_names
    assert {"European Union", "United Nations"} <= {p.name for p in mine.parties()}


def test_merge_is_one_undoable_change(copies):
    mine, theirs_path, _ = copies
    dump = lambda: sorted(mine.db.execute("SELECT id, stance FROM positions").fetchall())  # noqa: E731
    before = dump()
    other = open_workspace(theirs_path)
    changes = plan_merge(mine, export_document(other)).changes("theirs")
    other.close()
    changes.apply(mine)
    assert dump() != before
    changes.revert(mine)
    assert dump() == before


def test_both_adding_a_position_for_the_same_cell(seed_path, tmp_path):
    theirs_path = tmp_path / "theirs.parley"
    shutil.copy(seed_path, theirs_path)
    mine, theirs = open_workspace(seed_path), open_workspace(theirs_path)
    issue, party, round_ = mine.issues()[0].id, mine.parties()[0].id, mine.rounds()[0].id
    mine.insert(Position(issue_id=issue, party_id=party, round_id=round_, stance="my view of round 1"))
    theirs.insert(Position(issue_id=issue, party_id=party, round_id=round_, stance="their view of round 1"))
    plan = plan_merge(mine, export_document(theirs))
    theirs.close()
    (conflict,) = plan.conflicts
    assert conflict.same_cell and not conflict.can_keep_both
    plan.changes("theirs").apply(mine)
    found = [p for p in mine.positions() if p.round_id == round_]
    assert [p.stance for p in found] == ["their view of round 1"] and found[0].id == conflict.mine["id"]
    mine.close()


def run(*args, data):
    import os

    env = dict(os.environ, PARLEY_DATA_DIR=str(data))
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def test_command_line_merge(copies, tmp_path):
    mine, theirs_path, ids = copies
    mine.close()
    sha = lambda: hashlib.sha256(Path(mine.path).read_bytes()).hexdigest()  # noqa: E731
    before = sha()
    asked = run("merge", str(theirs_path), "--workspace", str(mine.path), data=tmp_path / "data")
    assert asked.returncode == 1 and "2 rows were changed on both sides; nothing was merged" in asked.stderr
    assert asked.stderr.count("\n") == 1
    assert asked.stdout.count("conflict: ") == 2 and "conflict: Track: Military & political (mine)" in asked.stdout
    assert sha() == before
    merged = run("merge", str(theirs_path), "--workspace", str(mine.path), "--strategy", "theirs",
                 data=tmp_path / "data")
    assert merged.returncode == 0, merged.stderr
    assert "2 rows changed on both sides" in merged.stdout
    backups = list((tmp_path / "data" / "backups").glob("*.before-merge.parley"))
    assert len(backups) == 1
    conn = sqlite3.connect(mine.path)
    assert conn.execute("SELECT stance FROM positions WHERE id = ?", [ids[1]]).fetchone() == ("theirs, both",)
    conn.close()
    restored = sqlite3.connect(backups[0])
    assert restored.execute("SELECT stance FROM positions WHERE id = ?", [ids[1]]).fetchone() == ("mine, both",)
    assert restored.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    restored.close()


def test_command_line_import_and_json_export(seed_path, tmp_path):
    out = tmp_path / "w.json"
    assert run("export", "--format", "json", "--output", str(out), "--workspace", str(seed_path),
               data=tmp_path).returncode == 0
    new = tmp_path / "new.parley"
    result = run("import", str(out), "--new", str(new), data=tmp_path)
    assert result.returncode == 0, result.stderr
    again = tmp_path / "again.json"
    assert run("export", "--format", "json", "--output", str(again), "--workspace", str(new),
               data=tmp_path).returncode == 0
    assert again.read_bytes() == out.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "parley-workspace", "format_version": 7}')
    refused = run("import", str(bad), "--new", str(tmp_path / "never.parley"), data=tmp_path)
    assert refused.returncode == 1 and "$.format_version: format version 7 is newer" in refused.stderr
    assert not (tmp_path / "never.parley").exists()
