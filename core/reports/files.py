"""Read a report the analyst brings: a file on disk or pasted text.

The file is checked (exists, a regular file, not empty, not over the limit),
read once, in full, into memory, and its format decided by content
(``core.reports.sniff``). Every failure, of the file system or of a format's
library, becomes one ``ReportFileError`` with one line for the user; nothing
is written anywhere.
"""

from __future__ import annotations

import stat
from pathlib import Path

from core.i18n import translate
from core.reports.language import detect_language
from core.reports.model import (
    MAX_REPORT_BYTES,
    MAX_REPORT_CHARS,
    ReportFileError,
    ReportText,
    normalise_line_ends,
    one_line,
)
from core.reports.plain_text import check_printable, decode_text, headline
from core.reports.sniff import sniff_format


def read_report_file(path) -> ReportText:
    """The report in ``path`` (.txt, .html/.htm, .pdf or .docx, whatever its name says), or ``ReportFileError``."""
    path = Path(path)
    name = one_line(path.name) or one_line(str(path))
    try:
        data = _read_bytes(path)
        kind = sniff_format(data, path.suffix.lower().lstrip("."))
        fields = _extract(kind, data)
        return _finish(kind, fields)
    except ReportFileError as error:
        raise ReportFileError(translate("ReportFiles", "{name}: {error}").format(name=name, error=error)) from error.__cause__
    except MemoryError as error:
        raise ReportFileError(translate("ReportFiles", "{name}: too large to read").format(name=name)) from error
    except Exception as error:
        # A format library choking on a hostile file in a way it does not document (lxml, PDFium, zip
        # internals): still one line for the user, never a traceback; the class name helps a bug report.
        raise ReportFileError(translate("ReportFiles", "{name}: this file cannot be read ({kind})").format(name=name, kind=type(error).__name__)) from error


def read_pasted_text(text: str) -> ReportText:
    """Pasted text as a report: the text as pasted, line ends normalised, a headline at its top as title."""
    if not isinstance(text, str) or not text.strip():
        raise ReportFileError(translate("ReportFiles", "nothing to read: the pasted text is empty"))
    if len(text) > MAX_REPORT_CHARS:
        raise ReportFileError(translate("ReportFiles", "the pasted text is longer than {limit} characters").format(limit=format(MAX_REPORT_CHARS, ",")))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ReportFileError(translate("ReportFiles", "the pasted text holds broken characters (lone surrogates)")) from error
    check_printable(text)
    return _finish("paste", {"text": text})


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise ReportFileError(translate("ReportFiles", "no such file")) from error
    except PermissionError as error:
        raise ReportFileError(translate("ReportFiles", "no permission to read this file")) from error
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        raise ReportFileError(translate("ReportFiles", "cannot read this file ({reason})").format(reason=one_line(getattr(error, 'strerror', None) or error))) \
            from error
    if stat.S_ISDIR(info.st_mode):
        raise ReportFileError(translate("ReportFiles", "this is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise ReportFileError(translate("ReportFiles", "this is not an ordinary file"))
    if info.st_size == 0:
        raise ReportFileError(translate("ReportFiles", "the file is empty"))
    if info.st_size > MAX_REPORT_BYTES:
        raise ReportFileError(translate("ReportFiles", "the file is larger than {limit} MB, the limit for a report").format(limit=MAX_REPORT_BYTES // 2**20))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_REPORT_BYTES + 1)
    except PermissionError as error:
        raise ReportFileError(translate("ReportFiles", "no permission to read this file")) from error
    except OSError as error:
        raise ReportFileError(translate("ReportFiles", "cannot read this file ({reason})").format(reason=one_line(error.strerror or error))) from error
    if len(data) > MAX_REPORT_BYTES:  # it grew since stat
        raise ReportFileError(translate("ReportFiles", "the file is larger than {limit} MB, the limit for a report").format(limit=MAX_REPORT_BYTES // 2**20))
    if not data:
        raise ReportFileError(translate("ReportFiles", "the file is empty"))
    return data


def _extract(kind: str, data: bytes) -> dict:
    if kind == "pdf":
        from core.reports.pdf_reader import read_pdf

        return read_pdf(data)
    if kind == "docx":
        from core.reports.docx_reader import read_docx

        return read_docx(data)
    if kind == "html":
        from core.reports.html_reader import read_html

        return read_html(data)
    return {"text": decode_text(data)}


def _finish(kind: str, fields: dict) -> ReportText:
    """Line ends normalised (the only change to the text), limits checked, headline and language added."""
    text = normalise_line_ends(fields.pop("text"))
    if not text.strip():
        raise ReportFileError(translate("ReportFiles", "no text in this file"))
    if len(text) > MAX_REPORT_CHARS:
        raise ReportFileError(translate("ReportFiles", "the report is longer than {limit} characters").format(limit=format(MAX_REPORT_CHARS, ",")))
    if kind in ("txt", "paste") and not fields.get("title"):
        fields["title"] = headline(text)
    return ReportText(text=text, language=detect_language(text), source_format=kind, **fields)
