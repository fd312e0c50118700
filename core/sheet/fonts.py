"""The sheet's fonts, shipped in resources/fonts (OFL, see OFL.txt there) and embedded as subsets in every PDF.

Noto Sans prints Latin, Cyrillic and Greek. A character it lacks would
vanish from the PDF without a word (ReportLab draws nothing for a glyph the
font does not have), so each piece of text is cut into runs, each printed in
the first shipped font that has its characters: Noto Sans Symbols (arrows
such as the "→" of a status move), Noto Sans Georgian, Noto Sans Armenian.

Whatever no shipped font has (Arabic and Hebrew, which also need right-to-
left layout and Arabic joining that the sheet does not do yet; Chinese,
Japanese, Korean; emoji) is refused before anything is written, with a
message naming the characters (``refuse_unprintable``): a sheet must not
silently drop what the window shows.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import resource

FONT = "ParleySans"
FONT_BOLD = "ParleySans-Bold"
# (registered name, file stem): tried in this order after Noto Sans.
FALLBACKS = (
    ("ParleySymbols", "NotoSansSymbols"),
    ("ParleyGeorgian", "NotoSansGeorgian"),
    ("ParleyArmenian", "NotoSansArmenian"),
)
SCRIPTS_PRINTED = "Latin, Cyrillic, Greek, Georgian, Armenian, arrows and common symbols"
MOST_NAMED = 5  # characters named in a refusal

_coverage: dict[str, frozenset[int]] = {}  # a font's characters, once it is registered
_registering = threading.Lock()


class UnprintableText(ValueError):
    """Text holds characters no shipped font has; the message names them and where they are."""


def register_fonts() -> None:
    """Noto Sans, regular and bold. The fallbacks are read when a character first needs one (``font_for``):
    reading all eight files was a tenth of a first export's time, and most sheets need none (issue 15)."""
    if FONT not in _coverage:
        _register([(FONT, "NotoSans")])


def _register(faces: list[tuple[str, str]]) -> None:
    with _registering:  # the dialog's preview and an export may start at once: each font is made once
        for name, stem in faces:
            if name in _coverage:
                continue
            regular = TTFont(name, str(resource("fonts", f"{stem}-Regular.ttf")))
            bold = TTFont(f"{name}-Bold", str(resource("fonts", f"{stem}-Bold.ttf")))
            pdfmetrics.registerFont(regular)
            pdfmetrics.registerFont(bold)
            pdfmetrics.registerFontFamily(name, normal=name, bold=f"{name}-Bold", italic=name,
                                          boldItalic=f"{name}-Bold")
            _coverage[name] = frozenset(regular.face.charToGlyph)


def _invisible(char: str) -> bool:
    """White space and format characters (joiners, direction marks): nothing to print, nothing lost."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


@lru_cache(maxsize=4096)
def font_for(char: str, bold: bool = False) -> str | None:
    """The first shipped font that has ``char`` (bold or not), or None if none has it."""
    register_fonts()
    _register(list(FALLBACKS))
    code = ord(char)
    for name in (FONT, *(name for name, _ in FALLBACKS)):
        if code in _coverage[name]:
            return f"{name}-Bold" if bold else name
    return FONT_BOLD if bold and _invisible(char) else (FONT if _invisible(char) else None)


def _in_main_font(text: str) -> bool:
    """True when Noto Sans has every character of ``text`` (the common case, checked on its set of characters)."""
    if text.isascii():
        return True
    register_fonts()
    main = _coverage[FONT]
    if main.issuperset(map(ord, text)):  # the common case, at C speed
        return True
    return all(ord(c) in main or _invisible(c) for c in set(text))


def base_font(font: str) -> tuple[str, bool]:
    return (font[:-5], True) if font.endswith("-Bold") else (font, False)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as ``(font, piece)`` runs: Noto Sans where it has the characters, a fallback where not."""
    if _in_main_font(text):
        return [(font, text)]
    bold = base_font(font)[1]
    found: list[tuple[str, str]] = []
    for char in text:
        chosen = font if _invisible(char) else (font_for(char, bold) or font)
        if found and (found[-1][0] == chosen or _invisible(char)):
            found[-1] = (found[-1][0], found[-1][1] + char)
        else:
            found.append((chosen, char))
    return found


def needs_fallback(text: str) -> bool:
    return not _in_main_font(text)


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that no shipped font has, in order of first appearance."""
    if _in_main_font(text):
        return []
    return list(dict.fromkeys(c for c in text if not _invisible(c) and font_for(c) is None))


def refuse_unprintable(labelled: Iterable[tuple[str, str]]) -> None:
    """Raise ``UnprintableText`` naming the characters of ``(where, text)`` pairs that cannot print."""
    missing: dict[str, str] = {}
    for where, text in labelled:
        for char in unprintable(text or ""):
            missing.setdefault(char, where)
    if not missing:
        return
    named = [f"“{c}” (U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}, in {where})"
             for c, where in list(missing.items())[:MOST_NAMED]]
    more = f" and {len(missing) - MOST_NAMED} more" if len(missing) > MOST_NAMED else ""
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in missing)
    why = " Right-to-left text (Arabic, Hebrew) is not laid out by the sheet yet." if rtl else ""
    raise UnprintableText(f"the sheet cannot print {len(missing)} character{'s' if len(missing) != 1 else ''} "
                          f"that no shipped font has: {', '.join(named)}{more}. It prints {SCRIPTS_PRINTED}."
                          f"{why} Nothing was written.")


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, run_font, size) for run_font, piece in runs(text, font))


def draw_text(text_object, x: float, y: float, text: str, font: str, size: float, align: str = "left",
              state: dict | None = None) -> None:
    """One line of text on the page furniture (header, footer, banner), each run in a font that has it,
    into ``text_object`` (a page's lines share one: ``canvas.drawString`` makes one per call)."""
    from core.sheet.laid_text import move_to, show  # laid_text builds on this module

    state = {} if state is None else state
    width = text_width(text, font, size)
    start = {"left": x, "centre": x - width / 2, "right": x - width}[align]
    for run_font, piece in runs(text, font):
        move_to(text_object, start, y)
        show(text_object, piece, run_font, size, state)
        start += pdfmetrics.stringWidth(piece, run_font, size)


@lru_cache(maxsize=256)  # the running lines repeat on every page
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
