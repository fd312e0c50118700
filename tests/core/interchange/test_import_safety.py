"""`parley import`: all or nothing at the target, and one line for every bad input (issue 9, findings 9 and 10)."""

import json
import sqlite3

import pytest

from core.interchange import json_document as interchange
from core.cli import main
from core.interchange.seed import seed_document
from core.store.workspace import Workspace

PARTY = "11111111-1111-4111-8111-111111111111"
ROUND = "22222222-2222-4222-8222-222222222222"


def leftovers(folder, name):
    """Files in ``folder`` that belong to an import of ``name``: the workspace, its journals, locks, partials."""
    return sorted(p.name for p in folder.iterdir() if name in p.name)


def run_cli(capsys, *argv):
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def party_file(tmp_path, sort_order_text: str) -> "Path":  # noqa: F821
    path = tmp_path / "in.json"
    path.write_text('{"format": "parley-workspace", "format_version": 1, "parties": '
                    f'[{{"id": "{PARTY}", "name": "A", "sort_order": {sort_order_text}}}]}}', encoding="utf-8")
    return path


# -- finding 9: import --new is atomic -------------------------------------
def test_nothing_is_at_the_target_while_the_import_runs(tmp_path, monkeypatch):
    """A kill at any moment of the import leaves nothing at the target: it is built beside it and renamed."""
    target = tmp_path / "new.parley"
    seen_during_import = []
    original = Workspace.insert_many

    def watching(self, records, *args):
        seen_during_import.extend(leftovers(tmp_path, "new.parley"))
        seen_during_import.append("target exists" if target.exists() else "")
        return original(self, records, *args)

    monkeypatch.setattr(Workspace, "insert_many", watching)
    interchange.import_new_workspace(seed_document(), target)
    assert "target exists" not in seen_during_import
    assert not any(name.startswith("new.parley") for name in seen_during_import)
    assert target.exists() and leftovers(tmp_path, "new.parley") == ["new.parley"]


def test_a_full_disk_reports_the_real_error_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    """SQLite's max_page_count gives the same SQLITE_FULL a full disk gives, at a chosen size."""
    original = interchange.open_workspace

    def small_disk(path, *args, **kwargs):
        workspace = original(path, *args, **kwargs)
        workspace.db.execute("PRAGMA max_page_count = 43")  # the empty schema takes 41 pages
        return workspace

    def close_fails_too(self):
        """As on a real full disk, where closing raised "database table is locked" over the real error."""
        original_close(self)
        raise sqlite3.OperationalError("database table is locked")

    original_close = Workspace.close
    monkeypatch.setattr(interchange, "open_workspace", small_disk)
    monkeypatch.setattr(Workspace, "close", close_fails_too)
    source = tmp_path / "seed.json"
    source.write_text(json.dumps(seed_document()), encoding="utf-8")
    status, _, err = run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")
    assert status == 1
    assert len(err.splitlines()) == 1 and "full" in err and "locked" not in err, err
    assert leftovers(tmp_path, "new.parley") == []
    monkeypatch.setattr(interchange, "open_workspace", original)
    monkeypatch.setattr(Workspace, "close", original_close)
    assert run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")[0] == 0  # the retry works


# -- finding 10: one line, never a traceback ----------------------------------
SURROGATE = '{"format": "parley-workspace", "format_version": 1, "parties": [{"id": "%s", "name": "\\ud800"}]}' % PARTY


@pytest.mark.parametrize("raw,words", [
    (party_file, "5" * 5000),  # Python's int-string limit
    (party_file, str(2**63)),  # beyond SQLite's 64-bit integers
    (party_file, str(-(2**63) - 1)),
    (party_file, str(2**64 + 7)),  # over-long: would fail at insert
    (party_file, "1e400"),  # infinity
    (party_file, "-1e400"),
])
def test_numbers_sqlite_cannot_store_are_refused_in_one_line(tmp_path, capsys, raw, words):
    source = raw(tmp_path, words)
    status, _, err = run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")
    assert status == 1 and len(err.splitlines()) == 1, err
    assert "Traceback" not in err and "$.parties[0].sort_order" in err
    assert leftovers(tmp_path, "new.parley") == []


def test_infinity_as_a_figure_is_refused(tmp_path, capsys):
    document = seed_document()
    text = json.dumps(document).replace('"value_low": 3000', '"value_low": 1e400', 1)
    assert "1e400" in text
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8")
    status, _, err = run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")
    assert status == 1 and "not a finite number" in err and "value_low" in err, err
    assert leftovers(tmp_path, "new.parley") == []


def test_a_lone_surrogate_is_reported_with_its_path(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_text(SURROGATE, encoding="utf-8")
    status, _, err = run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")
    assert status == 1 and len(err.splitlines()) == 1
    assert "$.parties[0].name" in err and "surrogate" in err, err
    assert leftovers(tmp_path, "new.parley") == []


def test_a_surrogate_pair_is_a_character(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_text(SURROGATE.replace("\\ud800", "\\ud83d\\ude00"), encoding="utf-8")
    assert run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")[0] == 0
    name = sqlite3.connect(tmp_path / "new.parley").execute("SELECT name FROM parties").fetchone()[0]
    assert name == "\U0001F600"


def test_a_missing_file_is_named_in_words(tmp_path, capsys):
    status, _, err = run_cli(capsys, "import", tmp_path / "absent.json", "--new", tmp_path / "new.parley")
    assert status == 1
    assert err.strip() == f"parley import: cannot read {tmp_path / 'absent.json'}: there is no such file", err


def test_invalid_utf8_is_reported(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_bytes(b'{"format": "parley-workspace", "format_version": 1, "x": "\xc3\x28"}')
    status, _, err = run_cli(capsys, "import", source, "--new", tmp_path / "new.parley")
    assert status == 1 and "not UTF-8" in err and len(err.splitlines()) == 1


def test_the_shared_checker_refuses_what_a_parsed_file_cannot_hold():
    """A document built in memory (a merge's other side, read from a .parley file) holds Python values
    no JSON parse produced: infinity and lone surrogates are refused there too, with their path."""
    import math

    from core.interchange.json_document import DocumentError, check_document

    document = seed_document()
    document["positions"][5]["value_low"] = math.inf
    with pytest.raises(DocumentError, match=r"^\$\.positions\[5\]\.value_low: inf is not a finite number"):
        check_document(document)
    document = seed_document()
    document["issues"][1]["name"] = "half \udc80"
    with pytest.raises(DocumentError, match=r"^\$\.issues\[1\]\.name: .*lone surrogate"):
        check_document(document)
