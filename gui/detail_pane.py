"""The detail pane: everything known about the selected cell, as plain text.

For a party's cell: stance, figure, summary, quote (original beside its
translation), speaker, when and where it was reported. For the status
column: the status, who claims it, the common ground and its evidence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.compare.comparison import Cell, Comparison, Row
from core.i18n import translate as core_translate
from core.domain.labels import NO_POSITION, claimant, format_value, source_citation, stance_text, status_label
from core.domain.records import Position, Round

from gui.citation_list import CitationList
from gui.i18n import translate
from gui.plain import plain_label


SIDE_BY_SIDE, CITATIONS = "original and translation", "citations"

# Every row the pane can show, in the one order it shows them in for any kind of cell: a
# round switch or a search then refills the rows it has instead of making new widgets
# (on a large workspace that was some 20 ms of every switch with a cell selected).
ROWS = ("Track", "Description", "Compared as", "Figures", "Gap", "Position", "Status", "Confirmed by", "As of",
        "Common ground", "Note", "Evidence", "Stance", "Figure", "Further figures", "Summary", "Quote",
        SIDE_BY_SIDE, "Speaker", "Reported at", "Stated on", "Timing", CITATIONS, "Analyst's note", "Before",
        "Figure by round")


class DetailPane(QScrollArea):
    """``citation_opened(citation, position)``: the analyst asked to read a citation's passage."""

    citation_opened = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(280)
        self.setAccessibleName(translate("DetailPane", "Details"))
        self.setAccessibleDescription(translate("DetailPane",
                                                "The selected cell in full: stance, figures, quote and the reports cited"))
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self.title = plain_label("")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._layout.addWidget(self.title)
        self._layout.addLayout(self._form)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.fields: dict[str, QLabel] = {}  # the rows shown now, by their English name
        self.citations: CitationList | None = None
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        self._shown: set[int] = set()  # form rows visible now
        self._showing: set[int] = set()  # form rows the content being filled shows
        self._citation_position: Position | None = None
        self._make_rows()
        self.show_nothing()

    def _make_rows(self) -> None:
        """Every row of ``ROWS``, hidden until a cell's content fills it."""
        for name in ROWS:
            if name == SIDE_BY_SIDE:
                self._make_side_by_side()
            elif name == CITATIONS:
                self._citations_heading = self._heading("")
                self._form.addRow(self._citations_heading)
                self._citations_holder = QWidget()
                holder = QVBoxLayout(self._citations_holder)
                holder.setContentsMargins(0, 0, 0, 0)
                self._form.addRow(self._citations_holder)
            else:
                heading, body = self._heading(""), plain_label("")
                self._rows[name] = (heading, body)
                self._form.addRow(heading, body)
        for row in range(self._form.rowCount()):
            self._form.setRowVisible(row, False)

    @staticmethod
    def _heading(text: str) -> QLabel:
        heading = QLabel(text)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _make_side_by_side(self) -> None:
        """Original-language text and its translation, next to each other."""
        self._side_by_side = QWidget()
        row = QHBoxLayout(self._side_by_side)
        row.setContentsMargins(0, 0, 0, 0)
        self._side_headings: list[QLabel] = []
        self._side_bodies: list[QLabel] = []
        for _ in range(2):
            column = QVBoxLayout()
            heading = plain_label("", selectable=False)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            body = plain_label("")
            self._side_headings.append(heading)
            self._side_bodies.append(body)
            column.addWidget(heading)
            column.addWidget(body)
            column.addStretch(1)
            row.addLayout(column, 1)
        self._form.addRow(self._side_by_side)

    # -- content ------------------------------------------------------
    def _reset(self, title: str) -> None:
        self.fields = {}
        self.citations = None
        self._showing = set()
        self.title.setText(title)

    def _finish(self) -> None:
        """Hide the rows the new content does not use and show those it does."""
        for row in self._shown - self._showing:
            self._form.setRowVisible(row, False)
        for row in self._showing - self._shown:
            self._form.setRowVisible(row, True)
        self._shown = self._showing

    def _show_row(self, widget: QWidget) -> None:
        self._showing.add(self._form.getWidgetPosition(widget)[0])

    def _add(self, name: str, heading_text: str, text: str | None) -> None:
        """A heading and its text; ``name`` (English, stable) keys ``fields``, ``heading_text`` is shown."""
        if not text:
            return
        heading, body = self._rows[name]
        heading.setText(heading_text)
        body.setText(text)
        self.fields[name] = body
        self._show_row(body)

    def _add_side_by_side(self, left_title: str, left: str, right_title: str, right: str) -> None:
        """Original-language text and its translation, next to each other."""
        for heading, body, title, text, name in zip(self._side_headings, self._side_bodies, (left_title, right_title),
                                                    (left, right), ("Original", "Translation")):
            heading.setText(title)
            body.setText(text)
            self.fields[name] = body
        self._show_row(self._side_by_side)

    def _add_citations(self, comparison: Comparison, position: Position) -> None:
        """Every citation, clickable; the versions side by side where the reports disagree."""
        if not comparison.citations_of(position):
            return
        self._citation_position = position
        shown = self._citations_holder.findChild(CitationList)
        if shown is None or not shown.refill(comparison, position):
            if shown is not None:
                shown.setParent(None)
                shown.deleteLater()
            shown = CitationList(comparison, position)
            shown.opened.connect(lambda citation: self.citation_opened.emit(citation, self._citation_position))
            self._citations_holder.layout().addWidget(shown)
        self.citations = shown
        self._citations_heading.setText(translate("DetailPane", "Reports that disagree") if shown.version_headings
                                        else translate("DetailPane", "Reports"))
        self._show_row(self._citations_heading)
        self._show_row(self._citations_holder)
        if shown.items:  # they come after this pane in the Tab chain, not after the last widget made
            QWidget.setTabOrder(self, shown.items[0])
            for first, second in zip(shown.items, shown.items[1:]):
                QWidget.setTabOrder(first, second)

    def show_nothing(self) -> None:
        self._reset(translate("DetailPane", "Select a cell to see its detail"))
        self._finish()

    def show_issue(self, row: Row) -> None:
        self._reset(row.issue.name)
        self._fill_issue(row)
        self._finish()

    def _fill_issue(self, row: Row) -> None:
        self._add("Track", translate("DetailPane", "Track"), row.track.name if row.track else "")
        self._add("Description", translate("DetailPane", "Description"), row.issue.description)
        kinds = {"duration": translate("DetailPane", "Duration"), "count": translate("DetailPane", "Count"),
                 "date": translate("DetailPane", "Date")}
        self._add("Compared as", translate("DetailPane", "Compared as"), kinds.get(row.issue.quantity_kind or "", ""))
        if row.issue.quantity_kind:
            no_figure = translate("DetailPane", "no figure")
            lines = [f"{c.party.name}: {c.value_text or no_figure}" for c in row.cells]
            self._add("Figures", translate("DetailPane", "Figures"), "\n".join(lines))
            self._add("Gap", translate("DetailPane", "Gap"), row.gap_text or translate(
                "DetailPane", "Not measurable: a side gives no figure, or the units differ."))

    def show_cell(self, row: Row, cell: Cell, comparison: Comparison,
                  history: list[tuple[Round, Position]] | None = None) -> None:
        self._reset(f"{cell.party.name} — {row.issue.name}")
        self._fill_cell(row, cell, comparison, history)
        self._finish()

    def _fill_cell(self, row: Row, cell: Cell, comparison: Comparison,
                   history: list[tuple[Round, Position]] | None) -> None:
        position = cell.position
        if position is None:
            if comparison.round:
                missing = translate("DetailPane", "No position recorded up to {round}.").format(
                    round=comparison.round.name)
            else:
                missing = translate("DetailPane", "No position recorded up to this round.")
            self._add("Position", translate("DetailPane", "Position"), missing)
            return
        if not position.stated:
            self._add("Position", translate("DetailPane", "Position"), core_translate("Labels", NO_POSITION))
            self._add("Note", translate("DetailPane", "Note"), position.summary)
        else:
            self._add("Stance", translate("DetailPane", "Stance"), position.stance)
            label = f"{position.value_label}: " if position.value_label and cell.value_text else ""
            self._add("Figure", translate("DetailPane", "Figure"), label + (cell.value_text or ""))
            self._add("Further figures", translate("DetailPane", "Further figures"),
                      "\n".join(comparison.further_figures(position)))
            self._add("Summary", translate("DetailPane", "Summary"), position.summary)
            if position.quote:
                self._add("Quote", translate("DetailPane", "Quote"), f"“{position.quote}”")
            if position.original_text:
                if position.original_language:
                    original = translate("DetailPane", "Original ({language})").format(
                        language=position.original_language)
                else:
                    original = translate("DetailPane", "Original")
                self._add_side_by_side(original, position.original_text,
                                       translate("DetailPane", "Translation"), position.translation)
            speaker = comparison.people.get(position.speaker_id or "")
            if speaker:
                self._add("Speaker", translate("DetailPane", "Speaker"),
                          f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name)
        if cell.reported_round:
            r = cell.reported_round
            self._add("Reported at", translate("DetailPane", "Reported at"),
                      f"{r.name}, {r.date}" + (f", {r.place}" if r.place else ""))
        self._add("Stated on", translate("DetailPane", "Stated on"), position.stated_on or "")
        self._add("Timing", translate("DetailPane", "Timing"), position.timing_note)
        self._add_citations(comparison, position)
        self._add("Analyst's note", translate("DetailPane", "Analyst's note"),
                  position.analyst_note if position.stated else "")
        if cell.changed and cell.previous is not None:
            self._add("Before", translate("DetailPane", "Before"), stance_text(cell.previous))
        if row.issue.quantity_kind and history:
            no_figure = translate("DetailPane", "no figure")
            moves = [f"{r.name} ({r.date}): {format_value(p) or no_figure}" for r, p in history]
            self._add("Figure by round", translate("DetailPane", "Figure by round"), "\n".join(moves))

    def show_status(self, row: Row, names: dict[str, str], evidence_lines: list[str]) -> None:
        self._reset(translate("DetailPane", "Status — {issue}").format(issue=row.issue.name))
        self._fill_status(row, names, evidence_lines)
        self._finish()

    def _fill_status(self, row: Row, names: dict[str, str], evidence_lines: list[str]) -> None:
        status_heading = translate("DetailPane", "Status")
        if row.status is None:
            self._add("Status", status_heading, translate("DetailPane", "No status recorded up to this round."))
            return
        self._add("Status", status_heading, status_label(row.status, names))
        if row.status.claimed_by_party_id:
            self._add("Confirmed by", translate("DetailPane", "Confirmed by"),
                      translate("DetailPane", "{party} only").format(party=claimant(row.status, names)))
        if row.status_round:
            self._add("As of", translate("DetailPane", "As of"), f"{row.status_round.name}, {row.status_round.date}")
        self._add("Common ground", translate("DetailPane", "Common ground"), row.status.common_ground)
        self._add("Note", translate("DetailPane", "Note"), row.status.note)
        self._add("Evidence", translate("DetailPane", "Evidence"), "\n".join(evidence_lines))


def evidence_lines(snapshot, row: Row, names: dict[str, str]) -> list[str]:
    """The positions and sources recorded as evidence for a row's status, one line each."""
    if row.status is None:
        return []
    lines = []
    for item in snapshot.evidence_by_status.get(row.status.id, []):
        position = snapshot.positions_by_id.get(item.position_id or "")
        if position is not None:
            stance = stance_text(position)
            lines.append(f"• {names.get(position.party_id, '?')}: {stance}")
    for citation in snapshot.citations_by_status.get(row.status.id, []):
        report = snapshot.reports.get(citation.report_id)
        if report is not None:
            source = source_citation(report, snapshot.outlets.get(report.outlet_id or ""))
            lines.append(translate("DetailPane", "• Report: {source}").format(source=source))
    return lines

