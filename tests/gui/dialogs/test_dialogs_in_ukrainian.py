"""The dialogs speak Ukrainian when the compiled catalogue is installed (issue 14).

The catalogue is compiled from the committed .ts files into a temporary .qm
(``tests.translations.compile_catalogue``) and installed as the window does,
with a QTranslator: the strings wrapped in the dialogs and the field labels
marked in ``record_fields`` must come out translated.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QTabWidget

from core.domain.records import Person
from tests.gui.test_accessibility import position_dialog



def label_of_field(form, name: str) -> str:
    editor = form.editors[name]
    labels = [layout.labelForField(editor) for layout in form.findChildren(QFormLayout)]
    (label,) = [label for label in labels if label is not None]
    return label.text()


def test_the_position_dialog_shows_its_title_labels_and_buttons_in_ukrainian(seed_window, qtbot, ukrainian):
    dialog = position_dialog(seed_window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Позиція — Parley"
    assert label_of_field(dialog.form, "stance") == "Формулювання:"
    assert label_of_field(dialog.form, "speaker_id") == "Мовець:"
    assert dialog.passage.accessibleName() == "Уривок"
    tabs = dialog.form.findChild(QTabWidget)
    assert [tabs.tabText(n) for n in range(tabs.count())] == ["Позиція", "Цитата", "Атрибуція"]
    assert dialog.form.editors["stated"].text() == "Сторона заявила позицію щодо цього питання"


def test_a_person_is_named_differently_from_a_thing(seed_window, qtbot, ukrainian):
    """One English "Name", two Ukrainian words: a person's form says "Ім’я", a party's "Назва"."""
    from core.domain.records import Party

    people = seed_window.editing.manage(Person)
    parties = seed_window.editing.manage(Party)
    for dialog in (people, parties):
        qtbot.addWidget(dialog)
    assert people.windowTitle() == "Особи — Parley"
    assert label_of_field(people.form, "name") == "Ім’я:"
    assert label_of_field(parties.form, "name") == "Назва:"
    assert parties.save_button.text() == "&Зберегти"


def test_without_the_catalogue_the_dialogs_stay_english(seed_window, qtbot):
    dialog = position_dialog(seed_window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Position — Parley"
    assert label_of_field(dialog.form, "stance") == "Stance:"


SMALL_SCREEN = (1024, 700)  # the smallest screen the dialogs must fit, window frame included
FRAME = (16, 40)  # room for a title bar and borders


def dialogs_area(window, tmp_path):
    """Each dialog of the dialogs area, as the window opens it."""
    from core.domain.records import Issue, Outlet, Party, Report, Round, Track
    from tests.gui.test_accessibility import add_report_dialog, merge_dialog, status_dialog

    for cls in (Party, Track, Issue, Round, Person, Outlet, Report):
        yield f"records: {cls.__name__}", window.editing.manage(cls)
    yield "position", position_dialog(window)
    yield "status", status_dialog(window)
    yield "export", window.export_sheet()
    yield "export history", window.file_actions.export_history_dialog()
    yield "negotiation", window.edit_negotiation()
    yield "add report", add_report_dialog(window)
    yield "merge", merge_dialog(window, tmp_path)


def test_every_dialog_fits_a_small_screen_in_ukrainian(seed_window, qtbot, tmp_path, ukrainian):
    """Ukrainian runs longer than English: no dialog may open, or need to be, larger than 1024×700."""
    too_big = []
    for name, dialog in dialogs_area(seed_window, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        for size in (dialog.size(), dialog.minimumSizeHint()):
            if size.width() + FRAME[0] > SMALL_SCREEN[0] or size.height() + FRAME[1] > SMALL_SCREEN[1]:
                too_big.append(f"{name}: {size.width()}×{size.height()}")
        dialog.close()
    assert not too_big, too_big


def test_the_catalogue_holds_every_tlp_label_the_export_dialog_lists():
    """The TLP labels are core's data, marked again in export.py: a new level must be marked too."""
    from core.sheet.model import TLP_LEVELS
    from gui.dialogs.export import TLP_CHOICES

    assert set(TLP_CHOICES) == {label for label, _colour in TLP_LEVELS.values()}
