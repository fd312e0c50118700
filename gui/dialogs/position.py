"""Edit one party's position on one issue at the round shown.

Which record that edits (the one reported at this round, or a new one
prefilled from the latest earlier one) and the heading that says so come
from ``core.edits.rules.position_at_round``; the dialog shows the form and
pushes the rule's ChangeSet.

Entering a round by hand is quicker with what ``core.edits.entry`` decides:
the report and date of the last entry come back (session memory), "stated on"
otherwise starts at the round's date, the party's own speakers are listed
first with one warning line for a speaker of another party, and a person or
report can be created from here. The Attribution tab's Report, passage and
credibility are the position's first citation, saved in the same undo step.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.domain.grades import CREDIBILITY_LABELS
from core.i18n import translate as core_translate
from core.domain.records import Person, Report
from core.domain.validation import problems_with
from core.edits.entry import default_report, default_stated_on, first_citation, speaker_choices, speaker_warning
from core.edits.rules import Draft, position_at_round
from core.reading.typed_figures import figure_changes, figure_lines, read_figure_lines

from gui.dialogs.forms import Form
from gui.dialogs.record_fields import FIELDS
from gui.i18n import translate
from gui.theme import show_as_error


class RecordDialog(QDialog):
    """A form for one record with OK/Cancel; OK pushes one undoable change."""

    def __init__(self, session, draft: Draft, title: str, parent=None):
        """``session``: where the form's choices come from and where OK pushes the change."""
        super().__init__(parent)
        self.session = session
        self.draft = draft
        self.original = draft.record
        self.is_new = draft.is_new
        self.setWindowTitle(title)
        self.heading = QLabel(draft.heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.form = Form(FIELDS[type(draft.record)], session.choice_list)
        self.form.load(draft.record)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        show_as_error(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def refuse(self, problems: list[str]) -> None:
        """Say under the form why nothing was saved."""
        self.problems.setText(translate("RecordDialog", "Not saved: {problems}").format(problems=" ".join(problems)))

    def changes(self, record):
        """The rule's ChangeSet for the record as the form has it."""
        return self.draft.changes(record)

    def accept(self) -> None:
        record, problems = self.form.read(self.original)
        problems += problems_with(record)
        if problems:
            self.refuse(problems)
            return
        changes = self.changes(record)
        if not changes.changes or self.session.push(changes):  # nothing changed: close, as OK does
            super().accept()


class PositionDialog(RecordDialog):
    def __init__(self, session, row, cell, round_, parent=None):
        draft = position_at_round(round_, row.issue, cell.party, cell.position, cell.reported_round)
        super().__init__(session, draft, translate("PositionDialog", "Position — Parley"), parent)
        self.party = cell.party
        self.round = round_
        snapshot = session.snapshot
        cited = sorted(snapshot.citations_by_position.get(draft.record.id, []), key=lambda c: c.sort_order)
        self.old_citation = cited[0] if cited and not draft.is_new else None
        memory = session.entry_memory
        if draft.is_new:
            self.form.editors["stated_on"].setText(default_stated_on(round_, memory))
        self._build_attribution()
        self._build_further_figures(cell.position)
        self._fill_speakers(draft.record.speaker_id)
        self._fill_reports(self.old_citation.report_id if self.old_citation
                           else default_report(memory, snapshot.reports) if draft.is_new else None)
        if self.old_citation is not None:
            self.passage.setPlainText(self.old_citation.passage)
            self.credibility.setCurrentIndex(max(0, self.credibility.findData(self.old_citation.credibility)))

    # -- the Attribution tab ------------------------------------------------
    def _build_attribution(self) -> None:
        speaker = self.form.editors["speaker_id"]
        layout: QFormLayout = speaker.parentWidget().layout()
        row, _ = layout.getWidgetPosition(speaker)
        self.speaker_warning = QLabel()
        self.speaker_warning.setObjectName("speakerWarning")
        self.speaker_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_warning.setStyleSheet("color: #B45309")
        new_person = QPushButton(translate("PositionDialog", "New &Person…"))
        new_person.clicked.connect(self.new_person)
        layout.insertRow(row + 1, "", self.speaker_warning)
        layout.insertRow(row + 2, "", new_person)
        speaker.currentIndexChanged.connect(self._warn_about_speaker)
        self.report = QComboBox()
        self.report.setObjectName("report_id")
        self.report.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.report.setMinimumContentsLength(24)  # a long title must not push the field onto its own line
        new_report = QPushButton(translate("PositionDialog", "New &Report…"))
        new_report.clicked.connect(self.new_report)
        self.passage = QPlainTextEdit()
        self.passage.setObjectName("passage")
        self.passage.setTabChangesFocus(True)
        self.passage.setPlaceholderText(translate(
            "PositionDialog", "the report's words, pasted as they stand (the citation keeps where they are)"))
        self.passage.setFixedHeight(self.passage.fontMetrics().lineSpacing() * 4 + 12)
        self.credibility = QComboBox()
        self.credibility.setObjectName("credibility")
        for number, words in CREDIBILITY_LABELS.items():
            self.credibility.addItem(f"{number} — {core_translate('Credibility', words)}", number)  # core's catalogue
        self.credibility.setCurrentIndex(self.credibility.findData(6))
        layout.addRow(translate("PositionDialog", "Report:"), self.report)
        layout.addRow("", new_report)
        layout.addRow(translate("PositionDialog", "Passage:"), self.passage)
        layout.addRow(translate("PositionDialog", "Credibility:"), self.credibility)
        self.report.setAccessibleName(translate("PositionDialog", "Report"))
        self.report.setAccessibleDescription(translate("PositionDialog", "The report the passage is cited from"))
        self.passage.setAccessibleName(translate("PositionDialog", "Passage"))
        self.passage.setAccessibleDescription(translate("PositionDialog", "The report's words, pasted as they stand"))
        self.credibility.setAccessibleName(translate("PositionDialog", "Credibility"))
        self.credibility.setAccessibleDescription(translate("PositionDialog",
                                                            "How credible the passage is (Admiralty 1–6)"))
        new_person.setAccessibleDescription(translate("PositionDialog", "Adds a person to choose as the speaker"))
        new_report.setAccessibleDescription(translate("PositionDialog", "Adds a report to cite"))
        # Rows inserted after the form was built went to the end of the Tab chain, after OK and Cancel.
        editors = self.form.editors
        chain = [speaker, new_person, editors["stated_on"], editors["timing_note"], editors["analyst_note"],
                 self.report, new_report, self.passage, self.credibility]
        for first, second in zip(chain, chain[1:]):
            self.setTabOrder(first, second)

    def _build_further_figures(self, shown) -> None:
        """'age limit: under 25', one a line, under the compared figure (``core.reading.typed_figures``)."""
        label = self.form.editors["value_label"]
        layout: QFormLayout = label.parentWidget().layout()
        self.old_figures = [] if self.is_new else list(self.session.snapshot.figures_by_position.get(
            self.original.id, []))
        carried = self.session.snapshot.figures_by_position.get(shown.id, []) if shown is not None else []
        self.further_figures = QPlainTextEdit()
        self.further_figures.setObjectName("further_figures")
        self.further_figures.setTabChangesFocus(True)
        self.further_figures.setPlaceholderText(translate(
            "PositionDialog", "one a line, label first: “age limit: under 25”, “per side: at least 1,000”"))
        self.further_figures.setPlainText(figure_lines(self.old_figures if not self.is_new else carried))
        self.further_figures.setFixedHeight(self.further_figures.fontMetrics().lineSpacing() * 3 + 12)
        self.further_figures.setAccessibleName(translate("PositionDialog", "Further figures"))
        layout.addRow(translate("PositionDialog", "Further figures:"), self.further_figures)
        self.setTabOrder(label, self.further_figures)  # the row under "Figure counts", not after OK and Cancel
        self.further_figures.setAccessibleDescription(translate(
            "PositionDialog", "One a line, label first, such as “age limit: under 25”"))

    def _fill_speakers(self, chosen: str | None) -> None:
        box = self.form.editors["speaker_id"]
        box.blockSignals(True)
        box.clear()
        for value, label in speaker_choices(self.session.snapshot.people.values(), self.party,
                                            self.session.party_names()):
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)
        self._warn_about_speaker()

    def _warn_about_speaker(self) -> None:
        person = self.session.snapshot.people.get(self.form.editors["speaker_id"].currentData() or "")
        self.speaker_warning.setText(speaker_warning(person, self.party, self.session.party_names()))

    def _fill_reports(self, chosen: str | None) -> None:
        self.report.clear()
        for value, label in self.session.choice_list("reports"):
            self.report.addItem(label, value)
        self.report.setCurrentIndex(max(0, self.report.findData(chosen)))

    def new_person(self) -> str | None:
        """Create a person of this party without leaving the dialog (their own undo step); select them."""
        draft = Draft(Person(party_id=self.party.id), True,
                      translate("PositionDialog", "A new person who speaks for {party}.").format(party=self.party.name),
                      translate("PositionDialog", "Add person"))
        dialog = RecordDialog(self.session, draft, translate("PositionDialog", "New Person — Parley"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._fill_speakers(draft.record.id)
        return draft.record.id

    def new_report(self) -> str | None:
        """Create a report without leaving the dialog (its own undo step); select it."""
        draft = Draft(Report(accessed=self.session.today()), True, translate("PositionDialog", "A new report."),
                      translate("PositionDialog", "Add report"))
        dialog = RecordDialog(self.session, draft, translate("PositionDialog", "New Report — Parley"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._fill_reports(draft.record.id)
        return draft.record.id

    # -- saving ---------------------------------------------------------------
    def accept(self) -> None:
        record, problems = self.form.read(self.original)
        problems += problems_with(record)
        report_id = self.report.currentData()
        passage = self.passage.toPlainText().strip()
        text = self.session.workspace.report_text(report_id) if report_id and passage else ""
        rows, citation_problems = first_citation(record, self.old_citation, report_id, passage,
                                                 self.credibility.currentData(), text)
        problems += citation_problems
        figures, figure_problems = read_figure_lines(self.further_figures.toPlainText(), record.id,
                                                     self.old_figures, record.original_language or None)
        problems += figure_problems
        if problems:
            self.refuse(problems)
            return
        changes = self.draft.changes(record, [*rows, *figure_changes(self.old_figures, figures)])
        if not changes.changes or self.session.push(changes):
            self.session.entry_memory = self.session.entry_memory.after(record, report_id)
            QDialog.accept(self)
