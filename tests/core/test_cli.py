"""The command line's contract: exit 0 on success, 2 on bad arguments, 1 with one line otherwise.

Run in-process through ``core.cli.main``, as the console entry point runs it.
"""

from __future__ import annotations

import json

import pytest

from core.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


def test_an_export_of_each_format_succeeds_with_exit_0(capsys, seed_path, tmp_path):
    for fmt in ("json", "csv", "pdf"):
        target = tmp_path / f"sheet.{fmt}"
        status, out, err = run(capsys, "export", "--format", fmt, "--output", str(target), "--workspace",
                               str(seed_path))
        assert (status, err) == (0, ""), (fmt, err)
        assert target.stat().st_size > 0 and str(target) in out


@pytest.mark.parametrize("argv", [
    ["export"],  # --output missing
    ["export", "--format", "docx-ish", "--output", "x"],
    ["frobnicate"],
    ["merge"],
])
def test_bad_arguments_exit_2_in_one_line(capsys, argv):
    status, _, err = run(capsys, *argv)
    assert status == 2 and one_line(err), err


def test_a_round_the_workspace_does_not_have_exits_2(capsys, seed_path, tmp_path):
    status, _, err = run(capsys, "export", "--output", str(tmp_path / "s.pdf"), "--workspace", str(seed_path),
                         "--round", "Round 9")
    assert status == 2 and one_line(err) and "Round 9" in err
    assert not (tmp_path / "s.pdf").exists()


def test_a_missing_workspace_or_folder_exits_1_in_one_line(capsys, seed_path, tmp_path):
    status, _, err = run(capsys, "export", "--format", "json", "--output", str(tmp_path / "a.json"),
                         "--workspace", str(tmp_path / "nowhere.parley"))
    assert status == 1 and one_line(err)
    status, _, err = run(capsys, "export", "--format", "json", "--output", str(tmp_path / "no" / "a.json"),
                         "--workspace", str(seed_path))
    assert status == 1 and one_line(err)


def test_import_into_a_workspace_that_holds_records_is_refused_and_changes_nothing(capsys, seed_path, tmp_path):
    exported = tmp_path / "seed.json"
    assert run(capsys, "export", "--format", "json", "--output", str(exported), "--workspace", str(seed_path))[0] == 0
    before = seed_path.read_bytes()
    status, _, err = run(capsys, "import", str(exported), "--workspace", str(seed_path))
    assert status == 1 and one_line(err) and "already holds records" in err
    assert seed_path.read_bytes() == before


def test_import_new_then_merge_of_the_same_export_adds_nothing(capsys, seed_path, tmp_path):
    exported = tmp_path / "seed.json"
    run(capsys, "export", "--format", "json", "--output", str(exported), "--workspace", str(seed_path))
    copy = tmp_path / "copy.parley"
    status, out, err = run(capsys, "import", str(exported), "--new", str(copy))
    assert (status, err) == (0, "") and "Imported" in out
    status, out, err = run(capsys, "merge", str(exported), "--workspace", str(copy))
    assert (status, err) == (0, "")
    assert "0 rows added" in out


def test_restore_lists_the_backups_a_merge_made(capsys, seed_path, tmp_path):
    exported = tmp_path / "seed.json"
    run(capsys, "export", "--format", "json", "--output", str(exported), "--workspace", str(seed_path))
    assert run(capsys, "merge", str(exported), "--workspace", str(seed_path))[0] == 0
    status, out, err = run(capsys, "restore", "--list", "--workspace", str(seed_path))
    assert (status, err) == (0, "") and "before-merge" in out


def test_a_bad_json_file_exits_1_naming_where(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "parley-workspace", "format_version": 1, "parties": [{"id": "x"}]}))
    status, _, err = run(capsys, "import", str(bad), "--new", str(tmp_path / "w.parley"))
    assert status == 1 and one_line(err) and "$.parties[0]" in err
    assert not (tmp_path / "w.parley").exists()
