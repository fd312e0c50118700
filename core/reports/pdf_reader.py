"""A PDF report's text layer and title, with pypdfium2 (PDFium, as in Chrome).

Each page's text comes from PDFium's text layer, pages joined with a blank
line. A scan has no text layer: that gets its own message, since the analyst
can do something about it (find the original, or run OCR). An encrypted PDF
that needs a password to open is refused; one that only restricts printing
or copying opens and is read.

PDFium is not thread-safe and the export dialog's preview uses it too: a
window that reads reports in a worker thread must not let the two overlap.
"""

from __future__ import annotations

from core.i18n import translate
from core.reports.model import MAX_REPORT_CHARS, ReportFileError, tidy_metadata
from core.reports.plain_text import check_printable

PAGE_SEPARATOR = "\n\n"
# 2 million characters fill about 700 pages; a PDF of blank pages costs about
# 0.1 ms a page to read, and a 20 MB file can repeat one page 100,000 times.
MAX_PDF_PAGES = 10_000


def read_pdf(data: bytes) -> dict:
    """``text`` and ``title`` of a PDF; ``ReportFileError`` when it cannot be opened or has no text."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ReportFileError(translate("ReportFiles", "this PDF is protected by a password: save an unprotected copy")) from error
        raise ReportFileError(translate("ReportFiles", "this PDF is damaged and cannot be opened")) from error
    try:
        if len(pdf) > MAX_PDF_PAGES:
            raise ReportFileError(translate("ReportFiles", "this PDF has more than {limit} pages, more than a report").format(limit=format(MAX_PDF_PAGES, ",")))
        pages, total = [], 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            total += len(text) + len(PAGE_SEPARATOR)
            if total > MAX_REPORT_CHARS + len(PAGE_SEPARATOR):
                raise ReportFileError(translate("ReportFiles", "this PDF holds more than {limit} characters of text").format(limit=format(MAX_REPORT_CHARS, ",")))
            pages.append(text)
        try:
            title = pdf.get_metadata_dict(skip_empty=True).get("Title", "")
        except (pdfium.PdfiumError, ValueError):
            title = ""
    except pdfium.PdfiumError as error:
        raise ReportFileError(translate("ReportFiles", "this PDF is damaged and cannot be read")) from error
    finally:
        pdf.close()
    if not pages:
        raise ReportFileError(translate("ReportFiles", "this PDF has no pages"))
    text = PAGE_SEPARATOR.join(pages)
    if not text.strip():
        raise ReportFileError(translate("ReportFiles", "no text in this PDF (is it a scan?)"))
    return {"text": check_printable(text), "title": tidy_metadata(title)}
