"""Files written for others stay fixed English whatever the window's language (issue 14).

A fake translator ("UK:" before every word core translates) and fake date
and number formats stand in for the window's Qt ones: the window's labels
change, while the PDF, Word, Excel, CSV and JSON files written at the same
time do not.
"""

import json
import subprocess
import zipfile
from datetime import date

import docx
import pytest

from core.compare.comparison import Snapshot
from core.domain.labels import date_text, format_number, format_value, reports_badge, stance_text, status_label
from core.domain.records import IssueStatus, Position
from core.i18n import for_others, use_local_formats, use_translator
from core.interchange.json_document import write_json
from core.sheet.csv_export import write_csv
from core.sheet.docx_export import write_docx
from core.sheet.model import Marking, SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from core.sheet.xlsx_export import write_xlsx

MARKS = ("UK:", "UKDATE", "UKNUM")


@pytest.fixture
def ukrainian_window():
    use_translator(lambda context, text: "UK:" + text)
    use_local_formats(lambda day: "UKDATE", lambda value: "UKNUM")
    yield
    use_translator(None)
    use_local_formats(None, None)


def sheet_of(workspace):
    options = SheetOptions(marking=Marking.free_text("OFFICIAL-SENSITIVE"), landscape=True, paper="a4")
    return build_sheet(Snapshot(workspace), options)


def docx_text(path) -> str:
    document = docx.Document(str(path))
    words = [p.text for p in document.paragraphs]
    words += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(words)


def xlsx_text(path) -> str:
    with zipfile.ZipFile(path) as book:
        return "\n".join(book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xml"))


def test_the_window_gets_the_translation_and_its_formats(ukrainian_window):
    status = IssueStatus(status="agreed", claimed_by_party_id="p1")
    assert status_label(status, {"p1": "Russia"}) == "UK:{status} — according to {party}".format(
        status="UK:Agreed", party="Russia")
    assert stance_text(Position(stated=False)) == "UK:No stated position"
    assert date_text("2025-07-23") == "UKDATE"
    assert format_number(1200) == "UKNUM"
    assert format_value(Position(value_low=1200, value_high=1200, value_unit="prisoners",
                                 value_qualifier="at_least")) == "UK:at least UKNUM prisoners"
    assert reports_badge(3, "B2") == "UK:{count} reports · {grade}".format(count="UKNUM", grade="B2")


def test_for_others_keeps_labels_english_and_fixed(ukrainian_window):
    with for_others():
        assert status_label(IssueStatus(status="agreed"), {}) == "Agreed"
        assert date_text("2025-07-23") == "23 Jul 2025"
        assert format_number(1200) == "1,200"
        assert reports_badge(3, "B2") == "3 reports · B2"


def test_no_file_for_others_holds_the_window_language(ukrainian_window, seed_ws, tmp_path):
    sheet = sheet_of(seed_ws)  # built in the window's language setting: the sheet composes its own words
    render_pdf(sheet, tmp_path / "sheet.pdf")
    write_docx(sheet, tmp_path / "sheet.docx")
    snapshot = Snapshot(seed_ws)
    write_csv(snapshot, tmp_path / "sheet.csv")
    write_xlsx(snapshot, tmp_path / "sheet.xlsx")
    write_json(seed_ws, tmp_path / "workspace.json")

    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "sheet.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    written = {
        "pdf": pdf,
        "docx": docx_text(tmp_path / "sheet.docx"),
        "csv": (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig"),
        "xlsx": xlsx_text(tmp_path / "sheet.xlsx"),
        "json": json.dumps(json.loads((tmp_path / "workspace.json").read_text(encoding="utf-8")),
                           ensure_ascii=False),
    }
    for name, text in written.items():
        for mark in MARKS:
            assert mark not in text, f"{name} holds {mark}"
    # ... and they hold the English words and formats they always did.
    assert "No stated position" in written["pdf"] and "No stated position" in written["docx"]
    assert "Agreed" in written["csv"]
    assert "23 Jul 2025" in written["pdf"] or "Jul 2025" in written["pdf"]
    # ... while the window, at the same time, still gets its language.
    assert status_label(IssueStatus(status="open"), {}) == "UK:Open"
    assert date_text(date(2025, 7, 23).isoformat()) == "UKDATE"


def test_messages_that_reach_the_window_are_translated(ukrainian_window, tmp_path):
    from core.domain.records import Party
    from core.domain.validation import problems_with
    from core.reports import ReportFileError, read_report_file
    from core.store.workspace import WorkspaceError, open_workspace

    with pytest.raises(WorkspaceError) as refused:
        open_workspace(tmp_path / "no such folder" / "x.parley")
    assert str(refused.value).startswith("UK:The folder ")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReportFileError) as bad_report:
        read_report_file(empty)
    assert "UK:" in str(bad_report.value)
    assert problems_with(Party(name="")) == ["UK:{label} is required.".format(label="UK:A party's name")]
