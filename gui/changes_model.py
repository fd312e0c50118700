"""The changes view's list: one move per row, formatted only when a row is shown.

``ChangesModel`` holds ``core.compare.moves.Move`` records and turns one
into text only when the view asks for that row (the view, a one-column
table with fixed row heights, ``changes_view.move_list``, asks only for the
rows in sight),
so a round where thousands of positions moved costs a list of records, not
thousands of formatted lines. ``MoveDelegate`` draws each move on three
lines: what moved, before → after, and the word difference (removed words
struck through in red, added ones underlined in green, in shades readable on
the palette: ``gui.theme``), all as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate

from core.compare.moves import Move

from gui.i18n import translate
from gui.plain import plain_tooltip
from gui.theme import text_colour

MOVE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
def was_text(move: Move) -> str:
    """What it was before, or '(new)' where there was nothing."""
    return move.before or translate("ChangesModel", "(new)")


def move_line(move: Move) -> str:
    """'Ceasefire: length and scope — Russia — Figure: 2–3 days → 24–48 hours'."""
    return f"{move.subject}: {was_text(move)} → {move.after}"


def diff_colours(palette: QPalette, selected: bool) -> dict[str, QColor]:
    """Removed and added words' colours, readable on this palette (``gui.theme``); on a selected
    row the selection's own text colour, with the strike-through and underline telling them apart."""
    if selected:
        colour = palette.color(QPalette.ColorRole.HighlightedText)
        return {"removed": colour, "added": colour}
    return {"removed": text_colour("removed", palette), "added": text_colour("added", palette)}


class ChangesModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._moves: Sequence[Move] = []

    def set_moves(self, moves: Sequence[Move]) -> None:
        """Take a round's moves: a list, or a ``MoveList`` that words a move when the view shows it."""
        self.beginResetModel()
        self._moves = moves if isinstance(moves, Sequence) else list(moves)
        self.endResetModel()

    def replace_moves(self, moves: list[Move]) -> None:
        """As many moves as before (an edit): repaint them without a reset, so the view keeps its place."""
        if len(moves) != len(self._moves):
            self.set_moves(moves)
            return
        self._moves = moves if isinstance(moves, Sequence) else list(moves)
        if moves:
            self.dataChanged.emit(self.index(0), self.index(len(moves) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._moves)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._moves):
            return None
        move = self._moves[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return move_line(move)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(translate("ChangesModel", "{subject}\n\nBefore: {was}\n\nAfter: {now}").format(
                subject=move.subject, was=was_text(move), now=move.after))
        if role == MOVE_ROLE:
            return move
        return None


class MoveDelegate(QStyledItemDelegate):
    LINES = 3

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, int(QFontMetricsF(option.font).height() * self.LINES) + 10)

    def paint(self, painter, option, index) -> None:
        move: Move = index.data(MOVE_ROLE)
        if move is None:
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        metrics = QFontMetricsF(option.font)
        rect = option.rect.adjusted(6, 5, -6, -5)
        painter.save()
        painter.setClipRect(option.rect)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setPen(colour)
        painter.setFont(bold)
        baseline = rect.top() + metrics.ascent()
        subject = QFontMetricsF(bold).elidedText(move.subject, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(rect.left(), baseline), subject)
        painter.setFont(option.font)
        line = f"{was_text(move)} → {move.after}".replace("\n", " ")
        painter.drawText(QPointF(rect.left(), baseline + metrics.height()),
                         metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))
        self._draw_diff(painter, move, option.font, colour, QPointF(rect.left(), rect.top() + 2 * metrics.height()),
                        diff_colours(option.palette, selected))
        painter.restore()

    @staticmethod
    def _draw_diff(painter, move: Move, font: QFont, colour: QColor, at: QPointF,
                   colours: dict[str, QColor]) -> None:
        """The word difference on one line (clipped at the cell's edge), as plain text with formats."""
        if move.is_new:
            return  # all of it is new: the line above says so
        text, formats, last = "", [], "same"
        for op, piece in move.diff():
            piece = piece.replace("\n", " ")
            if op == "added" and last == "removed" and not text.endswith(" ") and not piece.startswith(" "):
                text += " "  # "Agreed Opposed", not "AgreedOpposed"
            last = op
            if op != "same":
                char = QTextCharFormat()
                char.setForeground(colours[op])
                char.setFontStrikeOut(op == "removed")
                char.setFontUnderline(op == "added")
                span = QTextLayout.FormatRange()
                span.start, span.length, span.format = len(text), len(piece), char
                formats.append(span)
            text += piece
        layout = QTextLayout(text, font)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(1e6)
        layout.endLayout()
        painter.setPen(colour)
        layout.draw(painter, at)
