"""A .parley file from someone else is untrusted input: Open and merge refuse a
hostile one with one line and change nothing (issue 9, findings 1-5, 11, 13).

The fixtures are made by ``python -m tests.fixtures.make_hostile``. The files
that crashed or hung Parley are opened in a subprocess, so that a regression
fails the test instead of taking pytest down with it.
"""

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main as cli
from core.store.workspace import WorkspaceError, open_workspace
from tests.fixtures.make_hostile import CRASHING, HANGING, HOSTILE

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "hostile"
IN_PROCESS = [name for name in HOSTILE if name not in CRASHING + HANGING] + ["damaged_wal"]
SCHEMA_CODE = ["trigger_copies_notes", "trigger_deletes_issues", "extra_table", "extra_index", "extra_column",
               "extra_virtual_table", "other_check"]
BAD_ROWS = ["text_in_number_column", "text_in_sort_order", "infinite_number", "bad_colour"]


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def hostile_copy(name, folder):
    target = Path(folder) / f"{name}.parley"
    shutil.copyfile(FIXTURES / f"{name}.parley", target)
    return target


def leftovers(path):
    return [p.name for p in Path(path).parent.iterdir() if p.name != Path(path).name and Path(path).name in p.name]


def test_every_hostile_fixture_is_committed():
    for name in [*HOSTILE, "damaged_wal"]:
        assert (FIXTURES / f"{name}.parley").stat().st_size > 0, name


@pytest.mark.parametrize("name", IN_PROCESS)
def test_open_refuses_a_hostile_file_with_one_line_and_changes_nothing(name, tmp_path):
    path = hostile_copy(name, tmp_path)
    before = sha(path)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path)
    assert "\n" not in str(refused.value) and path.name in str(refused.value)
    assert sha(path) == before
    assert leftovers(path) == []  # finding 13: no -wal, -shm (or lock) beside a refused file


@pytest.mark.parametrize("name", IN_PROCESS)
def test_merge_refuses_a_hostile_file_with_one_line_and_changes_nothing(name, tmp_path, seed_path, capsys):
    path = hostile_copy(name, tmp_path)
    theirs_before, mine_before = sha(path), sha(seed_path)
    status = cli(["merge", str(path), "--workspace", str(seed_path)])
    err = capsys.readouterr().err
    assert status == 1, err
    assert err.count("\n") == 1 and err.startswith("parley merge: ") and path.name in err
    assert sha(path) == theirs_before and sha(seed_path) == mine_before
    assert leftovers(path) == []


@pytest.mark.parametrize("name", SCHEMA_CODE)
def test_schema_code_is_named_in_the_refusal(name, tmp_path):
    with pytest.raises(WorkspaceError, match="that (Parley does not make|differs from the one Parley makes)"):
        open_workspace(hostile_copy(name, tmp_path))


@pytest.mark.parametrize("name", BAD_ROWS)
def test_rows_are_checked_with_the_import_rules(name, tmp_path, seed_path, capsys):
    with pytest.raises(WorkspaceError, match=r"\$\.(positions|parties)\[\d+\]"):
        open_workspace(hostile_copy(name, tmp_path))
    assert cli(["merge", str(hostile_copy(name, tmp_path)), "--workspace", str(seed_path)]) == 1
    assert "$.p" in capsys.readouterr().err


CHILD = """
import sys
from pathlib import Path
from core.store.workspace import WorkspaceError, open_workspace
from core.cli import main
what, path, mine = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
try:
    if what == "open":
        ws = open_workspace(path)
        print(len(ws.tracks()), len(ws.negotiation().title))
    elif what == "merge":
        sys.exit(main(["merge", str(path), "--workspace", mine]))
    elif what == "window-merge":
        from core.interchange.received import read_other

        read_other(path)
    elif what == "export":
        sys.exit(main(["export", "--format", "json", "--output", mine + ".json", "--workspace", str(path)]))
except WorkspaceError as exc:
    print(exc, file=sys.stderr)
    sys.exit(1)
"""


@pytest.mark.parametrize("what", ["open", "merge", "window-merge", "export"])
@pytest.mark.parametrize("name", [*CRASHING, *HANGING])
def test_files_that_crashed_or_hung_parley_are_refused_in_a_subprocess(name, what, tmp_path, seed_path):
    path = hostile_copy(name, tmp_path)
    before, mine_before = sha(path), sha(seed_path)
    env = dict(os.environ, PARLEY_DATA_DIR=str(tmp_path / "data"))
    try:
        child = subprocess.run([sys.executable, "-c", CHILD, what, str(path), str(seed_path)], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} of {name} hung")
    assert child.returncode == 1, (child.returncode, child.stderr[-500:])  # -11 is the SIGSEGV
    assert child.stderr.count("\n") == 1 and path.name in child.stderr, child.stderr
    assert sha(path) == before and sha(seed_path) == mine_before


