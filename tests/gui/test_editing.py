"""Editing from the window: every edit undoable, saved at once, bad input refused."""

import sqlite3

import pytest
from PySide6.QtCore import QModelIndex, Qt

from core.domain.records import Issue, Party, Person, Round


@pytest.fixture
def window(seed_window):
    return seed_window


def on_disk(path, sql, args=()):
    """Read the file through a separate connection: what another program would see."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def select_cell(window, issue_name, column_name):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name == issue_name))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    window.table.setCurrentIndex(model.index(row, headers.index(column_name)))
    return model.index(row, headers.index(column_name))


def test_edit_undo_redo_each_persisted(window, seed_path):
    select_cell(window, "Return of bodies", "Russia")
    dialog = window.editing.edit_dialog()
    assert not dialog.is_new
    dialog.form.editors["stance"].setText("Offers 3,000 bodies; asks for a list in return")
    dialog.accept()
    position_id = dialog.original.id
    stance = "SELECT stance FROM positions WHERE id = ?"
    assert on_disk(seed_path, stance, [position_id]) == [("Offers 3,000 bodies; asks for a list in return",)]
    assert window.model.data(window.table.currentIndex()) == "Offers 3,000 bodies; asks for a list in return"
    window.undo_action.trigger()
    assert on_disk(seed_path, stance, [position_id]) == [("Offers to hand over another 3,000 Ukrainian bodies",)]
    window.redo_action.trigger()
    assert on_disk(seed_path, stance, [position_id]) == [("Offers 3,000 bodies; asks for a list in return",)]


def test_editing_an_earlier_position_records_a_new_one_at_this_round(window, seed_path):
    rounds = {r.date: r.id for r in window.snapshot.rounds}
    window.select_round(rounds["2025-07-23"])
    select_cell(window, "Ceasefire: length and scope", "Russia")
    window.push_round = None
    # Add round 4 and record Russia's position there.
    window.push(__import__("core.edits.changes", fromlist=["insertion"]).insertion(
        Round(name="Round 4", date="2025-09-01", place="Istanbul")))
    window.select_round(next(r.id for r in window.snapshot.rounds if r.name == "Round 4"))
    select_cell(window, "Ceasefire: length and scope", "Russia")
    dialog = window.editing.edit_dialog()
    assert dialog.is_new and dialog.form.editors["stance"].text().startswith("A series of short ceasefires")
    dialog.form.editors["value_low"].setText("72")
    dialog.form.editors["value_high"].setText("72")
    dialog.accept()
    rows = on_disk(seed_path, "SELECT value_low FROM positions p JOIN rounds r ON r.id = p.round_id "
                              "WHERE r.name = 'Round 4'")
    assert rows == [(72.0,)]
    index = select_cell(window, "Ceasefire: length and scope", "Russia")
    assert index.data(Qt.ItemDataRole.UserRole + 5) == "changed"
    assert "Round 3 (2025-07-23): 24–48 hours" in window.detail.fields["Figure by round"].text()
    assert "Round 4 (2025-09-01): 72 hours" in window.detail.fields["Figure by round"].text()


def test_bad_input_is_explained_and_nothing_is_saved(window, seed_path):
    before = on_disk(seed_path, "SELECT * FROM positions ORDER BY id")
    select_cell(window, "Ceasefire: length and scope", "Russia")
    dialog = window.editing.edit_dialog()
    dialog.form.editors["value_low"].setText("forty-eight")
    dialog.form.editors["value_high"].setText("24")
    dialog.accept()
    assert "Figure (from) must be a number, not “forty-eight”." in dialog.problems.text()
    dialog.form.editors["value_low"].setText("96")
    dialog.accept()
    assert "The lower figure is larger than the upper one." in dialog.problems.text()
    assert dialog.result() == 0
    assert on_disk(seed_path, "SELECT * FROM positions ORDER BY id") == before
    assert window.undo_stack.count() == 0


def test_status_edit_records_evidence(window, seed_path):
    select_cell(window, "Return of bodies", "Status")
    dialog = window.editing.edit_dialog()
    dialog.form.editors["status"].setCurrentIndex(dialog.form.editors["status"].findData("narrowing"))
    dialog.form.editors["common_ground"].setPlainText("Both sides want the bodies returned")
    for n in range(dialog.evidence.count()):
        dialog.evidence.item(n).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    status = on_disk(seed_path, "SELECT id, status, common_ground FROM issue_status WHERE id = ?", [dialog.original.id])
    assert status[0][1:] == ("narrowing", "Both sides want the bodies returned")
    evidence = on_disk(seed_path, "SELECT count(*) FROM evidence WHERE status_id = ?", [dialog.original.id])
    cited = on_disk(seed_path, "SELECT count(*) FROM citations WHERE status_id = ?", [dialog.original.id])
    assert evidence[0][0] + cited[0][0] == dialog.evidence.count() and cited == [(1,)]  # the positions, the report
    assert window.detail.fields["Common ground"].text() == "Both sides want the bodies returned"
    window.undo_action.trigger()
    assert on_disk(seed_path, "SELECT status FROM issue_status WHERE id = ?", [dialog.original.id]) == [("open",)]


def test_delete_position_and_undo(window, seed_path):
    select_cell(window, "Deported children", "Russia")
    count = on_disk(seed_path, "SELECT count(*) FROM positions")[0][0]
    window.delete_action.trigger()
    assert on_disk(seed_path, "SELECT count(*) FROM positions")[0][0] == count - 1
    assert window.model.data(window.table.currentIndex()) == "—"
    window.undo_action.trigger()
    assert on_disk(seed_path, "SELECT count(*) FROM positions")[0][0] == count
    evidence = on_disk(seed_path, "SELECT count(*) FROM evidence")[0][0]
    assert evidence == 10
    assert on_disk(seed_path, "SELECT count(*) FROM citations")[0][0] == 24  # its citation came back too


def test_manage_parties_add_validate_delete_undo(window, seed_path, qtbot):
    dialog = window.editing.manage(Party)
    qtbot.addWidget(dialog)
    dialog.add()
    assert on_disk(seed_path, "SELECT count(*) FROM parties")[0][0] == 4  # a draft until saved
    dialog.form.editors["name"].setText("")
    dialog.form.editors["colour"].line.setText("blue")
    assert not dialog.save()
    assert "A party's name is required." in dialog.problems.text()
    dialog.form.editors["name"].setText("European Union")
    dialog.form.editors["colour"].line.setText("#003399")
    dialog.form.editors["role"].setCurrentIndex(dialog.form.editors["role"].findData("mediator"))
    assert dialog.save()
    assert on_disk(seed_path, "SELECT count(*) FROM parties")[0][0] == 5
    assert on_disk(seed_path, "SELECT role, colour FROM parties WHERE name = 'European Union'") == [
        ("mediator", "#003399")]
    window.show_observers.setChecked(True)
    assert "European Union" in [window.model.headerData(c, Qt.Orientation.Horizontal)
                                for c in range(window.model.columnCount())]
    russia = next(n for n in range(dialog.list.count()) if dialog.list.item(n).text() == "Russia")
    dialog.list.setCurrentRow(russia)
    dialog.delete()
    assert on_disk(seed_path, "SELECT count(*) FROM positions WHERE party_id IN "
                              "(SELECT id FROM parties WHERE name = 'Russia')") == [(0,)]
    assert on_disk(seed_path, "SELECT count(*) FROM parties WHERE name = 'Russia'") == [(0,)]
    window.undo_action.trigger()
    assert on_disk(seed_path, "SELECT count(*) FROM parties WHERE name = 'Russia'") == [(1,)]
    assert on_disk(seed_path, "SELECT count(*) FROM positions p JOIN parties a ON a.id = p.party_id "
                              "WHERE a.name = 'Russia'") == [(9,)]


def test_issues_reorder_by_drag(window, seed_path, qtbot):
    dialog = window.editing.manage(Issue)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert names[0] == "Ceasefire: length and scope"
    # What a drag does: the list model moves the row, then the dialog saves the order.
    model = dialog.list.model()
    assert model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 0)
    order = on_disk(seed_path, "SELECT name FROM issues ORDER BY sort_order LIMIT 2")
    assert order == [("Leaders' summit: purpose and timing",), ("Ceasefire: length and scope",)]
    first_issue_row = next(r for r in range(window.model.rowCount()) if not window.model.is_track_row(r))
    assert window.model.index(first_issue_row, 0).data() == "Leaders' summit: purpose and timing"
    window.undo_action.trigger()
    assert on_disk(seed_path, "SELECT name FROM issues ORDER BY sort_order LIMIT 1") == [
        ("Ceasefire: length and scope",)]


def test_a_round_with_a_bad_date_is_refused(window, seed_path, qtbot):
    dialog = window.editing.manage(Round)
    qtbot.addWidget(dialog)
    dialog.form.editors["date"].setText("23/07/2025")
    assert not dialog.save()
    assert "YYYY-MM-DD" in dialog.problems.text()
    assert on_disk(seed_path, "SELECT count(*) FROM rounds WHERE date = '23/07/2025'") == [(0,)]


def test_cyrillic_positions_can_be_entered(window, seed_path):
    select_cell(window, "Prisoner-of-war exchange", "Ukraine")
    dialog = window.editing.edit_dialog()
    dialog.form.editors["original_text"].setPlainText("Маємо прогрес на гуманітарному треку")
    dialog.form.editors["original_language"].setText("uk")
    dialog.accept()
    assert "translation" in dialog.problems.text()
    dialog.form.editors["translation"].setPlainText("We have progress on the humanitarian track")
    dialog.accept()
    assert on_disk(seed_path, "SELECT count(*) FROM positions WHERE original_text LIKE 'Маємо%'") == [(1,)]
    assert window.detail.fields["Original"].text() == "Маємо прогрес на гуманітарному треку"
    assert window.detail.fields["Translation"].text() == "We have progress on the humanitarian track"


def test_new_in_the_people_dialog_names_a_person_not_a_peopl(window, seed_path, qtbot):
    """The name half of issue 14's bug 6, fixed by taking the noun from the table registry."""
    dialog = window.editing.manage(Person)
    qtbot.addWidget(dialog)
    dialog.add()
    assert dialog.form.editors["name"].text() == "New person"
    assert on_disk(seed_path, "SELECT count(*) FROM people WHERE name = 'New person'") == [(0,)]  # not saved yet
    assert dialog.save()
    assert on_disk(seed_path, "SELECT count(*) FROM people WHERE name = 'New person'") == [(1,)]
