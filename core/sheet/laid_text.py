"""Literal text laid out by Parley for the sheet's tables: wrapped once, drawn straight onto the canvas.

Why not ReportLab's ``Paragraph``: a 500-issue sheet has some 7,000 cell
paragraphs, and a Paragraph is general (markup, bidi, hyphenation, justify),
so wrapping and drawing them was over half the time of the whole PDF
(issue 15). The table cells need much less: left-aligned words in one style,
some words bold or struck through, a run per fallback font. ``Text`` is that
paragraph, ``Text.lay_out`` breaks it into lines the way ReportLab's
``breakLines`` does (greedy, with ReportLab's 5 % allowance for space
shrinkage, over-long words cut to fill a line as ``break_long_words`` did),
and ``Laid.draw`` writes the lines into one text object, so a cell looks as
it did with Paragraph: first baseline one font size under its top, one
``leading`` per line, a background over the column's width, a strike at a
quarter of the font size above the baseline.

User text stays text: it is never parsed as markup here.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from core.sheet.fonts import FONT_BOLD, runs

SPACE_SHRINKAGE = 0.05  # ReportLab's rl_config.spaceShrinkage: a line may run 5 % of its spaces' width over
STRIKE_OFFSET = 0.25  # of the font size, above the baseline (ReportLab's default strikeOffset)

_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
MOST_REMEMBERED = 100_000  # words per font and size; the window may export many sheets in one session


def width_of(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, remembered per font and size (cell texts repeat words a lot)."""
    cache = _WIDTHS.get((font, size))
    if cache is None or len(cache) > MOST_REMEMBERED:
        cache = _WIDTHS[(font, size)] = {}
    width = cache.get(text)
    if width is None:
        width = cache[text] = pdfmetrics.getFont(font).stringWidth(text, size)
    return width


class Text:
    """A paragraph of ``(font, text, struck)`` spans in one style: what a table cell shows."""

    __slots__ = ("style", "spans", "outline_key", "outline_title")

    def __init__(self, style, spans: list[tuple[str, str, bool]]):
        self.style = style
        self.spans = spans
        self.outline_key: str | None = None  # a bookmark where the text is drawn (an issue's name)
        self.outline_title = ""

    @property
    def plain_text(self) -> str:
        return "".join(text for _, text, _ in self.spans)

    def words(self) -> list[list[tuple[str, str, bool]]]:
        """The spans cut at spaces: each word a list of pieces, one per font or strike inside it."""
        words: list[list[tuple[str, str, bool]]] = [[]]
        for font, text, struck in self.spans:
            for n, piece in enumerate(text.split(" ")):
                if n:
                    words.append([])
                if piece:
                    words[-1].append((font, piece, struck))
        return [word for word in words if word]

    def lay_out(self, width: float) -> Laid:
        """The lines of this text in a column ``width`` points wide."""
        size = self.style.fontSize
        if len(self.spans) == 1:
            font, text, struck = self.spans[0]
            if pdfmetrics.getFont(font).stringWidth(text, size) <= width:  # most cells: a name, a figure
                return Laid(self, [[self.spans[0]]], width)
            wrapped = _wrap_one_font(text, font, size, width)
            if wrapped is not None:
                return Laid(self, [[(font, line, struck)] for line in wrapped], width)
        lines: list[list[tuple[str, str, bool]]] = []
        line: list[tuple[str, str, bool]] = []
        line_width = 0.0
        pieces_in_line = 0
        for word in self.words():
            word_width = sum(width_of(text, font, size) for font, text, _ in word)
            if word_width > width - 0.5:  # as break_long_words cut (a hair inside the column)
                cut = _cut_word(word, size, width - 0.5)
            else:
                cut = [(word, word_width)]
            for piece, piece_width in cut:
                space = width_of(" ", line[-1][0], size) if line else 0.0
                if line and line_width + space + piece_width > width + SPACE_SHRINKAGE * space * pieces_in_line:
                    lines.append(line)
                    line, line_width, pieces_in_line, space = [], 0.0, 0, 0.0
                if line:
                    line.append((line[-1][0], " ", line[-1][2] and piece[0][2]))
                line.extend(piece)
                line_width += space + piece_width
                pieces_in_line += 1
        if line:
            lines.append(line)
        return Laid(self, [_merge(line) for line in lines], width)


