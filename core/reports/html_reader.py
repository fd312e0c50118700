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

from core.reports.model import ReportFileError, iso_date, tidy_metadata, web_url
from core.reports.plain_text import check_printable
from core.reports.sniff import is_full_html_page

# trafilatura and htmldate log every odd page at WARNING; a report is read
# by an analyst, who gets Parley's one-line message instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _page_bytes(data: bytes) -> bytes:
    """The page as bytes the libraries decode themselves; a UTF-16 page (BOM) re-encoded as UTF-8 first."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding).encode("utf-8")
            except UnicodeDecodeError as error:
                raise ReportFileError(f"this page says it is {encoding.upper()} but is not") from error
    return data


def read_html(data: bytes) -> dict:
    """``text`` and metadata of a page; ``ReportFileError`` when it holds no readable text."""
    import trafilatura

    page = _page_bytes(data)
    if not is_full_html_page(page):
        # A fragment (a .html file of bare <p> elements): trafilatura reads only whole pages.
        page = b"<html><head><meta charset=utf-8></head><body>" + page + b"</body></html>"
    try:
        document = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False)
    except (ValueError, TypeError, RecursionError) as error:
        raise ReportFileError("this web page cannot be read (damaged HTML?)") from error
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text.strip():
        # A short page is below trafilatura's threshold for an "article": take
        # all its visible text instead.
        text = trafilatura.html2txt(page) or ""
    if not text.strip():
        raise ReportFileError("no text found in this web page")
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


def _htmldate(page: bytes) -> str:
    import htmldate

    assert isinstance(page, bytes)  # never a string: htmldate downloads a string that looks like an address
    try:
        found = htmldate.find_date(page, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError, RecursionError):
        return ""
    return iso_date(found)
