"""The position dialog's quicker entry: round date, remembered report and date, speakers, first citation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from core.domain.records import Citation, Figure, Person, Report, Round
from core.edits.changes import insertion


@pytest.fixture
def window(seed_window):
    return seed_window


def select_cell(window, issue_name, party_name):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name == issue_name))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    window.table.setCurrentIndex(model.index(row, headers.index(party_name)))


def round_4(window) -> Round:
    window.push(insertion(Round(name="Round 4", date="2025-09-01", place="Istanbul")))
    window.select_round(next(r.id for r in window.snapshot.rounds if r.name == "Round 4"))
    return next(r for r in window.snapshot.rounds if r.name == "Round 4")


def seed_report(window) -> Report:
    return next(iter(window.snapshot.reports.values()))


def test_a_new_position_is_stated_on_the_rounds_date(window):
    round_4(window)
    select_cell(window, "Return of bodies", "Russia")
    dialog = window.editing.edit_dialog()
    assert dialog.is_new and dialog.form.editors["stated_on"].text() == "2025-09-01"


def test_the_next_entry_remembers_the_report_and_date_of_the_last(window):
    round_4(window)
    report = seed_report(window)
    text = window.workspace.report_text(report.id)
    select_cell(window, "Return of bodies", "Russia")
    dialog = window.editing.edit_dialog()
    dialog.form.editors["stance"].setText("Hands over 3,000 more bodies")
    dialog.form.editors["stated_on"].setText("2025-09-02")
    dialog.report.setCurrentIndex(dialog.report.findData(report.id))
    phrase = "another 3,000 Ukrainian bodies"
    assert phrase in text
    dialog.passage.setPlainText(phrase)
    dialog.credibility.setCurrentIndex(dialog.credibility.findData(2))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problems.text()
    (citation,) = window.workspace.all(Citation, "position_id = ?", [dialog.original.id])
    assert citation.passage == phrase == text[citation.passage_start:citation.passage_end]
    assert (citation.report_id, citation.credibility) == (report.id, 2)
    assert window.undo_stack.count() == 2  # the round, then the position with its citation

    select_cell(window, "Prisoner-of-war exchange", "Russia")
    following = window.editing.edit_dialog()
    assert following.report.currentData() == report.id
    assert following.form.editors["stated_on"].text() == "2025-09-02"


def test_a_passage_that_is_not_in_the_report_is_refused(window):
    round_4(window)
    select_cell(window, "Return of bodies", "Russia")
    dialog = window.editing.edit_dialog()
    dialog.form.editors["stance"].setText("x")
    dialog.report.setCurrentIndex(dialog.report.findData(seed_report(window).id))
    dialog.passage.setPlainText("words the report never said")
    dialog.accept()
    assert "not in the report's text" in dialog.problems.text() and dialog.result() == 0


def test_the_partys_speakers_come_first_and_another_partys_is_warned_about(window):
    select_cell(window, "Return of bodies", "Ukraine")
    dialog = window.editing.edit_dialog()
    speaker = dialog.form.editors["speaker_id"]
    people = window.snapshot.people
    ukraine = next(p.id for p in window.snapshot.parties if p.name == "Ukraine")
    labels = [speaker.itemText(n) for n in range(1, speaker.count())]
    own = [n for n, label in enumerate(labels) if people[speaker.itemData(n + 1)].party_id == ukraine]
    assert own == list(range(len(own))) and own  # Ukraine's people first
    medinsky = next(p.id for p in people.values() if p.name == "Vladimir Medinsky")
    speaker.setCurrentIndex(speaker.findData(medinsky))
    assert dialog.speaker_warning.text() == "Vladimir Medinsky speaks for Russia, not Ukraine."
    speaker.setCurrentIndex(1)
    assert dialog.speaker_warning.text() == ""


def test_a_person_is_created_without_leaving_the_dialog(window):
    select_cell(window, "Return of bodies", "Ukraine")
    dialog = window.editing.edit_dialog()

    def fill() -> None:
        form = QApplication.activeModalWidget()
        if form is None or form is dialog or not hasattr(form, "form"):
            QTimer.singleShot(20, fill)
            return
        form.form.editors["name"].setText("Oleksandr Kubrakov")
        form.accept()

    QTimer.singleShot(20, fill)
    person_id = dialog.new_person()
    person = window.workspace.get(Person, person_id)
    ukraine = next(p.id for p in window.snapshot.parties if p.name == "Ukraine")
    assert person.name == "Oleksandr Kubrakov" and person.party_id == ukraine
    assert dialog.form.editors["speaker_id"].currentData() == person_id



def test_further_labelled_figures_are_saved_shown_and_undone_with_the_position(window):
    select_cell(window, "Prisoner-of-war exchange", "Russia")
    dialog = window.editing.edit_dialog()
    dialog.further_figures.setPlainText("age limit: under 25 years\nseverely wounded: at least 1,000 people")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problems.text()
    saved = window.workspace.all(Figure, "position_id = ?", [dialog.original.id])
    assert [(f.label, f.high) for f in saved] == [("age limit", 25.0), ("severely wounded", 1000.0)]
    assert "age limit: at most 25 years" in window.detail.fields["Further figures"].text()  # "under" read as at most
    again = window.editing.edit_dialog()
    assert again.further_figures.toPlainText().splitlines()[0] == "age limit: at most 25 years"
    again.reject()
    window.undo_action.trigger()
    assert window.workspace.all(Figure, "position_id = ?", [dialog.original.id]) == []


def test_a_further_figure_without_a_number_is_refused_and_nothing_saved(window):
    select_cell(window, "Prisoner-of-war exchange", "Russia")
    dialog = window.editing.edit_dialog()
    dialog.further_figures.setPlainText("age limit: young")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "no number or date" in dialog.problems.text()
    assert window.workspace.all(Figure) == []
