"""The register of exported sheets, ``--since-last`` and the sheet defaults shared with the window (issue 13, item 6)."""

import json

import pypdf
import pytest

from core.cli import main
from core.domain.records import SheetExport
from core.interchange.json_document import import_new_workspace, read_document
from core.sheet.register import write_entry, entry_for
from core.store.workspace import open_workspace
from tests.read_only_places import read_only


def register(path):
    ws = open_workspace(path, read_only=True)
    try:
        return ws.all(SheetExport)
    finally:
        ws.close()


def export(path, target, *extra):
    return main(["export", "--workspace", str(path), "--output", str(target), *extra])


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv", "json"])
def test_every_export_is_recorded_with_its_round_marking_format_and_name(seed_path, tmp_path, fmt):
    target = tmp_path / f"sheet.{fmt}"
    assert export(seed_path, target, "--format", fmt, "--round", "Round 2", "--since", "Round 1",
                  "--marking", "OFFICIAL") == 0
    entry, = register(seed_path)
    assert (entry.format, entry.file_name) == (fmt, f"sheet.{fmt}")
    assert entry.exported_at.endswith("Z") and len(entry.exported_at) == 20
    if fmt in ("pdf", "docx"):  # a sheet of one round; CSV, XLSX and JSON hold them all
        assert (entry.round_name, entry.since_round_name, entry.marking) == ("Round 2", "Round 1", "OFFICIAL")
        assert entry.round_id and entry.since_round_id
    else:
        assert (entry.round_id, entry.round_name, entry.marking) == (None, "", "")


def test_since_last_marks_changes_since_the_round_the_last_sheet_showed(seed_path, tmp_path, capsys):
    assert export(seed_path, tmp_path / "first.pdf", "--round", "Round 2") == 0
    assert export(seed_path, tmp_path / "second.pdf", "--since-last") == 0
    latest = register(seed_path)[-1]
    assert (latest.file_name, latest.round_name, latest.since_round_name) == ("second.pdf", "Round 3", "Round 2")
    first_page = pypdf.PdfReader(tmp_path / "second.pdf").pages[0].extract_text()
    assert "Changes marked since Round 2" in first_page
    # Nothing later than the last sheet's round: refused as a bad argument, nothing written.
    capsys.readouterr()
    assert export(seed_path, tmp_path / "third.pdf", "--since-last") == 2
    assert "already showed" in capsys.readouterr().err
    assert not (tmp_path / "third.pdf").exists()


def test_since_last_with_an_empty_register_is_refused(seed_path, tmp_path, capsys):
    assert export(seed_path, tmp_path / "sheet.pdf", "--since-last") == 2
    assert "no sheet is recorded" in capsys.readouterr().err


def test_the_register_travels_in_the_json(seed_path, tmp_path):
    assert export(seed_path, tmp_path / "sheet.docx", "--format", "docx") == 0
    assert export(seed_path, tmp_path / "all.json", "--format", "json") == 0
    document = read_document(tmp_path / "all.json")
    assert [row["file_name"] for row in document["sheet_exports"]] == ["sheet.docx"]
    import_new_workspace(document, tmp_path / "copy.parley")
    assert [e.file_name for e in register(tmp_path / "copy.parley")] == ["sheet.docx"]


def test_a_read_only_workspace_still_exports_and_says_the_register_was_not_written(seed_path, tmp_path, capsys):
    with read_only(seed_path):
        assert export(seed_path, tmp_path / "sheet.pdf") == 0
    assert (tmp_path / "sheet.pdf").stat().st_size > 0
    assert "not added to the workspace's register" in capsys.readouterr().err
    assert register(seed_path) == []
    reader = open_workspace(seed_path, read_only=True)
    try:
        problem = write_entry(reader, entry_for(None, "json", tmp_path / "x.json"))
    finally:
        reader.close()
    assert "read-only" in problem


def test_a_workspace_open_in_the_window_still_exports(seed_path, tmp_path, capsys):
    holder = open_workspace(seed_path)  # what the window holds: the lock
    try:
        assert export(seed_path, tmp_path / "sheet.csv", "--format", "csv") == 0
    finally:
        holder.close()
    assert "not added" in capsys.readouterr().err


def test_the_defaults_are_the_workspaces_and_save_defaults_changes_them(seed_path, tmp_path):
    assert export(seed_path, tmp_path / "a.pdf") == 0
    info = pypdf.PdfReader(tmp_path / "a.pdf")
    assert info.metadata["/Keywords"] == "OFFICIAL-SENSITIVE"
    assert info.pages[0].mediabox.width > info.pages[0].mediabox.height  # landscape
    assert export(seed_path, tmp_path / "b.pdf", "--tlp", "amber", "--portrait", "--paper", "letter",
                  "--save-defaults") == 0
    ws = open_workspace(seed_path, read_only=True)
    negotiation = ws.negotiation()
    ws.close()
    assert (negotiation.sheet_marking, negotiation.sheet_paper, negotiation.sheet_landscape) == \
        ("TLP:AMBER", "letter", False)
    assert export(seed_path, tmp_path / "c.pdf") == 0  # no options: the saved defaults
    page = pypdf.PdfReader(tmp_path / "c.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert pypdf.PdfReader(tmp_path / "c.pdf").metadata["/Keywords"] == "TLP:AMBER"
    assert json.dumps(register(seed_path)[-1].marking) == '"TLP:AMBER"'


def test_a_format_2_file_from_before_the_register_still_imports_with_the_old_defaults(seed_path, tmp_path):
    assert export(seed_path, tmp_path / "all.json", "--format", "json") == 0
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    del document["sheet_exports"]
    for row in document["negotiation"]:
        for key in ("sheet_marking", "sheet_paper", "sheet_landscape"):
            del row[key]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(document), encoding="utf-8")
    import_new_workspace(read_document(older), tmp_path / "older.parley")
    ws = open_workspace(tmp_path / "older.parley", read_only=True)
    try:
        negotiation = ws.negotiation()
    finally:
        ws.close()
    assert (negotiation.sheet_marking, negotiation.sheet_paper, negotiation.sheet_landscape) == \
        ("OFFICIAL-SENSITIVE", "a4", True)


@pytest.mark.parametrize("flag", ["--since-last", "--save-defaults"])
def test_sheet_only_flags_with_a_table_format_are_refused(seed_path, tmp_path, capsys, flag):
    assert export(seed_path, tmp_path / "rows.csv", "--format", "csv", flag) == 2
    assert "goes with a sheet" in capsys.readouterr().err
    assert not (tmp_path / "rows.csv").exists() and register(seed_path) == []
