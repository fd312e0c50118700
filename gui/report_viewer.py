"""The report viewer: a report's text as stored, a cited passage highlighted, and citing a new one.

The text is shown in a read-only ``QPlainTextEdit`` (plain text, never rich
text), so nothing in a report is ever read as markup. A cited passage is
highlighted with an ``ExtraSelection`` and scrolled into view. Selecting
text and pressing "Cite for Position" (Ctrl+Shift+C) adds a citation of the
selection to the position the viewer was opened for, as one undoable step
(``core.edits.citing.cite_passage``).

Offsets: Parley keeps code-point offsets into the stored text, as Python
counts them; Qt counts UTF-16 units, so a character beyond the basic plane
(an emoji, a rare CJK ideograph) is two of them. ``to_qt``/``from_qt``
convert, so a passage after such a character is still cut exactly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
)

from core.i18n import translate as core_translate
from core.domain.grades import CREDIBILITY_LABELS, RELIABILITY_LABELS, UNJUDGED_RELIABILITY
from core.domain.labels import source_name, stance_text
from core.edits.citing import EditRefused, cite_passage

from gui.i18n import translate
from gui.plain import plain_label
from gui.theme import blend, show_as_error

CITE_SHORTCUT = "Ctrl+Shift+C"


def to_qt(text: str, offset: int) -> int:
    """A code-point offset into ``text`` as a Qt (UTF-16) document position."""
    return len(text[:offset].encode("utf-16-le")) // 2


def from_qt(text: str, position: int) -> int:
    """A Qt (UTF-16) document position in ``text`` as a code-point offset."""
    encoded = text.encode("utf-16-le")[:2 * position]
    return len(encoded.decode("utf-16-le", errors="ignore"))


class ReportViewer(QDialog):
    """One report, opened from a citation (``passage`` highlighted) or from the Reports list.

    ``position_id`` is the position a new citation is added to; without one
    the viewer only reads.
    """

    def __init__(self, session, report_id: str, passage: tuple[int, int] | None = None,
                 position_id: str | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        snapshot = session.snapshot
        self.report = snapshot.reports.get(report_id)
        self.position = snapshot.positions_by_id.get(position_id or "")
        self.stored_text = session.workspace.report_text(report_id)
        self.setWindowTitle(translate("ReportViewer", "{report} — Parley").format(
            report=source_name(self.report) or translate("ReportViewer", "Report")))
        self.resize(820, 640)

        outlet = snapshot.outlets.get(self.report.outlet_id or "") if self.report else None
        self.title_label = plain_label(self.report.title if self.report
                                       else translate("ReportViewer", "This report no longer exists."))
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        letter = outlet.reliability if outlet else UNJUDGED_RELIABILITY
        outlet_text = translate("ReportViewer", "{outlet} — reliability {letter}, {words}").format(
            outlet=outlet.name if outlet else translate("ReportViewer", "Outlet not named"),
            letter=letter, words=core_translate("Reliability", RELIABILITY_LABELS[letter]).lower())
        dates = [translate("ReportViewer", "Published {date}").format(date=self.report.published)
                 if self.report and self.report.published else "",
                 translate("ReportViewer", "Accessed {date}").format(date=self.report.accessed)
                 if self.report and self.report.accessed else ""]
        self.outlet_label = plain_label(outlet_text)
        self.dates_label = plain_label(" · ".join(d for d in dates if d))
        self.url_label = plain_label(self.report.url if self.report else "")

        self.text = QPlainTextEdit()
        self.text.setObjectName("reportText")
        self.text.setAccessibleName(translate("ReportViewer", "Report text"))
        self.text.setAccessibleDescription(translate("ReportViewer", "Select a passage to cite it for the position"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setPlainText(self.stored_text)

        self.for_label = plain_label(self._for_text(), selectable=False)
        self.credibility = QComboBox()
        self.credibility.setObjectName("citationCredibility")
        for number, words in CREDIBILITY_LABELS.items():
            self.credibility.addItem(f"{number} — {core_translate('Credibility', words)}", number)
        self.credibility.setCurrentIndex(self.credibility.count() - 1)  # 6: cannot be judged, until the analyst says
        self.credibility.setToolTip(translate("ReportViewer", "How credible the passage is (Admiralty 1–6)"))
        self.credibility.setAccessibleName(translate("ReportViewer", "Credibility"))
        self.credibility.setAccessibleDescription(self.credibility.toolTip())
        self.cite_button = QPushButton(translate("ReportViewer", "&Cite for Position"))
        self.cite_button.setObjectName("citeForPosition")
        self.cite_button.setToolTip(translate("ReportViewer", "Cite the selected passage for this position ({keys})").format(
            keys=QKeySequence(CITE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.cite_button.clicked.connect(self.cite)
        self.cite_button.setEnabled(self.position is not None and self.report is not None
                                    and not session.workspace.read_only)
        QShortcut(QKeySequence(CITE_SHORTCUT), self, self.cite)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        show_as_error(self.problem)

        cite_row = QHBoxLayout()
        cite_row.addWidget(self.for_label, 1)
        credibility_label = QLabel(translate("ReportViewer", "Credibility:"))
        credibility_label.setBuddy(self.credibility)
        cite_row.addWidget(credibility_label)
        cite_row.addWidget(self.credibility)
        cite_row.addWidget(self.cite_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label in (self.title_label, self.outlet_label, self.dates_label, self.url_label):
            if label.text():
                layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addLayout(cite_row)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.highlighted: tuple[int, int] | None = None
        if passage is not None:
            self.highlight(*passage)

    def _for_text(self) -> str:
        if self.position is None:
            return translate("ReportViewer", "Open a report from a cell's citation (or with a cell selected) "
                                             "to cite it for that position.")
        snapshot = self.session.snapshot
        party = next((p.name for p in snapshot.parties if p.id == self.position.party_id), "?")
        issue = next((i.name for i in snapshot.issues if i.id == self.position.issue_id), "?")
        return translate("ReportViewer", "For {party} on “{issue}”: {stance}").format(
            party=party, issue=issue, stance=stance_text(self.position))

    # -- the passage ----------------------------------------------------
    def highlight(self, start: int, end: int) -> bool:
        """Highlight ``stored_text[start:end]`` and scroll to it; False when it lies outside the text."""
        if not (0 <= start <= end <= len(self.stored_text)):
            self.problem.setText(translate("ReportViewer", "The cited passage lies outside this report's text; "
                                                           "the text is shown from the top."))
            return False
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(to_qt(self.stored_text, start))
        cursor.setPosition(to_qt(self.stored_text, end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        fmt = QTextCharFormat()
        palette = self.text.palette()
        fmt.setBackground(blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight),
                                0.35))
        mark.format = fmt
        self.text.setExtraSelections([mark])
        self.highlighted = (start, end)
        self.scroll_to_passage()
        return True

    def scroll_to_passage(self) -> None:
        """Bring the highlighted passage into the middle of the view (again once the viewer is laid out)."""
        if self.highlighted is None:
            return
        shown = QTextCursor(self.text.document())
        shown.setPosition(to_qt(self.stored_text, self.highlighted[0]))
        self.text.setTextCursor(shown)
        self.text.centerCursor()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        QTimer.singleShot(0, self.scroll_to_passage)  # before it is shown the view has no height to centre in

    def selection(self) -> tuple[int, int]:
        """The selected text as code-point offsets into the stored text."""
        cursor = self.text.textCursor()
        return (from_qt(self.stored_text, cursor.selectionStart()), from_qt(self.stored_text, cursor.selectionEnd()))

    # -- citing -----------------------------------------------------------
    def cite(self) -> bool:
        """Cite the selection for the position, as one undoable step; a refusal is one line here."""
        self.problem.clear()
        if self.position is None or self.report is None or not self.cite_button.isEnabled():
            self.problem.setText(translate("ReportViewer", "Nothing to cite for: open this report from a position's cell."))
            return False
        start, end = self.selection()
        count = len(self.session.snapshot.citations_by_position.get(self.position.id, []))
        try:
            changes = cite_passage(self.report, self.stored_text, start, end, self.position.id,
                                   self.credibility.currentData(), sort_order=count)
        except EditRefused as refusal:
            self.problem.setText(translate("ReportViewer", "Not cited: {reason}").format(reason=refusal))
            return False
        if not self.session.push(changes):
            return False
        row = changes.changes[0].after
        self.highlight(row["passage_start"], row["passage_end"])
        return True
