"""Colours and fonts that follow the system palette, light or dark.

Status colours are used as tints blended over the palette's base colour, so
the text stays the palette's own text colour and readable in either mode.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase, QPalette

from core.resources import resource

STATUS_COLOURS = {
    "agreed": "#2E7D32",
    "narrowing": "#F9A825",
    "open": "#546E7A",
    "opposed": "#C62828",
    "not_discussed": "#9E9E9E",
}


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``tint`` laid over ``base`` at ``amount`` (0..1) opacity."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_background(status: str, palette: QPalette) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, QColor(STATUS_COLOURS.get(status, "#9E9E9E")), 0.35 if is_dark(palette) else 0.22)


def load_fonts() -> str | None:
    """Register the shipped Noto Sans so every machine draws the same glyphs."""
    family = None
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family
