"""A Word (.docx) report's text and properties, with python-docx.

The body is read in order: each paragraph is a line, and a table's cells
follow one another, row by row, a line each (a merged cell once), so a quoted
figure in a table is citable like any sentence. Title and creation date come
from the core properties when the file has them.

A .docx is a zip, and a small zip can unpack to gigabytes (a "zip bomb"), so
the declared sizes of its parts are added up before python-docx reads any of
it. Python's zipfile stops at a part's declared size, so a part that lies
about its size fails its checksum instead of filling memory. python-docx
parses XML without resolving entities and never follows a link to an
external file.
"""

from __future__ import annotations

import io
import zipfile

from core.i18n import translate
from core.reports.model import MAX_DOCX_UNPACKED_BYTES, ReportFileError, iso_date, tidy_metadata
from core.reports.plain_text import check_printable

MAX_DOCX_PARTS = 10_000


def check_zip_size(data: bytes) -> None:
    """``ReportFileError`` unless the zip opens and unpacks to at most ``MAX_DOCX_UNPACKED_BYTES``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ReportFileError(translate("ReportFiles", "this Word file is damaged (truncated?) and cannot be opened")) from error
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > MAX_DOCX_PARTS or unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise ReportFileError(translate("ReportFiles", "this Word file unpacks to more than {limit} MB: it is not an ordinary document").format(limit=MAX_DOCX_UNPACKED_BYTES // 2**20))


def read_docx(data: bytes) -> dict:
    """``text``, ``title`` and ``published`` (the document's creation date) of a .docx."""
    check_zip_size(data)
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_body_lines(document))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, TypeError, OSError, EOFError,
            RecursionError) as error:
        raise ReportFileError(translate("ReportFiles", "this Word file is damaged and cannot be read")) from error
    except Exception as error:  # lxml's XMLSyntaxError and python-docx's own errors have no common base
        raise ReportFileError(translate("ReportFiles", "this Word file is damaged and cannot be read")) from error
    text = "\n".join(lines)
    if not text.strip():
        raise ReportFileError(translate("ReportFiles", "no text in this Word file"))
    title = published = ""
    try:
        # Only real properties: python-docx invents "Word Document" and "now" when a file has none.
        document.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
    except KeyError:
        pass
    else:
        try:
            properties = document.core_properties
            title, published = tidy_metadata(properties.title), iso_date(properties.created)
        except (ValueError, TypeError, OverflowError):
            pass
    return {"text": check_printable(text), "title": title, "published": published}


def _body_lines(container):
    """Paragraph texts and table-cell texts in the order they appear, nested tables included."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell appears once per grid column it spans
                        continue
                    seen.add(cell._tc)
                    yield from _body_lines(cell)
        else:
            yield block.text
