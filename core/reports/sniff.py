"""Which format a file really is, from its first bytes, with its name as a hint.

Analysts rename and mis-save files (a web page saved as .txt, a PDF that
arrived as ``report.html``), so the content decides: a recognised signature
wins over the extension. The extension only settles what bytes cannot (an
HTML fragment in a .html file) and names the file in messages. Formats Parley
cannot read get a message that says what the file is and what to do.
"""

from __future__ import annotations

import io
import re
import zipfile

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.reports.model import ReportFileError

# Signatures of files that are certainly not a report Parley can read.
_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", QT_TRANSLATE_NOOP("ReportFiles", "an old Word (.doc) or Office file: save it as .docx")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("ReportFiles", "an RTF file: save it as .docx or .txt")),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("ReportFiles", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("ReportFiles", "a JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("ReportFiles", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("ReportFiles", "a GIF image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("ReportFiles", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("ReportFiles", "a TIFF image")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("ReportFiles", "a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("ReportFiles", "a 7-Zip archive")),
    (b"Rar!\x1a\x07", QT_TRANSLATE_NOOP("ReportFiles", "a RAR archive")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("ReportFiles", "a program")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("ReportFiles", "a database (a .parley workspace?)")),
    (b"\x00\x00\x00\x0cjP  ", QT_TRANSLATE_NOOP("ReportFiles", "a JPEG 2000 image")),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(rb"<(p|div|body|article|br|h[1-6]|span|table|title|meta)[\s/>]", re.IGNORECASE)


def _strip_bom(head: bytes) -> bytes:
    for bom in _TEXT_BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            # A UTF-16 page: look at its ASCII bytes only.
            return head.replace(b"\x00", b"") if bom != _TEXT_BOMS[0] else head
    return head


def is_full_html_page(head: bytes) -> bool:
    """Whether bytes start like a whole HTML page (a doctype, <html> or <head>), not a fragment."""
    return bool(_HTML_START.match(_strip_bom(head[:4096])))


def sniff_format(data: bytes, extension: str) -> str:
    """``"pdf"``, ``"docx"``, ``"html"`` or ``"txt"`` for ``data``; ``ReportFileError`` for anything else.

    ``extension`` is the file's suffix, lower case, without the dot.
    """
    head = data[:4096]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    for signature, what in _OTHER_FORMATS:
        if head.startswith(signature):
            raise ReportFileError(translate("ReportFiles", "this is {what}, not a report Parley can read").format(
                what=translate("ReportFiles", what)))
    if head.startswith(b"MZ") and b"\x00" in head[:64]:  # "MZ" alone may begin a line of text
        raise ReportFileError(translate("ReportFiles", "this is a Windows program, not a report Parley can read"))
    text_head = _strip_bom(head)
    if _HTML_START.match(text_head):
        return "html"
    if extension in ("html", "htm", "xhtml") and _HTML_TAGS.search(text_head):
        return "html"
    return "txt"


def _zip_kind(data: bytes) -> str:
    """A zip is a report only when it is a Word document (word/document.xml inside)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ReportFileError(translate("ReportFiles", "this Word or zip file is damaged (truncated?) and cannot be opened")) from error
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise ReportFileError(translate("ReportFiles", "this is an Excel workbook, not a report: save the report as .docx, .pdf or .txt"))
    if "ppt/presentation.xml" in names:
        raise ReportFileError(translate("ReportFiles", "this is a PowerPoint file, not a report: save it as .pdf"))
    if "content.xml" in names:
        raise ReportFileError(translate("ReportFiles", "this is an OpenDocument file: save it as .docx or .pdf"))
    raise ReportFileError(translate("ReportFiles", "this is a zip archive, not a report: unpack it and open the report inside"))
