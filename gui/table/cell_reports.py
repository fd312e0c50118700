"""The reports line of a party's cell: "3 reports · B2", and a mark when the reports disagree.

Kept out of ``delegate.py`` so the delegate only calls ``draw_reports_line``
once: what the line says (``reports_mark``, ``reports_tooltip``) comes from
``core.compare.citations`` through ``Comparison.citation_summary``, so the
window, the detail pane and the sheet count and grade reports the same way.

The disagreement mark is a symbol (≠) and a word, drawn bold, not a colour
alone; the tooltip says in words what the versions are.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from core.compare.citations import disagreement_line
from core.domain.grades import grade_words
from core.domain.labels import reports_badge

DISAGREE_MARK = "≠ disagree"
# Red on a light cell, light red on a dark or selected one; the mark is a bold symbol and word as well.
DISAGREE_COLOUR = "#B3261E"
DISAGREE_COLOUR_ON_DARK = "#FF8A80"


class ReportsMark(NamedTuple):
    """What a cell's reports line shows: '3 reports · B2' and whether the reports disagree."""

    text: str
    disagrees: bool


def reports_mark(comparison, position) -> ReportsMark | None:
    """The line for ``position``'s cell, or None when no report backs it."""
    if comparison is None or position is None:
        return None
    summary = comparison.citation_summary(position)
    if not summary.reports:
        return None
    return ReportsMark(reports_badge(summary.reports, summary.best), summary.disagrees)


def reports_tooltip(comparison, position) -> str:
    """The reports line in words, and each version when the reports disagree ('' for none)."""
    mark = reports_mark(comparison, position)
    if mark is None:
        return ""
    summary = comparison.citation_summary(position)
    lines = [f"{mark.text} — best grade {grade_words(summary.best)}"]
    if mark.disagrees:
        line = disagreement_line(position, comparison.citations_of(position), comparison.reports,
                                 comparison.outlets)
        lines.append(f"≠ The reports disagree on the figure or the stance: {line}")
    return "\n".join(lines)


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setItalic(False)
    small.setBold(False)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.82))
    return small


def draw_reports_line(painter, rect: QRectF, mark: ReportsMark | None, font: QFont, muted: QColor) -> float:
    """Draw ``mark`` small and muted at the bottom of ``rect``; return the height it takes (0 for none).

    The caller keeps the stance and figure above that height.
    """
    if mark is None:
        return 0.0
    small = small_font(font)
    metrics = QFontMetricsF(small)
    height = metrics.height()
    baseline = QPointF(rect.left(), rect.bottom() - height + metrics.ascent())
    painter.save()
    painter.setFont(small)
    painter.setPen(muted)
    room = rect.width()
    if mark.disagrees:
        bold = QFont(small)
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        flag_width = bold_metrics.horizontalAdvance(DISAGREE_MARK)
        room = max(0.0, rect.width() - flag_width - metrics.horizontalAdvance("  "))
        painter.setFont(bold)
        painter.setPen(QColor(DISAGREE_COLOUR if muted.lightness() < 128 else DISAGREE_COLOUR_ON_DARK))
        painter.drawText(QPointF(rect.right() - flag_width, baseline.y()), DISAGREE_MARK)
        painter.setFont(small)
        painter.setPen(muted)
    painter.drawText(baseline, metrics.elidedText(mark.text, Qt.TextElideMode.ElideRight, room))
    painter.restore()
    return height
