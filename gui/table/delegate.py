"""Draws comparison cells: the stance, its number, the party colour and a
mark on what changed since the previous round.

Everything is drawn as plain text with QTextLayout, so no user string is ever
read as markup, and long text is wrapped and elided to the row's height (the
full text is in the tooltip, the detail pane and View → Show Full Text).
``CellDelegate.height_for`` measures a cell the same way it is drawn, so
full-height rows (``gui.table.layout``) fit exactly what is painted.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.domain.labels import CHANGE_COLOUR, mark_text

from gui.table.cell_reports import draw_reports_line
from gui.table.model import PAINT_ROLE, Paint
from gui.theme import blend, status_background

PADDING = 6
STRIPE = 4
NOT_STATED_LINES = 2  # "No stated position" beside a change tag wraps in a narrow column


def change_tag_width(font: QFont, label: str) -> float:
    return QFontMetricsF(tag_font(font)).horizontalAdvance(label) + 12


def tag_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setItalic(False)
    small.setBold(True)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    return small


def draw_wrapped(painter, rect: QRectF, text: str, font: QFont, colour: QColor, max_lines: int,
                 first_line_reserve: float = 0.0) -> float:
    """Draw ``text`` wrapped into ``rect``, eliding the last line; return the height used.

    ``first_line_reserve`` keeps that much room free at the right of the first
    line, for the change tag.
    """
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width() - (first_line_reserve if not lines else 0.0))
        lines.append(line)
    layout.endLayout()
    painter.setPen(colour)
    painter.setFont(font)
    y = rect.top()
    for n, line in enumerate(lines):
        if y + metrics.height() > rect.bottom() + 0.5 and n:
            break
        start, length = line.textStart(), line.textLength()
        last = n == len(lines) - 1 or y + 2 * metrics.height() > rect.bottom() + 0.5
        if last and start + length < len(text):
            width = rect.width() - (first_line_reserve if n == 0 else 0.0)
            piece = metrics.elidedText(text[start:].replace("\n", " "), Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(rect.left(), y + metrics.ascent()), piece)
            y += metrics.height()
            break
        line.draw(painter, QPointF(rect.left(), y - line.y()))
        y += metrics.height()
    return y - rect.top()


def wrapped_line_count(text: str, font: QFont, width: float, max_lines: int, first_line_reserve: float = 0.0) -> int:
    """How many lines ``draw_wrapped`` takes for ``text`` at ``width`` (at most ``max_lines``)."""
    if not text or width <= 0:
        return 1
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while count < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width - (first_line_reserve if not count else 0.0))
        count += 1
    layout.endLayout()
    return max(1, count)


class CellDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.max_lines = 3  # lines of stance a cell draws; full-height rows raise it (gui.table.layout)
        self._heights: dict[tuple, float] = {}  # what a cell shows, width, font, lines -> height (height_for)

    def _figure_lines(self, value: str, bold: QFont, width: float) -> int:
        """Lines for a party's figure: one in compact rows, up to two in full rows ("… per side")."""
        if not value:
            return 0
        return wrapped_line_count(value, bold, width, 2) if self.max_lines > 3 else 1

    def height_for(self, index, width: int, font: QFont) -> float:
        """The height a cell needs at ``width`` to draw all it would draw with ``max_lines`` lines.

        Kept by what the cell shows, its width and font: full-height rows
        measure a screenful of rows on every round switch, and most cells
        read the same from one round to the next.
        """
        info: Paint = index.data(PAINT_ROLE)
        if info is None:
            return 0.0
        key = (info, width, font.key(), self.max_lines)
        heights = self._heights
        found = heights.get(key)
        if found is None:
            if len(heights) > 20_000:
                heights.clear()
            found = heights[key] = self._measure(info, width, font)
        return found

    def _measure(self, info: Paint, width: int, font: QFont) -> float:
        line = QFontMetricsF(font).height()
        inner = width - 2 * PADDING
        reserve = change_tag_width(font, mark_text(info.mark)) if info.mark else 0.0
        if info.kind == "track":
            lines = 1
        elif info.kind == "issue":
            bold = QFont(font)
            bold.setBold(True)
            lines = wrapped_line_count(info.text, bold, inner, 2) + (1 if info.value else 0)
        elif info.kind == "party" and info.state != "stated":
            italic = QFont(font)
            italic.setItalic(True)
            lines = wrapped_line_count(info.text, italic, inner - STRIPE, NOT_STATED_LINES, reserve)
            lines += 1 if info.reports else 0
        elif info.kind == "party":
            bold = QFont(font)
            bold.setBold(True)
            value_lines = self._figure_lines(info.value, bold, inner - STRIPE)
            reports_line = 1 if info.reports else 0  # the reports line has the cell's bottom line
            text_lines = max(1, self.max_lines - value_lines - reports_line)
            lines = wrapped_line_count(info.text, font, inner - STRIPE, text_lines, reserve) + value_lines
            lines += reports_line
        else:
            lines = wrapped_line_count(info.text, font, inner, self.max_lines, reserve)
        return lines * line + PADDING + 2

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        """Draw a cell from one PAINT_ROLE call; the grid lines are the view's own."""
        info: Paint = index.data(PAINT_ROLE)
        if info is None:
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight)
        elif info.kind == "status" and info.status:
            background = status_background(info.status, palette)
        elif info.kind == "track":
            background = blend(base, palette.color(QPalette.ColorRole.Highlight), 0.12)
        else:
            background = base
        painter.save()
        painter.setClipRect(option.rect)
        painter.fillRect(option.rect, background)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = blend(background, text_colour, 0.55)
        rect = QRectF(option.rect).adjusted(PADDING, PADDING / 2, -PADDING, -PADDING / 2)
        font = QFont(option.font)
        if info.kind == "track":
            font.setBold(True)
            draw_wrapped(painter, rect, info.text, font, text_colour, 1)
        elif info.kind == "party":
            self._paint_party(painter, option, info, rect, font, text_colour, muted)
        elif info.kind == "issue":
            font.setBold(True)
            used = draw_wrapped(painter, rect, info.text, font, text_colour, 2)
            if info.value:
                draw_wrapped(painter, rect.adjusted(0, used, 0, 0), info.value, QFont(option.font), muted, 1)
        else:
            label = mark_text(info.mark)  # 'new' / 'changed' in the interface's language
            reserve = change_tag_width(font, label) if label else 0.0
            draw_wrapped(painter, rect, info.text, font, text_colour, self.max_lines, reserve)
            if label:
                self._change_mark(painter, option.rect, font, label)
        painter.restore()

    def _paint_party(self, painter, option, info: Paint, rect, font, text_colour, muted):
        painter.fillRect(QRectF(option.rect.left(), option.rect.top(), STRIPE, option.rect.height()),
                         QColor(info.colour or "#777777"))
        if info.hit:
            highlight = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(45)
            painter.fillRect(option.rect, highlight)
        rect = rect.adjusted(STRIPE, 0, 0, 0)
        # "3 reports · B2" (and a disagreement mark) on the cell's bottom line, which the row keeps for it
        draw_reports_line(painter, rect, info.reports, font, muted)
        reports_line = 1 if info.reports else 0
        label = mark_text(info.mark)  # 'new' / 'changed' in the interface's language
        reserve = change_tag_width(font, label) if label else 0.0
        if info.state != "stated":  # "No stated position" or nothing recorded: still tagged when it is new
            font.setItalic(True)
            draw_wrapped(painter, rect, info.text, font, muted, NOT_STATED_LINES, reserve)
            if label:
                self._change_mark(painter, option.rect, font, label)
            return
        metrics = QFontMetricsF(font)
        bold = QFont(font)
        bold.setBold(True)
        value_lines = self._figure_lines(info.value, bold, rect.width())
        lines = max(1, self.max_lines - value_lines - reports_line)
        text_rect = QRectF(rect)
        text_rect.setHeight(min(rect.height(), lines * metrics.height()))
        used = draw_wrapped(painter, text_rect, info.text, font, text_colour, lines, reserve)
        if info.value:
            draw_wrapped(painter, rect.adjusted(0, used, 0, 0), info.value, bold, text_colour, value_lines)
        if label:
            self._change_mark(painter, option.rect, font, label)

    @staticmethod
    def _change_mark(painter, cell_rect, font, label):
        """A small orange tag in the top-right corner: new or changed since the previous round.

        The tag text is the mark itself (``labels.change_mark``), white on
        the one change colour the sheet prints too.
        """
        small = tag_font(font)
        metrics = QFontMetricsF(small)
        width = change_tag_width(font, label) - 4
        tag = QRectF(cell_rect.right() - width - 3, cell_rect.top() + 3, width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(CHANGE_COLOUR))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(small)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
