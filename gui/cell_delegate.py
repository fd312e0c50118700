"""Draws comparison cells: the stance, its number, the party colour and a
mark on what changed since the previous round.

Everything is drawn as plain text with QTextLayout, so no user string is ever
read as markup, and long text is wrapped and elided to the row's height (the
full text is in the detail pane).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .comparison_model import (
    CHANGED_ROLE,
    COLOUR_ROLE,
    HIT_ROLE,
    KIND_ROLE,
    STATE_ROLE,
    VALUE_ROLE,
)
from .theme import CHANGE_COLOUR, blend

PADDING = 6
STRIPE = 4
NEW_MARK = "new"
CHANGE_MARK = "changed"


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


class CellDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.max_lines = 3

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        kind = index.data(KIND_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = blend(palette.color(QPalette.ColorRole.Base), text_colour, 0.55)
        rect = QRectF(option.rect).adjusted(PADDING, PADDING / 2, -PADDING, -PADDING / 2)
        painter.save()
        painter.setClipRect(option.rect)
        font = QFont(opt.font)
        if kind == "track":
            tint = palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(option.rect, blend(palette.color(QPalette.ColorRole.Base), tint, 0.12))
            font.setBold(True)
            draw_wrapped(painter, rect, text, font, text_colour, 1)
        elif kind == "party":
            self._paint_party(painter, option, index, rect, text, font, text_colour, muted)
        elif kind == "issue":
            font.setBold(True)
            used = draw_wrapped(painter, rect, text, font, text_colour, 2)
            gap = index.data(VALUE_ROLE)
            if gap:
                small = QFont(opt.font)
                draw_wrapped(painter, rect.adjusted(0, used, 0, 0), gap, small, muted, 1)
        else:
            label = self._mark_label(index) if kind == "status" else ""
            reserve = change_tag_width(font, label) if label else 0.0
            draw_wrapped(painter, rect, text, font, text_colour, self.max_lines, reserve)
            if label:
                self._change_mark(painter, option.rect, font, label)
        painter.restore()

    def _paint_party(self, painter, option, index, rect, text, font, text_colour, muted):
        colour = QColor(index.data(COLOUR_ROLE) or "#777777")
        painter.fillRect(QRectF(option.rect.left(), option.rect.top(), STRIPE, option.rect.height()), colour)
        if index.data(HIT_ROLE):
            highlight = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(45)
            painter.fillRect(option.rect, highlight)
        rect = rect.adjusted(STRIPE, 0, 0, 0)
        state = index.data(STATE_ROLE)
        if state != "stated":
            font.setItalic(True)
            draw_wrapped(painter, rect, text, font, muted, 1)
            return
        metrics = QFontMetricsF(font)
        value = index.data(VALUE_ROLE)
        label = self._mark_label(index)
        reserve = change_tag_width(font, label) if label else 0.0
        lines = self.max_lines - (1 if value else 0)
        text_rect = QRectF(rect)
        text_rect.setHeight(min(rect.height(), lines * metrics.height()))
        used = draw_wrapped(painter, text_rect, text, font, text_colour, lines, reserve)
        if value:
            bold = QFont(font)
            bold.setBold(True)
            draw_wrapped(painter, rect.adjusted(0, used, 0, 0), value, bold, text_colour, 1)
        if label:
            self._change_mark(painter, option.rect, font, label)

    @staticmethod
    def _mark_label(index) -> str:
        """'new' for a first position or status, 'changed' for a changed one, else ''."""
        changed = index.data(CHANGED_ROLE)
        if not changed:
            return ""
        return CHANGE_MARK if changed == "changed" else NEW_MARK

    @staticmethod
    def _change_mark(painter, cell_rect, font, label):
        """A small orange tag in the top-right corner: new or changed since the previous round."""
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
