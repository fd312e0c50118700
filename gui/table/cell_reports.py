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

from gui.i18n import translate

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
    lines = [translate("ReportsMark", "{reports} — best grade {grade}").format(reports=mark.text,
                                                                                grade=grade_words(summary.best))]
    if mark.disagrees:
        line = disagreement_line(position, comparison.citations_of(position), comparison.reports,
                                 comparison.outlets)
        lines.append(translate("ReportsMark", "≠ The reports disagree on the figure or the stance: {versions}")
                     .format(versions=line))
    return "\n".join(lines)


def disagree_mark() -> str:
    """The cell's disagreement mark, a symbol and a word, in the interface's language."""
    return translate("ReportsMark", "≠ disagree")


def compact(text: str) -> str:
    """'3 · B2' for '3 reports · B2', where a narrow cell has no room for the word."""
    count, _, rest = text.partition(" ")
    return f"{count} ·{rest.partition('·')[2]}" if "·" in rest else text


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setItalic(False)
    small.setBold(False)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.82))
    return small


def fit_reports_line(mark: ReportsMark, metrics: QFontMetricsF, bold_metrics: QFontMetricsF,
                     width: float) -> tuple[str, str]:
    """(reports text, disagreement flag) that fit in ``width``, the longest first.

    '3 reports · B2  ≠ disagree', then '3 · B2  ≠ disagree', then '3 · B2  ≠': a narrow
    cell keeps the count and grade whole and the symbol (the word is in the tooltip and
    the spoken description), as the Ukrainian word "розбіжність" left only "3 …" beside it.
    """
    flags = (f"  {disagree_mark()}", "  ≠") if mark.disagrees else ("",)
    for flag in flags:
        room = width - bold_metrics.horizontalAdvance(flag)
        for text in (mark.text, compact(mark.text)):
            if metrics.horizontalAdvance(text) <= room:
                return text, flag
    room = max(0.0, width - bold_metrics.horizontalAdvance(flags[-1]))
    return metrics.elidedText(compact(mark.text), Qt.TextElideMode.ElideRight, room), flags[-1]


def draw_reports_line(painter, rect: QRectF, mark: ReportsMark | None, font: QFont, muted: QColor) -> float:
    """Draw ``mark`` small and muted in the bottom-right corner of ``rect``; return its width (0 for none).

    The row keeps the cell's bottom line for it (``CellDelegate.height_for``
    counts it), so it never covers the stance or the figure.
    """
    if mark is None:
        return 0.0
    small = small_font(font)
    bold = QFont(small)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetricsF(small), QFontMetricsF(bold)
    text, flag = fit_reports_line(mark, metrics, bold_metrics, rect.width())
    flag_width = bold_metrics.horizontalAdvance(flag)
    width = metrics.horizontalAdvance(text) + flag_width
    baseline = rect.bottom() - metrics.height() + metrics.ascent()
    painter.save()
    painter.setFont(small)
    painter.setPen(muted)
    painter.drawText(QPointF(rect.right() - width, baseline), text)
    if flag:
        painter.setFont(bold)
        painter.setPen(QColor(DISAGREE_COLOUR if muted.lightness() < 128 else DISAGREE_COLOUR_ON_DARK))
        painter.drawText(QPointF(rect.right() - flag_width, baseline), flag)
    painter.restore()
    return width + 6

