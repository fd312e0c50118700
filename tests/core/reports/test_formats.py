"""Word, PDF and HTML reports made in the test: text in order, metadata, and a format known by content."""

import pytest

from core.reports import ReportFileError, read_report_file
from tests.core.reports.samples import CREATED, ENGLISH, RUSSIAN, SAMPLES, UKRAINIAN, docx_bytes, html_page, pdf_bytes


def test_docx_paragraphs_and_table_cells_in_order_with_properties(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(docx_bytes(["Переговори в Женеві", UKRAINIAN], table=[["Сторона", "Полонені"], ["Перша", "500"]],
                                title="Переговори в Женеві", created=CREATED))
    report = read_report_file(path)
    assert report.text == "\n".join(["Переговори в Женеві", UKRAINIAN, "Сторона", "Полонені", "Перша", "500",
                                     "After the table."])
    assert (report.title, report.published, report.language, report.source_format) == \
        ("Переговори в Женеві", "2024-03-06", "uk", "docx")


def test_docx_merged_cell_is_read_once(tmp_path):
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "merged"
    table.cell(0, 2).text = "single"
    out = io.BytesIO()
    document.save(out)
    path = tmp_path / "merged.docx"
    path.write_bytes(out.getvalue())
    assert read_report_file(path).text == "merged\nsingle"


def test_docx_without_core_properties_has_no_invented_title(tmp_path):
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes([ENGLISH], title="Kept out")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                continue
            if info.filename == "_rels/.rels":
                data = data.replace(b'Target="docProps/core.xml"', b'Target="docProps/missing.xml"')
                import re
                data = re.sub(rb'<Relationship [^>]*core-properties[^>]*/>', b"", data)
            target.writestr(info, data)
    path = tmp_path / "bare.docx"
    path.write_bytes(out.getvalue())
    report = read_report_file(path)
    assert report.text == ENGLISH
    assert (report.title, report.published) == ("", "")  # not python-docx's "Word Document" and today


def test_pdf_pages_joined_by_a_blank_line_with_title(tmp_path):
    first, second = RUSSIAN[:80], RUSSIAN[80:160]
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes([[first, "вторая строка"], [second]], title="Переговоры в Женеве"))
    report = read_report_file(path)
    assert report.text == f"{first}\nвторая строка\n\n{second}"  # PDFium's \r\n made \n
    assert (report.title, report.language, report.source_format) == ("Переговоры в Женеве", "ru", "pdf")


def test_pdf_without_a_text_layer_is_called_a_scan(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([[], []], text=False))
    with pytest.raises(ReportFileError, match=r"^scan\.pdf: no text in this PDF \(is it a scan\?\)$"):
        read_report_file(path)


def test_encrypted_pdf_is_refused_in_one_line(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(pdf_bytes([["secret talks"]], encrypt="password"))
    with pytest.raises(ReportFileError, match=r"^locked\.pdf: this PDF is protected by a password"):
        read_report_file(path)


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_html_main_text_and_metadata(tmp_path, language):
    sentences = SAMPLES[language].split(". ")
    path = tmp_path / "page.html"
    path.write_text(html_page(sentences, lang=language), encoding="utf-8")
    report = read_report_file(path)
    for sentence in sentences:
        assert sentence in report.text
    assert "Subscribe" not in report.text and "Cookie" not in report.text
    assert (report.title, report.outlet, report.url, report.published, report.language, report.source_format) == (
        "Talks resume in Geneva", "Example News", "https://news.example.org/2024/03/05/talks", "2024-03-05",
        language, "html")


def test_html_date_from_htmldate_when_trafilatura_has_none(tmp_path, monkeypatch):
    import trafilatura

    real = trafilatura.bare_extraction

    def without_date(*args, **kwargs):
        document = real(*args, **kwargs)
        document.date = None
        return document

    monkeypatch.setattr(trafilatura, "bare_extraction", without_date)
    path = tmp_path / "page.htm"
    path.write_text(html_page(ENGLISH.split(". "), date="", url="https://news.example.org/talks", extra='<meta name="date" content="2023-11-20">'),
                    encoding="utf-8")
    assert read_report_file(path).published == "2023-11-20"


def test_html_url_that_is_not_a_web_address_is_dropped(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(html_page(ENGLISH.split(". "), url="file:///etc/passwd"), encoding="utf-8")
    assert read_report_file(path).url == ""


def test_html_fragment_in_a_html_file_is_read(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text("<p>Делегації зустрілися в Женеві, переговори тривали три години.</p>", encoding="utf-8")
    report = read_report_file(path)
    assert report.text == "Делегації зустрілися в Женеві, переговори тривали три години."
    assert report.source_format == "html"


def test_short_html_page_falls_back_to_all_its_text(tmp_path):
    path = tmp_path / "short.html"
    path.write_text("<html><body><p>Делегації зустрілися в Женеві.</p></body></html>", encoding="utf-8")
    assert "Делегації зустрілися в Женеві." in read_report_file(path).text


def test_same_files_give_the_same_text_every_time(tmp_path):
    files = {"a.docx": docx_bytes([UKRAINIAN]), "a.pdf": pdf_bytes([[RUSSIAN[:90]]]),
             "a.html": html_page(ENGLISH.split(". ")).encode("utf-8")}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert read_report_file(tmp_path / name) == read_report_file(tmp_path / name)


@pytest.mark.parametrize(("name", "make", "kind"), [
    ("report.html", lambda: pdf_bytes([[ENGLISH[:80]]]), "pdf"),
    ("report.pdf", lambda: docx_bytes([ENGLISH]), "docx"),
    ("report.txt", lambda: html_page(ENGLISH.split(". ")).encode("utf-8"), "html"),
    ("report.docx", lambda: ENGLISH.encode("utf-8"), "txt"),
    ("report", lambda: pdf_bytes([[ENGLISH[:80]]]), "pdf"),
])
def test_content_decides_the_format_whatever_the_name_says(tmp_path, name, make, kind):
    path = tmp_path / name
    path.write_bytes(make())
    report = read_report_file(path)
    assert report.source_format == kind
    assert "Delegations from the two countries" in report.text