def _wrap_one_font(text: str, font: str, size: float, width: float) -> list[str] | None:
    """``lay_out`` for text in one font and no word wider than the column (most cells), as strings;
    None when a word must be cut."""
    space = width_of(" ", font, size)
    widths = _WIDTHS[(font, size)]  # width_of's memory, looked up here directly: this is the hot loop
    measure = pdfmetrics.getFont(font).stringWidth
    lines, line, line_width = [], [], 0.0
    for word in text.split(" "):
        if not word:
            continue
        word_width = widths.get(word)
        if word_width is None:
            word_width = widths[word] = measure(word, size)
        if word_width > width - 0.5:
            return None
        if line and line_width + space + word_width > width + SPACE_SHRINKAGE * space * len(line):
            lines.append(" ".join(line))
            line, line_width = [word], word_width
        else:
            line_width += (space if line else 0.0) + word_width
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def _cut_word(word: list[tuple[str, str, bool]], size: float, width: float):
    """A word wider than its column, cut into pieces that each fill a line (as ``break_long_words`` did)."""
    pieces, current, current_width = [], [], 0.0
    for font, text, struck in word:
        start = 0
        for index, char in enumerate(text):
            char_width = width_of(char, font, size)
            if current_width + char_width > width and (index > start or current):
                if index > start:
                    current.append((font, text[start:index], struck))
                pieces.append((current, current_width))
                current, current_width, start = [], 0.0, index
            current_width += char_width
        if start < len(text):
            current.append((font, text[start:], struck))
    if current:
        pieces.append((current, current_width))
    return pieces


