"""The Word edition (issue 13, item 5): the PDF's content, editable, and it opens in LibreOffice Writer."""

import subprocess
import zipfile

import docx
import pytest

from core.cli import main
from core.compare.comparison import Snapshot
from core.sheet.docx_export import build_docx
from core.sheet.model import Marking, SheetOptions, build_sheet


def to_pdf_text(docx_path, tmp_path):
    """LibreOffice Writer converts the file to PDF (proving it opens), and pdftotext reads it back."""
    out = tmp_path / "converted"
    done = subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
                          capture_output=True, text=True, timeout=180)
    pdf = out / (docx_path.stem + ".pdf")
    assert pdf.exists(), done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return pdf, text


def test_the_word_sheet_opens_in_writer_with_the_marking_on_every_page(seed_path, tmp_path):
    target = tmp_path / "sheet.docx"
    assert main(["export", "--workspace", str(seed_path), "--format", "docx", "--output", str(target),
                 "--since", "Round 1", "--marking", "OFFICIAL-SENSITIVE UK EYES ONLY"]) == 0
    pdf, text = to_pdf_text(target, tmp_path)
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert page.count("OFFICIAL-SENSITIVE UK EYES ONLY") == 2, number  # header and footer
        assert f"Page {number} of {len(pages)}" in page
    whole = " ".join(text.split())
    for expected in ("How to read this sheet", "Status counts, round by round", "What moved since Round 1",
                     "1. Ceasefire: length and scope", "9. Civilian detainees", "X Opposed",
                     "24–48 hours", "No stated position", "[1 F6]", "Reports"):
        assert expected in whole, expected
    # The table's header row repeats on a page where a track's table carries over.
    later = [page for page in pages if "Issue" in page and "Common ground" in page]
    assert len(later) >= 2


def test_the_header_row_repeats_and_rows_stay_whole_in_the_file(seed_ws, tmp_path):
    sheet = build_sheet(Snapshot(seed_ws), SheetOptions(marking=Marking.tlp("amber")))
    path = tmp_path / "sheet.docx"
    path.write_bytes(build_docx(sheet))
    document = docx.Document(str(path))
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "Issue"]
    assert tables
    for table in tables:
        assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
        assert all(row._tr.xpath("./w:trPr/w:cantSplit") for row in table.rows[1:])
    numbered = [t.rows[n].cells[0].paragraphs[0].text for t in tables for n in range(1, len(t.rows))]
    assert numbered[0].startswith("1. ") and numbered[-1].startswith(f"{len(sheet.comparison.rows)}. ")
    assert document.core_properties.keywords == "TLP:AMBER"
    assert document.core_properties.language == "en-GB"
    assert document.sections[0].header.paragraphs[0].text == "TLP:AMBER"


def test_text_that_word_would_refuse_is_cleaned_not_fatal(seed_ws, tmp_path):
    issue = seed_ws.issues()[0]
    issue.name = "Ceasefire\x0b\x01 terms"
    seed_ws.update(issue)
    sheet = build_sheet(Snapshot(seed_ws), SheetOptions())
    path = tmp_path / "sheet.docx"
    path.write_bytes(build_docx(sheet))
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Ceasefire terms" in body


@pytest.mark.parametrize("marking", ["", "TLP:RED"])
def test_with_and_without_a_marking(seed_ws, tmp_path, marking):
    options = SheetOptions(marking=Marking.tlp("red") if marking else Marking())
    document = docx.Document(__import__("io").BytesIO(build_docx(build_sheet(Snapshot(seed_ws), options))))
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert (marking in header) == bool(marking)