def test_an_index_out_of_step_with_its_table_is_never_written_to(tmp_path, monkeypatch):
    """Finding 11: integrity_check fails where quick_check passes; a large file checked in the
    background refuses every write until the check is done, and for good when it fails."""
    from core.store import file_checks
    from core.domain.records import Track

    path = hostile_copy("index_out_of_step", tmp_path)
    before = sha(path)
    with pytest.raises(WorkspaceError, match="damaged"):
        open_workspace(path)
    assert sha(path) == before
    monkeypatch.setattr(file_checks, "FULL_CHECK_BYTES", 0)  # as if it were a large file
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # as Parley leaves its own files
    conn.close()
    before = sha(path)
    workspace = open_workspace(path)
    try:
        with pytest.raises(WorkspaceError, match="damaged"):
            workspace.insert(Track(name="Written to a damaged file"))
    finally:
        workspace.close()
    assert sha(path) == before


def test_a_large_good_file_is_writable_once_its_background_check_passes(seed_path, monkeypatch):
    from core.store import file_checks
    from core.domain.records import Track

    monkeypatch.setattr(file_checks, "FULL_CHECK_BYTES", 0)
    workspace = open_workspace(seed_path)
    try:
        workspace.insert(Track(name="After the check"))
        assert "After the check" in {t.name for t in workspace.tracks()}
    finally:
        workspace.close()


def test_hostile_rows_in_an_old_workspace_are_refused_before_it_is_upgraded(tmp_path, isolated_dirs):
    from sqlite_utils import Database

    from core.store import schema
    from core.interchange.seed import seed_document

    path = tmp_path / "old.parley"
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_base_hash")
    party = seed_document()["parties"][0]
    db["parties"].insert({k: v for k, v in party.items() if k != "base_hash"} | {"colour": "javascript:"})
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = sha(path)
    with pytest.raises(WorkspaceError, match="colour"):
        open_workspace(path)
    assert sha(path) == before


KILLED_MERGE = """
import os, signal, sys
import core.store.documents
def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
core.store.documents.export_document = killed
from core.cli import main
main(["merge", sys.argv[1], "--workspace", sys.argv[2]])
"""


def test_a_killed_merge_leaves_no_copy_of_the_other_file_behind(tmp_path, seed_path):
    """Finding 5: the copy is named so that the next start recognises and removes it."""
    theirs = tmp_path / "theirs.parley"
    shutil.copyfile(seed_path, theirs)
    temp, data = tmp_path / "tmp", tmp_path / "data"
    temp.mkdir()
    env = dict(os.environ, PARLEY_DATA_DIR=str(data), TMPDIR=str(temp))
    child = subprocess.run([sys.executable, "-c", KILLED_MERGE, str(theirs), str(seed_path)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert list(temp.iterdir()) == []  # nothing of theirs in the shared temporary folder
    again = subprocess.run([sys.executable, "-m", "gui.app", "merge", str(theirs), "--workspace", str(seed_path)],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    from core.store.documents import scratch_dir

    os.environ["PARLEY_DATA_DIR"], saved = str(data), os.environ["PARLEY_DATA_DIR"]
    try:
        assert list(scratch_dir().iterdir()) == []
    finally:
        os.environ["PARLEY_DATA_DIR"] = saved
    assert list(temp.iterdir()) == []


def test_read_other_lives_in_core_and_cli_and_window_share_it():
    import core.cli
    import core.interchange.received

    assert core.cli.read_other is core.interchange.received.read_other
    source = (ROOT / "gui" / "file_actions.py").read_text()
    assert "from core.interchange.received import read_other" in source and "core.cli" not in source


def test_the_window_start_removes_a_killed_merges_copy(tmp_path, seed_path):
    data = tmp_path / "data"
    scratch = data / "scratch"
    scratch.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = scratch / f".received.parley.{int(dead.stdout)}.0badc0de.partial"
    left.write_bytes(b"their workspace")
    env = dict(os.environ, PARLEY_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    started = subprocess.run([sys.executable, "-m", "gui.app", "--workspace", str(seed_path), "--screenshot",
                              str(tmp_path / "shot.png")], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=120)
    assert started.returncode == 0, started.stderr
    assert not left.exists()


@pytest.mark.parametrize("how", ["open", "merge", "export"])
def test_a_refused_damaged_wal_mode_file_gets_no_wal_or_shm_beside_it(how, tmp_path, seed_path, capsys):
    """Finding 13: reading a WAL-mode file makes SQLite create -wal and -shm unless told it cannot change."""
    path = hostile_copy("damaged_wal", tmp_path)
    before = sha(path)
    if how == "open":
        with pytest.raises(WorkspaceError, match="damaged"):
            open_workspace(path)
    elif how == "merge":
        assert cli(["merge", str(path), "--workspace", str(seed_path)]) == 1
    else:
        assert cli(["export", "--format", "json", "--output", str(tmp_path / "x.json"), "--workspace", str(path)]) == 1
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert sha(path) == before
