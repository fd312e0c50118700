"""The sheet's fonts: Noto Sans, shipped in resources/fonts (OFL), embedded as subsets in every PDF."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import resource

FONT = "ParleySans"
FONT_BOLD = "ParleySans-Bold"


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "NotoSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """One line of user text on the page furniture (header, footer, banner)."""
    width = text_width(text, font, size)
    start = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    canvas.setFont(font, size)
    canvas.drawString(start, y, text)


def clip_to_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with '…' so that it fits in ``width`` points (a running header is one line)."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
