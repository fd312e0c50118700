"""The command line refuses in one line what would destroy or mislead (adversarial review
of issue 9, findings 6, 8, 11, 12 and 13)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.store import backups


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(text: str) -> bool:
    return text.count("\n") == 1


@pytest.mark.parametrize("fmt", ["pdf", "json", "csv"])
@pytest.mark.parametrize("target", ["itself", "link", "hard link", "wal", "shm", "lock", "other workspace"])
def test_export_never_replaces_a_workspace_or_one_of_its_files(capsys, seed_path, tmp_path, fmt, target):
    other = tmp_path / "other.parley"
    other.write_bytes(seed_path.read_bytes())
    output = {"itself": seed_path, "wal": Path(f"{seed_path}-wal"), "shm": Path(f"{seed_path}-shm"),
              "lock": seed_path.with_name(f".{seed_path.name}.lock"), "other workspace": other,
              "link": tmp_path / "link.pdf", "hard link": tmp_path / "hard.pdf"}[target]
    if target == "link":
        output.symlink_to(seed_path)
    elif target == "hard link":
        os.link(seed_path, output)
    before, other_before = sha(seed_path), sha(other)
    code, _, err = run(capsys, "export", "--format", fmt, "--output", str(output), "--workspace", str(seed_path))
    assert code == 1 and one_line(err), err
    assert sha(seed_path) == before and sha(other) == other_before


def test_export_into_a_folder_is_a_bad_argument(capsys, seed_path, tmp_path):
    code, _, err = run(capsys, "export", "--format", "csv", "--output", str(tmp_path), "--workspace", str(seed_path))
    assert code == 2 and one_line(err) and "partial" not in err


def many_parties_document(seed_path: Path, tmp_path: Path, count: int) -> Path:
    """The seed's export with ``count`` parties, each holding a position on every issue at one round."""
    exported = tmp_path / "seed.json"
    assert main(["export", "--format", "json", "--output", str(exported), "--workspace", str(seed_path)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    issue, round_ = document["issues"][0]["id"], document["rounds"][0]["id"]
    for n in range(count - len(document["parties"])):
        party = f"00000000-0000-4000-8000-{n:012x}"
        document["parties"].append({"id": party, "name": f"Party {n}", "colour": "#123456"})
        document["positions"].append({"id": f"00000000-0000-4000-9000-{n:012x}", "issue_id": issue,
                                      "party_id": party, "round_id": round_, "stance": "A long stance " * 8})
    path = tmp_path / "many.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_pdf_with_more_parties_than_fit_is_refused_in_one_line_naming_the_limit(capsys, seed_path, tmp_path):
    document = many_parties_document(seed_path, tmp_path, 44)
    workspace = tmp_path / "many.parley"
    assert main(["import", str(document), "--new", str(workspace)]) == 0
    capsys.readouterr()
    code, _, err = run(capsys, "export", "--format", "pdf", "--output", str(tmp_path / "s.pdf"), "--portrait",
                       "--workspace", str(workspace))
    assert code == 1 and one_line(err) and "at most 24 parties" in err and "--party" in err
    assert not (tmp_path / "s.pdf").exists()
    code, _, err = run(capsys, "export", "--format", "pdf", "--output", str(tmp_path / "l.pdf"), "--landscape",
                       "--workspace", str(workspace))
    assert code == 1 and "at most 36 parties" in err  # 44 fit in neither
    code, out, _ = run(capsys, "export", "--format", "pdf", "--output", str(tmp_path / "s.pdf"), "--portrait",
                       "--workspace", str(workspace), *sum((["--party", f"Party {n}"] for n in range(20)), []))
    assert code == 0 and (tmp_path / "s.pdf").exists()


def test_a_path_stdout_cannot_encode_does_not_fail_a_success(seed_path, tmp_path, monkeypatch):
    folder = tmp_path / "пере говоры"
    folder.mkdir()
    exported = folder / "с.json"
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")  # errors="strict", like a Windows console
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main(["export", "--format", "json", "--output", str(exported), "--workspace", str(seed_path)]) == 0
    assert main(["import", str(exported), "--new", str(folder / "с.parley")]) == 0
    stdout.flush()
    assert b"Imported" in stdout.buffer.getvalue()


@pytest.mark.parametrize("number", ["²", "١", "٣"])
def test_restore_with_a_number_in_other_digits_is_a_bad_argument(capsys, seed_path, number):
    code, _, err = run(capsys, "restore", number, "--workspace", str(seed_path))
    assert code == 2 and one_line(err)


def moved_into_an_occupied_cell(seed_path: Path, tmp_path: Path) -> Path:
    """Their copy deleted one position and moved another into its cell (a merge never deletes)."""
    exported = tmp_path / "theirs.json"
    assert main(["export", "--format", "json", "--output", str(exported), "--workspace", str(seed_path)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    positions = document["positions"]
    victim = positions[0]
    mover = next(p for p in positions if p["party_id"] == victim["party_id"] and p["round_id"] == victim["round_id"]
                 and p["issue_id"] != victim["issue_id"])
    mover["issue_id"] = victim["issue_id"]
    positions.remove(victim)
    document["evidence"] = [e for e in document["evidence"] if e.get("position_id") != victim["id"]]
    document["citations"] = [c for c in document["citations"] if c.get("position_id") != victim["id"]]
    exported.write_text(json.dumps(document), encoding="utf-8")
    return exported


@pytest.mark.parametrize("strategy", ["theirs", "mine"])
def test_a_merge_that_would_break_a_unique_rule_says_which_rows_and_makes_no_backup(capsys, seed_path, tmp_path,
                                                                                     strategy):
    theirs = moved_into_an_occupied_cell(seed_path, tmp_path)
    capsys.readouterr()
    before = sha(seed_path)
    code, _, err = run(capsys, "merge", str(theirs), "--strategy", strategy, "--workspace", str(seed_path))
    assert code == 1 and one_line(err), err
    assert "UNIQUE" not in err and "two position rows for" in err and "nothing was merged" in err
    assert sha(seed_path) == before
    assert backups.backups_of(seed_path) == []
