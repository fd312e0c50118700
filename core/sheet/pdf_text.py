"""Text in the PDF outside the track tables: literal-text paragraphs, the styles, over-long words cut once.

Cutting exists for speed (issue 9, finding 16): ReportLab splits a word
wider than its column a character at a time, again on every re-wrap at a
page end. The track tables, the small charts' titles and the list of what
moved are laid out by ``core.sheet.laid_text`` instead (issue 15).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paraparser import ParaParser

from core.domain.labels import CHANGE_COLOUR
from core.sheet.fonts import FONT, FONT_BOLD, needs_fallback, runs

_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


class Paragraph(_Paragraph):
    """A Paragraph that remembers its last wrap.

    A table measures every cell, measures the rest again each time it splits
    at a page end, and wraps each cell once more to draw it. The line breaks
    depend only on the width, so the second and third wraps are free.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if getattr(self, "_wrapped_at", None) == availWidth:
            return self._wrapped
        self._wrapped = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return self._wrapped

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped_at = None
        return super().split(availWidth, availHeight)


_TEMPLATE_FRAGS: dict[str, object] = {}


def plain(value: str | None, style: ParagraphStyle, kind: type = Paragraph) -> Paragraph:
    """A paragraph of literal text in one style, built without the markup parser."""
    template = _TEMPLATE_FRAGS.get(style.name)
    if template is None:
        template = _TEMPLATE_FRAGS[style.name] = ParaParser().parse("x", style)[1][0]
    words = " ".join((value or "").split())
    if needs_fallback(words):  # a run per font, so no character is dropped (core.sheet.fonts)
        frags = [template.clone(text=piece, fontName=font) for font, piece in runs(words, style.fontName)]
        return kind(words, style, frags=frags)
    return kind(words, style, frags=[template.clone(text=words)])


BODY_SIZE = 9.5  # nothing in the body is smaller: the sheet is read on paper, often copied


class Styles:
    def __init__(self):
        base = ParagraphStyle("base", fontName=FONT, bulletFontName=FONT, fontSize=BODY_SIZE, leading=12.5)
        self.cell = base
        self.bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
        self.muted = ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#555555"))
        self.small = ParagraphStyle("small", parent=base, textColor=colors.HexColor("#333333"))  # quotes
        self.was = ParagraphStyle("was", parent=base, textColor=colors.HexColor("#333333"))
        # On a white chip, so the orange keeps its contrast on every row tint.
        self.marker = ParagraphStyle("marker", parent=base, fontName=FONT_BOLD, backColor=colors.white,
                                     textColor=colors.HexColor(CHANGE_COLOUR))
        self.header = ParagraphStyle("header", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20,
                                    spaceAfter=4)
        self.track = ParagraphStyle("track", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                                    spaceBefore=8, spaceAfter=4)
        self.meta = ParagraphStyle("meta", parent=base, fontSize=BODY_SIZE, leading=12.5)


def break_long_words(words: str, font: str, size: float, width: float) -> str:
    """Cut each word wider than ``width`` into pieces that each fill a line, as ReportLab would.

    ReportLab splits an over-long word itself, measuring it one character at
    a time, and again each time the paragraph is re-wrapped at a page end.
    Cut here once, with cached character widths, the pieces are ordinary
    words, each wider than half a line, so each still starts a line of its
    own and the page looks the same. With every field at its limit this took
    the worst-case sheet from 8.3 s to 2.5 s. Text far past the limits stays
    slow (a 1 MB quote: 183 s), since every split of a row at a page end
    re-wraps the rest of it; the limits keep such text out.
    """
    if len(max(words.split(" "), key=len, default="")) * size * 1.5 <= width:
        return words  # no glyph is wider than 1.5 em: nothing to cut
    widths = _CHAR_WIDTHS.setdefault((font, size), {})
    pieces: list[str] = []
    for word in words.split(" "):
        if pdfmetrics.stringWidth(word, font, size) <= width:
            pieces.append(word)
            continue
        start, line = 0, 0.0
        for index, char in enumerate(word):
            char_width = widths.get(char)
            if char_width is None:
                char_width = widths[char] = pdfmetrics.stringWidth(char, font, size)
            if line + char_width > width and index > start:
                pieces.append(word[start:index])
                start, line = index, 0.0
            line += char_width
        pieces.append(word[start:])
    return " ".join(pieces)


def fit_to_width(paragraph: Paragraph, width: float) -> Paragraph:
    """Break the over-long words of a ``plain`` paragraph for a column ``width`` points wide."""
    frags = getattr(paragraph, "frags", None)
    if not frags or len(frags) != 1 or not getattr(frags[0], "text", ""):
        return paragraph
    style = paragraph.style
    fitted = break_long_words(frags[0].text, style.fontName, style.fontSize, width - 0.5)
    if fitted != frags[0].text:
        frags[0].text = paragraph.text = fitted
    return paragraph
