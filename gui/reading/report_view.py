"""The report on the review's left: read-only, each proposed statement highlighted.

Highlights are extra selections, so the text itself stays exactly as read
(citations point into it). Offsets from the engine count code points; Qt
counts UTF-16 units, which differ after a character outside the Basic
Multilingual Plane (an emoji), so they are converted here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

# Two shades of each, alternating, so that statements that follow each other in a paragraph stay apart.
PROPOSED = (QColor("#FFF1A8"), QColor("#FFE27A"))
ACCEPTED = (QColor("#CDEBC5"), QColor("#ABDDA0"))
SELECTED = QColor("#FFC46B")


class ReportView(QPlainTextEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reportView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._offsets = Utf16Offsets("")

    def show_text(self, text: str) -> None:
        self.setPlainText(text)
        self._offsets = Utf16Offsets(text)

    def scroll_to(self, start: int, end: int) -> None:
        """Put the passage in view, its start in the middle, the cursor at its start."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.of(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self._offsets.of(start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def highlight(self, spans, current: int) -> None:
        """``spans``: (start, end, accepted) per proposal; ``current`` the selected one's number."""
        selections = []
        for number, (start, end, accepted) in enumerate(spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.of(start))
            cursor.setPosition(self._offsets.of(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            style = QTextCharFormat()
            shades = ACCEPTED if accepted else PROPOSED
            style.setBackground(SELECTED if number == current else shades[number % 2])
            selection.format = style
            selections.append(selection)
        self.setExtraSelections(selections)


class Utf16Offsets:
    """Python offsets (code points) → Qt text positions (UTF-16 units)."""

    def __init__(self, text: str):
        self.text = text
        self.wide = any(ord(ch) > 0xFFFF for ch in text)

    def of(self, offset: int) -> int:
        if not self.wide:
            return offset
        return len(self.text[:offset].encode("utf-16-le")) // 2
