"""Colours and fonts that follow the system palette, light or dark.

Status colours are used as tints blended over the palette's base colour, so
the text stays the palette's own text colour and readable in either mode.

Text drawn in a colour of its own (the changes view's added and removed
words, a form's error line, the status names of the counts table) is
chosen here, one variant for light palettes and one for dark, each at
least 4.5:1 (WCAG 2, AA for body text) against the palette's Base and
Window colours; ``readable`` then darkens or lightens it further for a
palette these were not chosen for (a high-contrast theme, say).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFontDatabase, QPalette

from core.resources import resource

STATUS_COLOURS = {
    "agreed": "#2E7D32",
    "narrowing": "#F9A825",
    "open": "#546E7A",
    "opposed": "#C62828",
    "not_discussed": "#9E9E9E",
}


# name: (on a light palette, on a dark palette)
TEXT_COLOURS = {
    "added": ("#1B5E20", "#81C784"),
    "removed": ("#B71C1C", "#EF9A9A"),
    "error": ("#B71C1C", "#FF8A80"),
    "agreed": ("#1B5E20", "#81C784"),
    "narrowing": ("#7A5200", "#FFD54F"),
    "open": ("#455A64", "#B0BEC5"),
    "opposed": ("#B71C1C", "#EF9A9A"),
    "not_discussed": ("#616161", "#BDBDBD"),
}
MIN_CONTRAST = 4.5


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour (0 black .. 1 white)."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio, 1:1 (same) to 21:1 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, made darker (on a light background) or lighter (on a dark one) until it reaches ``minimum``."""
    colour = QColor(colour)
    towards_white = relative_luminance(background) < 0.18
    for _ in range(40):
        if contrast_ratio(colour, background) >= minimum:
            return colour
        hue, saturation, lightness, alpha = colour.getHslF()
        lightness = min(1.0, lightness + 0.03) if towards_white else max(0.0, lightness - 0.03)
        colour = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
    return QColor("#FFFFFF" if towards_white else "#000000")


def text_colour(name: str, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """The colour for text ``name`` (``TEXT_COLOURS``) on ``palette``'s ``role``, at least 4.5:1 against it."""
    light, dark = TEXT_COLOURS[name]
    return readable(QColor(dark if is_dark(palette) else light), palette.color(role))


def error_style(palette: QPalette) -> str:
    """The style sheet of a form's error line, on a dialog's Window colour."""
    return f"color: {text_colour('error', palette, QPalette.ColorRole.Window).name()}"


def show_as_error(label) -> None:
    """Colour ``label`` (a form's problems line) as an error, readable in this palette."""
    label.setStyleSheet(error_style(label.palette()))


def dark_palette() -> QPalette:
    """The dark palette of Qt's Fusion style (Qt 6.5+), for tests and screenshots where the platform
    gives none (offscreen); on Windows, macOS and Linux desktops in dark mode Qt supplies its own."""
    text = QColor(240, 240, 240)
    window = QColor(50, 50, 50)
    palette = QPalette(*(QBrush(colour) for colour in (
        text, window, window.lighter(150), window.darker(150), window.darker(130), text,
        QColor(255, 255, 255), window.darker(140), window)))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(48, 140, 198))
    palette.setColor(QPalette.ColorRole.HighlightedText, text)
    palette.setColor(QPalette.ColorRole.AlternateBase, window.darker(120))
    palette.setColor(QPalette.ColorRole.ToolTipBase, window)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160))
    palette.setColor(QPalette.ColorRole.Link, QColor(100, 170, 230))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(140, 140, 140))
    return palette


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
