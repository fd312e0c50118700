"""The detail pane's reports: every citation of a position, with its outlet, grade and passage.

Where the reports disagree (``core.compare.citations.versions``), each
version is a column of its own, side by side, headed by what it says and
listing the citations that carry it. Each citation is a focusable item:
a click, Enter or Space on it asks to open the report at that passage
(``opened``). All text is plain; the grade's tooltip says it in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from core.compare.citations import citation_grade, disagrees, versions
from core.domain.grades import grade_order, grade_words
from core.domain.labels import source_name
from core.domain.records import Citation

from gui.i18n import translate
from gui.plain import plain_label, plain_tooltip



def open_hint() -> str:
    return translate("CitationItem", "Open the report at this passage (click, or Enter)")


class CitationItem(QFrame):
    """One citation: 'B2 · Outlet · Report title', then the passage in quotes."""

    activated = Signal(object)  # the Citation

    def __init__(self, citation: Citation, outlet_name: str, title: str, graded: str, parent=None):
        super().__init__(parent)
        self.setObjectName("citationItem")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(open_hint())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(6)
        self.grade_label = plain_label("", selectable=False)
        font = self.grade_label.font()
        font.setBold(True)
        self.grade_label.setFont(font)
        self.grade_label.setWordWrap(False)
        self.source_label = plain_label("", selectable=False)
        top.addWidget(self.grade_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.source_label, 1)
        layout.addLayout(top)
        self.passage_label = plain_label("", selectable=False)
        layout.addWidget(self.passage_label)
        self.speaker_label = plain_label("", selectable=False)
        layout.addWidget(self.speaker_label)
        self.setAccessibleDescription(open_hint())
        self.show_citation(citation, outlet_name, title, graded)

    def show_citation(self, citation: Citation, outlet_name: str, title: str, graded: str) -> None:
        """Show this citation (an item is refilled rather than made again when the pane follows a round switch)."""
        self.citation = citation
        self.grade_label.setText(graded)
        self.grade_label.setToolTip(plain_tooltip(grade_words(graded)))
        self.source_label.setText(" · ".join(t for t in (outlet_name, title) if t)
                                  or translate("CitationItem", "(untitled report)"))
        self.passage_label.setText(f"“{citation.passage}”" if citation.passage
                                   else translate("CitationItem", "(no passage marked)"))
        self.speaker_label.setText(translate("CitationItem", "Speaker as reported: {speaker}").format(
            speaker=citation.speaker) if citation.speaker else "")
        self.speaker_label.setVisible(bool(citation.speaker))
        self.setAccessibleName(self.text())

    def text(self) -> str:
        """What the item shows, as one string (for tests and accessibility)."""
        return f"{self.grade_label.text()} · {self.source_label.text()}\n{self.passage_label.text()}"

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.activated.emit(self.citation)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.citation)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.setLineWidth(2)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.setLineWidth(1)
        super().focusOutEvent(event)


class CitationList(QWidget):
    """A position's citations; side-by-side columns when the reports disagree."""

    opened = Signal(object)  # the Citation to open

    def __init__(self, comparison, position, parent=None):
        super().__init__(parent)
        self.items: list[CitationItem] = []
        self._pool: list[CitationItem] = []  # every item made, shown or not (a one-column list: ``refill``)
        self.version_headings: list[str] = []
        citations = comparison.citations_of(position)
        reports, outlets = comparison.reports, comparison.outlets
        if disagrees(position, citations):
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            for version in versions(position, citations, reports, outlets):
                column = QVBoxLayout()
                filed = not self.version_headings
                heading = plain_label(translate("CitationList", "As filed: {version}").format(version=version.text)
                                      if filed else f"≠ {version.text}", selectable=False)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.version_headings.append(version.text)
                column.addWidget(heading)
                if not version.carried_by:
                    column.addWidget(plain_label(translate("CitationList", "As filed; no report cited gives it."),
                                                 selectable=False))
                for citation, _name, _graded in version.carried_by:
                    column.addWidget(self._item(citation, comparison))
                column.addStretch(1)
                row.addLayout(column, 1)
        else:
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            ordered = sorted(citations, key=lambda c: (grade_order(citation_grade(c, reports, outlets)), c.sort_order))
            for citation in ordered:
                column.addWidget(self._item(citation, comparison))
            self._pool = list(self.items)

    def refill(self, comparison, position) -> bool:
        """Show another position's citations in this list's items; False when it cannot (either
        list shows disagreeing versions side by side: the caller makes a new list)."""
        citations = comparison.citations_of(position)
        if self.version_headings or disagrees(position, citations):
            return False
        reports, outlets = comparison.reports, comparison.outlets
        ordered = sorted(citations, key=lambda c: (grade_order(citation_grade(c, reports, outlets)), c.sort_order))
        self.items = []
        for n, citation in enumerate(ordered):
            if n < len(self._pool):
                item = self._pool[n]
                item.show_citation(citation, *self._labels(citation, comparison))
                item.show()
                self.items.append(item)
            else:
                self.layout().addWidget(self._item(citation, comparison))
                self._pool.append(self.items[-1])
        for item in self._pool[len(ordered):]:
            item.hide()
        return True

    @staticmethod
    def _labels(citation: Citation, comparison) -> tuple[str, str, str]:
        """The outlet's name, the report's title and the citation's grade."""
        report = comparison.reports.get(citation.report_id)
        outlet = comparison.outlets.get(report.outlet_id or "") if report else None
        return (outlet.name if outlet else translate("CitationList", "Outlet not named"),
                source_name(report) if report else translate("CitationList", "(report deleted)"),
                citation_grade(citation, comparison.reports, comparison.outlets))

    def _item(self, citation: Citation, comparison) -> CitationItem:
        item = CitationItem(citation, *self._labels(citation, comparison))
        item.activated.connect(self.opened)
        self.items.append(item)
        return item
