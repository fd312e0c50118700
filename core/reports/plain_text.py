"""Bytes of a plain-text report to text, and a headline at its top.

Decoding is strict, in an order that cannot mistake one encoding for another:
a byte-order mark says UTF-8, UTF-32 or UTF-16 for sure; NUL bytes mean
UTF-16/32 without a mark (or binary data); then strict UTF-8, which random
legacy bytes almost never pass. Only then is a legacy encoding (cp1251,
KOI8-U, cp1252, ...) guessed. Guesses are charset-normalizer's, accepted only
when it is sure: a wrong guess would store a report in mojibake whose
citations no one could read.
"""

from __future__ import annotations

import re

from core.i18n import translate
from core.reports.model import ReportFileError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# charset-normalizer's measures, in per cent: how garbled the decoded text
# looks (chaos) and how much it looks like a language (coherence).
MAX_GUESS_CHAOS = 5.0
MIN_GUESS_COHERENCE = 20.0
# Printable text has few control characters; junk decoded as text has many.
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """The text of a .txt file's bytes (the BOM not included); ``ReportFileError`` when unsure."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return check_printable(data[len(bom):].decode(encoding))
            except UnicodeDecodeError as error:
                raise ReportFileError(translate("ReportFiles", "this file says it is {encoding} but is not valid {encoding}").format(encoding=encoding.upper())) \
                    from error
    if b"\x00" in data:
        # Text with NUL bytes is UTF-16 or UTF-32 saved without a BOM, or not text at all.
        return check_printable(_guess_encoding(data, wide=True))
    try:
        return check_printable(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return check_printable(_guess_encoding(data, wide=False))


def _guess_encoding(data: bytes, wide: bool) -> str:
    """The text as charset-normalizer decodes it, only when it is sure (and, for ``wide``, UTF-16/32)."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    sure = best is not None and best.percent_chaos <= MAX_GUESS_CHAOS and \
        best.percent_coherence >= MIN_GUESS_COHERENCE
    if wide and not (sure and best.encoding.startswith(("utf_16", "utf_32"))):
        raise ReportFileError(translate("ReportFiles", "this file holds binary data, not text"))
    if not sure:
        raise ReportFileError(translate("ReportFiles", "cannot tell this text file's encoding: save it as UTF-8 and open it again"))
    return str(best)


def check_printable(text: str) -> str:
    """``text`` itself, or ``ReportFileError`` when control characters show it is not text at all."""
    if text and len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise ReportFileError(translate("ReportFiles", "this file holds binary data, not text"))
    return text


_FINAL_PUNCTUATION = (".", ",", ";", ":", "…", "-", "–", "—")
MAX_HEADLINE_CHARS = 150
MAX_HEADLINE_WORDS = 25


def headline(text: str) -> str:
    """The text's first line when it is clearly a headline, else "".

    Clearly a headline: the first non-blank line, a paragraph of its own (a
    blank line follows, and more text after that), at most 150 characters and
    25 words, two words or more, mostly letters, and no final full stop or
    other sentence punctuation. The line stays in the text as well.
    """
    lines = text.split("\n")
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None or index + 2 >= len(lines):
        return ""
    line = lines[index].strip()
    if lines[index + 1].strip() or not any(rest.strip() for rest in lines[index + 2:]):
        return ""
    words = line.split()
    letters = sum(ch.isalpha() for ch in line)
    if not (2 <= len(words) <= MAX_HEADLINE_WORDS and len(line) <= MAX_HEADLINE_CHARS):
        return ""
    if line.endswith(_FINAL_PUNCTUATION) or letters < 0.6 * len(line.replace(" ", "")):
        return ""
    return line
