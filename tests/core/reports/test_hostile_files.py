"""Files that are not reports, or are built to hurt: each gets one line, and nothing is written."""

import io
import os
import random
import struct
import time
import zipfile

import pytest

from core.reports import MAX_DOCX_UNPACKED_BYTES, MAX_REPORT_BYTES, MAX_REPORT_CHARS, ReportFileError, read_report_file
from tests.core.reports.samples import ENGLISH, docx_bytes, pdf_bytes


def refused(path, pattern=None) -> str:
    """The one-line message for ``path``; the folder holds the same files afterwards."""
    before = sorted(os.listdir(path.parent))
    with pytest.raises(ReportFileError) as caught:
        read_report_file(path)
    message = str(caught.value)
    assert message and "\n" not in message and "\r" not in message
    assert "Traceback" not in message
    if pattern:
        assert pattern in message, message
    assert sorted(os.listdir(path.parent)) == before
    return message


@pytest.mark.parametrize("name", ["junk.txt", "junk.pdf", "junk.docx", "junk.html", "junk"])
def test_binary_junk(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(random.Random(11).randbytes(50_000))
    assert refused(path).startswith(name + ": ")


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t \n")
    refused(tmp_path / "empty.txt", "the file is empty")
    refused(tmp_path / "blank.txt", "no text")


def test_huge_sparse_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 2**30)  # 50 GB that occupy no disk
    started = time.perf_counter()
    refused(path, f"larger than {MAX_REPORT_BYTES // 2**20} MB")
    assert time.perf_counter() - started < 1


def test_one_byte_over_the_limit_is_refused_and_the_limit_itself_is_not(tmp_path):
    over = tmp_path / "over.txt"
    with open(over, "wb") as handle:
        handle.truncate(MAX_REPORT_BYTES + 1)
    refused(over, "larger than")
    assert MAX_REPORT_BYTES >= 20 * 2**20 and MAX_REPORT_CHARS >= 2_000_000


def test_text_over_the_character_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"a " * (MAX_REPORT_CHARS // 2 + 1))
    refused(path, f"longer than {MAX_REPORT_CHARS:,} characters")


def test_html_page_with_far_too_much_text_is_refused_quickly(tmp_path):
    path = tmp_path / "long.html"
    paragraph = f"<p>{ENGLISH}</p>\n".encode()
    path.write_bytes(b"<html><body><article>" + paragraph * (MAX_REPORT_BYTES // len(paragraph) - 1) +
                     b"</article></body></html>")
    started = time.perf_counter()
    refused(path, f"more than {MAX_REPORT_CHARS:,} characters")
    assert time.perf_counter() - started < 15  # trafilatura would take about a minute on this page


def test_missing_file_folder_and_fifo(tmp_path):
    refused(tmp_path / "missing.pdf", "no such file")
    (tmp_path / "folder.txt").mkdir()
    refused(tmp_path / "folder.txt", "folder")
    if hasattr(os, "mkfifo"):  # a pipe would block a reader forever
        os.mkfifo(tmp_path / "pipe.txt")
        refused(tmp_path / "pipe.txt", "not an ordinary file")


def test_a_name_no_file_system_accepts(tmp_path):
    refused(tmp_path / "nul\x00byte.txt", "cannot read this file")
    refused(tmp_path / ("x" * 5000 + ".txt"), "cannot read this file")


def test_a_library_failing_in_an_undocumented_way_still_gives_one_line(tmp_path, monkeypatch):
    import core.reports.files as files

    def broken(kind, data):
        raise AssertionError("internal state")

    monkeypatch.setattr(files, "_extract", broken)
    path = tmp_path / "odd.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert refused(path) == "odd.txt: this file cannot be read (AssertionError)"


def test_unreadable_file(tmp_path, monkeypatch):
    import core.reports.files as files

    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open", denied, raising=False)  # as root, chmod 000 would not stop a read
    refused(path, "no permission")


def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"\x00\x01" * 100)
    assert refused(path).startswith("two lines.txt: ")


def test_truncated_docx(tmp_path):
    data = docx_bytes([ENGLISH] * 20)
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "damaged")


def test_zip_bomb_disguised_as_docx_is_refused_before_unpacking(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("[Content_Types].xml", "<Types/>")
        with bomb.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = b"\x00" * 2**22
            for _ in range(MAX_DOCX_UNPACKED_BYTES // len(zeros) + 1):
                member.write(zeros)
    path = tmp_path / "bomb.docx"
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 2**20
    refused(path, "unpacks to more than")


def test_zip_member_that_lies_about_its_size_is_damaged_not_unpacked(tmp_path):
    """A part claiming 64 bytes but holding more: zipfile stops at 64 and the checksum fails."""
    data = bytearray(docx_bytes([ENGLISH]))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    target = archive.getinfo("word/document.xml")
    # Rewrite the sizes of word/document.xml in its local header and central directory entry.
    local = target.header_offset
    struct.pack_into("<I", data, local + 22, 64)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", data, central + 24, 64)
        central = data.find(b"PK\x01\x02", central + 4)
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size == 64
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    refused(path, "damaged")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "save it as .docx"),
    ("note.rtf", b"{\\rtf1\\ansi Talks resume}", "RTF"),
    ("workspace.txt", b"SQLite format 3\x00" + b"\x00" * 100, "database"),
])
def test_other_formats_are_named(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    refused(path, words)


@pytest.mark.parametrize(("member", "words"), [
    ("xl/workbook.xml", "Excel"), ("content.xml", "OpenDocument"), ("notes.txt", "zip archive")])
def test_zips_that_are_not_word_files(tmp_path, member, words):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(member, "<x/>")
    path = tmp_path / "report.docx"
    path.write_bytes(out.getvalue())
    refused(path, words)


def test_pdf_with_too_many_pages(tmp_path, monkeypatch):
    import core.reports.pdf_reader as pdf_reader

    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 3)  # the real limit, 10,000 pages, costs seconds to build
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_bytes([["one"], ["two"], ["three"], ["four"]]))
    refused(path, "more than 3 pages")


def test_truncated_and_damaged_pdf(tmp_path):
    data = pdf_bytes([[ENGLISH[:80]]])
    (tmp_path / "cut.pdf").write_bytes(data[:200])
    (tmp_path / "garbled.pdf").write_bytes(b"%PDF-1.7\n" + random.Random(3).randbytes(5000))
    for name in ("cut.pdf", "garbled.pdf"):
        message = refused(tmp_path / name)
        assert "PDF" in message
