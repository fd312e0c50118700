"""A backup is checked exactly like a workspace being opened before it is restored
(adversarial review of issue 9, finding 5), and "newest" cannot be decided by a name."""

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from core.cli import main as cli
from core.store import backups
from core.store.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "hostile"
HOSTILE = ["trigger_deletes_issues", "recursive_view", "text_in_number_column", "fts3_tokenizer"]


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize("name", HOSTILE)
def test_a_named_backup_that_fails_the_checks_of_opening_is_refused(seed_path, tmp_path, name, capsys):
    hostile = tmp_path / f"{name}.parley"
    shutil.copyfile(FIXTURES / f"{name}.parley", hostile)
    before = sha(seed_path)
    assert cli(["restore", str(hostile), "--workspace", str(seed_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing was restored" in err
    assert sha(seed_path) == before


def test_an_empty_file_is_refused_as_a_backup_in_one_line(seed_path, tmp_path, capsys):
    empty = tmp_path / "empty.parley"
    empty.write_bytes(b"")
    before = sha(seed_path)
    assert cli(["restore", str(empty), "--workspace", str(seed_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty" in err
    assert sha(seed_path) == before


def test_newest_good_backup_skips_a_planted_future_stamped_file_that_fails_the_checks(seed_path):
    workspace = open_workspace(seed_path)
    try:
        good = backups.backup(workspace, "manual")
    finally:
        workspace.close()
    stem = seed_path.stem
    planted = backups.backup_dir() / f"{stem}.20991231-235959-000000.manual.parley"
    shutil.copyfile(FIXTURES / "trigger_deletes_issues.parley", planted)  # the seed's negotiation, a trigger
    assert backups.newest_good_backup(seed_path) == good
    assert backups.backups_of(seed_path)[0] == planted  # listed (by when it was made), but never chosen


def test_a_future_stamp_does_not_make_a_copy_newer_than_one_made_now(seed_path):
    workspace = open_workspace(seed_path)
    try:
        older = backups.backup(workspace, "manual")
        planted = older.with_name(older.name.replace(older.name.split(".")[-3], "20991231-235959-000000"))
        shutil.copyfile(older, planted)
        os.utime(planted, (time.time() - 3600, time.time() - 3600))  # copied an hour ago
        time.sleep(0.01)
        newer = backups.backup(workspace, "manual")
    finally:
        workspace.close()
    assert backups.backups_of(seed_path)[0] == newer
