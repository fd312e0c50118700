"""A saved web page's main text and metadata, with trafilatura and htmldate.

trafilatura drops the menus, adverts and comment threads and keeps the
article, and reads the title, site name, canonical address and date from the
page's metadata. When it finds no date, htmldate looks harder (the page's
text and markup). Both are given the page's *bytes*: handed a string that
looks like an address, htmldate would download it, and Parley never fetches
anything. Neither library follows links, loads images or stylesheets, or
resolves entities (tests/core/reports/test_hostile_files.py watches the
system calls to be sure).
"""

from __future__ import annotations

import logging

from core.i18n import translate
from core.reports.model import MAX_REPORT_CHARS, ReportFileError, iso_date, tidy_metadata, web_url
from core.reports.plain_text import check_printable
from core.reports.sniff import is_full_html_page

# trafilatura and htmldate log every odd page at WARNING; a report is read
# by an analyst, who gets Parley's one-line message instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# trafilatura takes about a second per megabyte of text on this machine, so a
# page with far more text than a report may hold is refused before it runs
# (a 19 MB page of text would otherwise take a minute to be refused).
MAX_PAGE_TEXT_CHARS = 2 * MAX_REPORT_CHARS

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _page_bytes(data: bytes) -> bytes:
    """The page as bytes the libraries decode themselves; a UTF-16 page (BOM) re-encoded as UTF-8 first."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding).encode("utf-8")
            except UnicodeDecodeError as error:
                raise ReportFileError(translate("ReportFiles", "this page says it is {encoding} but is not").format(encoding=encoding.upper())) from error
    return data


def read_html(data: bytes) -> dict:
    """``text`` and metadata of a page; ``ReportFileError`` when it holds no readable text."""
    import trafilatura

    page = _page_bytes(data)
    if not is_full_html_page(page):
        # A fragment (a .html file of bare <p> elements): trafilatura reads only whole pages.
        page = b"<html><head><meta charset=utf-8></head><body>" + page + b"</body></html>"
    _check_text_size(page)
    try:
        document = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False)
    except (ValueError, TypeError, RecursionError) as error:
        raise ReportFileError(translate("ReportFiles", "this web page cannot be read (damaged HTML?)")) from error
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text.strip():
        # A short page is below trafilatura's threshold for an "article": take
        # all its visible text instead.
        text = trafilatura.html2txt(page) or ""
    if not text.strip():
        raise ReportFileError(translate("ReportFiles", "no text found in this web page"))
    published = iso_date(getattr(document, "date", None))
    if not published:
        published = _htmldate(page)
    return {
        "text": check_printable(text),
        "title": tidy_metadata(getattr(document, "title", None)),
        "outlet": tidy_metadata(getattr(document, "sitename", None)),
        "url": web_url(getattr(document, "url", None)),
        "published": published,
    }


def _check_text_size(page: bytes) -> None:
    """``ReportFileError`` when the page's visible text is far over the limit (a page's text is never
    longer than its bytes, so only large pages are parsed for this)."""
    if len(page) <= MAX_REPORT_CHARS:
        return
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(page, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as error:
        raise ReportFileError(translate("ReportFiles", "this web page cannot be read (damaged HTML?)")) from error
    lxml.etree.strip_elements(tree, "script", "style", "template", with_tail=False)
    if len(tree.text_content()) > MAX_PAGE_TEXT_CHARS:
        raise ReportFileError(translate("ReportFiles", "this web page holds more than {limit} characters of text").format(limit=format(MAX_REPORT_CHARS, ",")))


def _htmldate(page: bytes) -> str:
    import htmldate

    if not isinstance(page, bytes):  # never a string: htmldate downloads a string that looks like an address
        raise TypeError("htmldate is only ever given bytes")
    try:
        found = htmldate.find_date(page, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError, RecursionError):
        return ""
    return iso_date(found)
