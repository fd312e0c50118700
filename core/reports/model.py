"""What reading a report file gives back, the limits, and the one error the user sees.

The text a ``ReportText`` holds is the text exactly as the format's library
extracted it, with one change only: line ends are made ``\\n`` (``\\r\\n`` and a
lone ``\\r`` both become ``\\n``). Citations keep start and end offsets into
this text, so nothing else may ever be trimmed, folded or re-spaced here or
later. Metadata (title, outlet, ...) is display text, not cited, so it is
tidied to one line.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

# A news report is a few kilobytes of text; a long PDF study a few megabytes.
# 20 MB of file and 2 million characters of text (about 300,000 words, a
# 1,000-page book) leave room for any report and keep a hostile file from
# filling memory or the workspace.
MAX_REPORT_BYTES = 20 * 1024 * 1024
MAX_REPORT_CHARS = 2_000_000
# A .docx is a zip: its parts, unpacked, may not add up to more than this. A
# Word file with 2 million characters of text unpacks to about 10 MB; photos
# are stored compressed already, so they unpack to about their size in the
# file. python-docx holds the parsed XML in memory, several times its size.
MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_METADATA_CHARS = 500

SOURCE_FORMATS = ("txt", "html", "pdf", "docx", "paste")


class ReportFileError(ValueError):
    """A report that cannot be read; ``str()`` is one line to show the user."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


@dataclass(frozen=True)
class ReportText:
    """A report's text and what its file says about it.

    ``text`` is exactly as extracted, line ends normalised to ``\\n`` and
    nothing else (citation offsets point into it). ``published`` is
    ``YYYY-MM-DD`` or ``""``; ``language`` an ISO 639-1 code detected from the
    text (``"en"``, ``"uk"``, ``"ru"``, ...) or ``""`` when unsure.
    """

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    language: str = ""
    source_format: str = ""


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_SPACES = re.compile(r"\s+")


def one_line(message: str) -> str:
    """Fold any control character (a newline in a file name, say) so a message stays on one line."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", str(message))).strip()


def normalise_line_ends(text: str) -> str:
    """``\\r\\n`` and a lone ``\\r`` become ``\\n``: the only change made to extracted text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy_metadata(value: object) -> str:
    """Metadata as one short line of display text ("" for nothing)."""
    if value is None:
        return ""
    return one_line(str(value))[:MAX_METADATA_CHARS]


def iso_date(value: object) -> str:
    """``YYYY-MM-DD`` from a date, datetime or string that starts with one; "" otherwise."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.strftime("%Y-%m-%d") if 1900 <= value.year <= 2200 else ""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return ""
    try:
        day = _dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return ""
    return day.isoformat() if 1900 <= day.year <= 2200 else ""


def web_url(value: object) -> str:
    """An http(s) address, or "": a page may name ``file:`` or ``javascript:`` targets, never kept."""
    url = tidy_metadata(value)
    return url if re.match(r"https?://[^\s/]+", url, re.IGNORECASE) else ""
