"""Reports the analyst brings (files or pasted text) turned into text and metadata.

Qt-free and self-contained: nothing here imports another ``core`` module, so
the window, the command line and the reading engine can all use it.

    read_report_file(path) -> ReportText    # .txt .html/.htm .pdf .docx, by content
    read_pasted_text(text) -> ReportText
    ReportFileError                         # str() is one line for the user
    detect_language(text) -> "en" | "uk" | "ru" | ... | ""

The text is kept exactly as extracted (line ends made ``\\n``, nothing else),
because citations point into it by offset.
"""

from core.reports.files import read_pasted_text, read_report_file
from core.reports.language import detect_language
from core.reports.model import (
    MAX_DOCX_UNPACKED_BYTES,
    MAX_REPORT_BYTES,
    MAX_REPORT_CHARS,
    ReportFileError,
    ReportText,
)

__all__ = [
    "MAX_DOCX_UNPACKED_BYTES",
    "MAX_REPORT_BYTES",
    "MAX_REPORT_CHARS",
    "ReportFileError",
    "ReportText",
    "detect_language",
    "read_pasted_text",
    "read_report_file",
]