def _merge(line: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """Neighbouring pieces in the same font and strike as one string: one text operator for most lines."""
    merged: list[tuple[str, str, bool]] = []
    for font, text, struck in line:
        if merged and merged[-1][0] == font and merged[-1][2] == struck:
            merged[-1] = (font, merged[-1][1] + text, struck)
        else:
            merged.append((font, text, struck))
    return merged


class Laid:
    """A ``Text`` broken into lines for one width: its height is known, and it draws itself."""

    __slots__ = ("text", "lines", "width", "height")

    def __init__(self, text: Text, lines: list, width: float):
        self.text = text
        self.lines = lines
        self.width = width
        self.height = len(lines) * text.style.leading

    def split(self, line_count: int) -> tuple[Laid, Laid]:
        """The first ``line_count`` lines and the rest (a row taller than a page); the bookmark stays on top."""
        rest = Text(self.text.style, self.text.spans)
        return Laid(self.text, self.lines[:line_count], self.width), Laid(rest, self.lines[line_count:], self.width)

    def draw_at(self, canvas, text_object, x: float, top: float, state: dict) -> None:
        """Background first (straight on the canvas), then the lines into ``text_object``; strikes go to
        ``state['strikes']`` to be drawn over the text. ``state`` remembers the font and colour set last."""
        style = self.text.style
        if self.text.outline_key:
            canvas.bookmarkHorizontal(self.text.outline_key, x, top)
            canvas.addOutlineEntry(self.text.outline_title, self.text.outline_key, level=1, closed=True)
        if not self.lines:
            return
        if style.backColor is not None:
            canvas.setFillColor(style.backColor)
            canvas.rect(x, top - self.height, self.width, self.height, stroke=0, fill=1)
        size, leading = style.fontSize, style.leading
        colour = style.textColor
        fill(text_object, colour, state)
        baseline = top - size
        for line in self.lines:
            move_to(text_object, x, baseline)
            left = x
            for font, text, struck in line:
                show(text_object, text, font, size, state)
                if len(line) > 1 or struck:
                    width = width_of(text, font, size)
                    if struck:
                        state["strikes"].append((left, baseline + STRIKE_OFFSET * size, left + width, colour))
                    left += width
            baseline -= leading


def fill(text_object, colour, state: dict) -> None:
    """Set the text's colour (an opaque RGB ``Color``, as all the sheet's are) if it is not set already:
    the operator ``PDFTextObject.setFillColor`` writes, without its checks (issue 15)."""
    if state.get("colour") is not colour:
        text_object._code.append(f"{fp_str(colour.red, colour.green, colour.blue)} rg")
        state["colour"] = colour


def move_to(text_object, x: float, y: float) -> None:
    """Start the next piece of text at ``(x, y)``: what ``PDFTextObject.setTextOrigin`` writes."""
    text_object._code.append(f"1 0 0 1 {fp_str(x, y)} Tm")


def show(text_object, text: str, font: str, size: float, state: dict) -> None:
    """Write ``text`` in ``font`` at ``size`` into ``text_object``: the operators ``textOut`` would write.

    Why not ``textOut``: it looks the font up, works out the subset's name and
    checks for shaped text on every call; writing the operators here, with the
    font and its subsets' names remembered in ``state`` (one table piece),
    took a quarter of the 500-issue sheet's time off (issue 15). It relies on
    ``PDFTextObject._code`` and TrueType subsets (``TTFont.splitString``),
    which every font of the sheet is (``core.sheet.fonts``); the tests read
    every piece of text back out of the PDF.
    """
    fonts = state.setdefault("fonts", {})
    face = fonts.get(font)
    if face is None:
        face = fonts[font] = pdfmetrics.getFont(font)
    names = state.setdefault("subsets", {})
    doc = text_object._canvas._doc
    code = text_object._code
    for subset, encoded in _encoded(face, text, doc, state):
        name = names.get((font, subset))
        if name is None:
            name = names[(font, subset)] = face.getSubsetInternalName(subset, doc)
        if state.get("set") != (name, size):
            code.append(f"{name} {fp_str(size)} Tf")
            state["set"] = (name, size)
        code.append(f"({escapePDF(encoded)}) Tj")


def _encoded(face, text: str, doc, state: dict) -> list[tuple[int, bytes]]:
    """``face.splitString(text, doc)``, at C speed when every character already has its code in the first
    subset (nearly always after the first page): the codes ``splitString`` gave them are read back."""
    assigned = state.setdefault("assigned", {})
    codes = assigned.get(face.fontName)
    if codes is None:
        font_state = getattr(face, "state", {}).get(doc)
        codes = getattr(font_state, "assignments", None)
        if codes is not None:
            assigned[face.fontName] = codes
    if codes is not None and "\xa0" not in text:
        try:
            return [(0, bytes(map(codes.__getitem__, map(ord, text))))]
        except (KeyError, ValueError):  # a character new to the document, or one in a later subset
            pass
    return face.splitString(text, doc)


def plain_text(value: str | None, style) -> Text:
    """Literal text in one style, white space collapsed, a run per font that has its characters."""
    words = " ".join((value or "").split())
    return Text(style, [(font, piece, False) for font, piece in runs(words, style.fontName)] if words else [])


def styled_text(parts: list[tuple[str, str]], style) -> Text:
    """``(kind, text)`` pieces, kind 'plain', 'bold' or 'strike', in one style (the 'was:' line)."""
    spans = []
    for kind, piece in parts:
        for font, run in runs(piece, FONT_BOLD if kind == "bold" else style.fontName):
            spans.append((font, run, kind == "strike"))
    return Text(style, spans)


class TextFlowable(Flowable):
    """A ``Text`` as a flowable in the story (the front page's long list of what moved), split between lines
    like a Paragraph: never leaving its first line alone at the foot of a page."""

    def __init__(self, text: Text, laid: Laid | None = None):
        super().__init__()
        self.text, self.laid = text, laid

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if self.laid is None or self.laid.width != availWidth:
            self.laid = self.text.lay_out(availWidth)
        self.width, self.height = availWidth, self.laid.height
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        fitting = int(availHeight // self.text.style.leading)
        if fitting >= len(self.laid.lines):
            return [self]
        if fitting < 2:  # ReportLab's allowOrphans=0
            return []
        head, tail = self.laid.split(fitting)
        return [TextFlowable(self.text, head), TextFlowable(tail.text, tail)]

    def draw(self):
        canvas = self.canv
        text_object = canvas.beginText()
        state: dict = {"strikes": []}
        self.laid.draw_at(canvas, text_object, 0, self.height, state)
        canvas.drawText(text_object)
        for x1, y, x2, colour in state["strikes"]:
            canvas.setStrokeColor(colour)
            canvas.line(x1, y, x2, y)
