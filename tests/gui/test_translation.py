"""The interface goes through Qt's translation, and the Ukrainian catalogue is whole and current (issue 14).

The catalogue is split by area (``tests.translations.AREAS``); the checks of
catalogues and of what the windows show run over ``CHECKED_AREAS``. Each
area joins it once its strings are wrapped and translated.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from core import i18n
from tests.gui.test_accessibility import OPENERS
from tests.gui.translation_walk import PseudoTranslator, in_areas, untranslated, workspace_data
from tests.translations import AREAS, CATALOGUES, COMPILED, ROOT, area_files, compile_catalogue, lupdate

#: The areas whose catalogues and windows are checked. Widen it as areas are finished; all of AREAS at the end.
CHECKED_AREAS = tuple(AREAS)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
TRANSLATING = re.compile(r"\b(?:translate|QT_TRANSLATE_NOOP)\(")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts catalogue."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


# -- the catalogues --------------------------------------------------------
def test_every_module_that_translates_belongs_to_exactly_one_area():
    translating = [path for folder in ("core", "gui") for path in (ROOT / folder).rglob("*.py")
                   if TRANSLATING.search(path.read_text(encoding="utf-8"))]
    assert len(translating) > 10
    owners = {area: set(area_files(area)) for area in AREAS}
    wrong = {str(path.relative_to(ROOT)): [a for a in AREAS if path in owners[a]] for path in translating}
    assert not {path: areas for path, areas in wrong.items() if len(areas) != 1}


@pytest.mark.parametrize("area", CHECKED_AREAS)
def test_the_committed_catalogue_has_exactly_the_strings_of_the_code(area, tmp_path):
    """A string wrapped but not catalogued (or catalogued but gone from the code) fails here."""
    fresh = tmp_path / f"{area}.ts"
    lupdate(area, fresh)
    extracted = {(context, source) for context, source, _ in messages(fresh)}
    committed = {(context, source) for context, source, _ in messages(CATALOGUES / f"{area}.ts")}
    assert extracted, f"no strings found in the {area} area"
    missing, gone = sorted(extracted - committed), sorted(committed - extracted)
    assert not missing, f"not in {area}.ts (run python -m tests.translations update): {missing}"
    assert not gone, f"in {area}.ts but not in the code (run python -m tests.translations update): {gone}"


@pytest.mark.parametrize("area", CHECKED_AREAS)
def test_every_message_is_translated_keeping_placeholders_and_mnemonics(area):
    problems = []
    for context, source, translation in messages(CATALOGUES / f"{area}.ts"):
        text = translation.text or ""
        where = f"{context}: {source!r} → {text!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if mnemonics(source) != mnemonics(text) or mnemonics(text) > 1:
            problems.append(f"mnemonic (&) count differs: {where}")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_is_lreleases_output_of_the_ts_files(tmp_path):
    first, second = tmp_path / "first.qm", tmp_path / "second.qm"
    compile_catalogue(first)
    compile_catalogue(second)
    assert first.read_bytes() == second.read_bytes(), "lrelease is not deterministic here"
    assert COMPILED.read_bytes() == first.read_bytes(), "run python -m tests.translations compile"


# -- what the windows show -----------------------------------------------------
@pytest.fixture
def pseudo_translated(qapp):
    """Every message as ⟦message⟧, in Qt's translation and core's, for what is built meanwhile."""
    translator = PseudoTranslator()
    assert QCoreApplication.installTranslator(translator)
    i18n.use_translator(QCoreApplication.translate)
    yield translator
    QCoreApplication.removeTranslator(translator)
    i18n.use_translator(None)


@pytest.fixture
def pseudo_window(pseudo_translated, qtbot, seed_path):
    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    window = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    window.close_workspace()


def report(found) -> str:
    return f"{len(found)} text(s) shown without translation:\n" + "\n".join(map(str, found))


def test_the_main_window_shows_no_untranslated_text(pseudo_window):
    window = pseudo_window
    window.filter_bar.search.setText("ceasefire")  # the counts line's search part
    window.filter_bar._now()  # now, not after the typing pause (whose timer would outlive the test)
    found = in_areas(untranslated(window, workspace_data(window.snapshot)), CHECKED_AREAS)
    assert not found, report(found)


def test_an_empty_workspace_shows_its_hint_translated(pseudo_translated, qtbot, tmp_path):
    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    window = MainWindow(open_workspace(tmp_path / "empty.parley"))
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.empty_hint.label.isVisible()
        found = in_areas(untranslated(window, []), CHECKED_AREAS)
    finally:
        window.close_workspace()
    assert not found, report(found)


@pytest.mark.parametrize("name", list(OPENERS))
def test_each_dialog_shows_no_untranslated_text(pseudo_window, qtbot, tmp_path, name):
    from PySide6.QtCore import Qt

    dialog = OPENERS[name](pseudo_window, tmp_path)
    assert dialog is not None
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        qtbot.addWidget(dialog)
    found = in_areas(untranslated(dialog, workspace_data(pseudo_window.snapshot)), CHECKED_AREAS)
    dialog.close()
    assert not found, report(found)


def test_the_walk_finds_an_unwrapped_string(pseudo_window):
    """The check can fail: a caption set without ``translate`` is reported, in the window's area."""
    from PySide6.QtWidgets import QLabel

    label = QLabel("Positions at a glance", pseudo_window.statusBar())
    label.setObjectName("unwrapped")
    label.show()
    found = in_areas(untranslated(pseudo_window, workspace_data(pseudo_window.snapshot)), ("window",))
    assert [(f.area, f.text) for f in found if "unwrapped" in f.where] == [("window", "Positions at a glance")]


def test_the_walk_leaves_the_workspace_data_alone(pseudo_window):
    """Party and issue names are the analyst's words: shown as they are, and not reported."""
    from PySide6.QtWidgets import QLabel

    party = pseudo_window.snapshot.parties[0].name
    label = QLabel(f"{party} — 12", pseudo_window.statusBar())
    label.setObjectName("dataOnly")
    label.show()
    found = untranslated(pseudo_window, workspace_data(pseudo_window.snapshot))
    assert not [f for f in found if "“" in f.text]  # a cited passage is the report's own words
    assert not [f for f in found if "dataOnly" in f.where]


# -- Ukrainian for real ------------------------------------------------------------
@pytest.fixture
def ukrainian(qapp):
    from gui.language import install_language, uninstall_language

    installed = install_language("uk")
    yield installed
    uninstall_language(installed)


def plain(text: str) -> str:
    return text.replace("&", "")


def test_the_window_reads_in_ukrainian_with_the_catalogue_loaded(ukrainian, qtbot, seed_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from core.store.workspace import open_workspace
    from gui.help_menu import show_about
    from gui.main_window import MainWindow

    assert ukrainian.language == "uk" and len(ukrainian.translators) == 2  # Parley's and Qt's own
    window = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(window)
    try:
        titles = [plain(a.text()) for a in window.menuBar().actions()]
        assert titles[:2] == ["Файл", "Редагування"] and "Довідка" in titles
        about = show_about(window)
        close = about.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        assert plain(close.text()) == "Закрити"  # Qt's own button, from qtbase_uk.qm
        about.close()
    finally:
        window.close_workspace()


def test_ukrainian_dates_and_numbers_in_the_window_english_in_files(ukrainian):
    from core.domain.labels import day_month_year, format_number

    assert i18n.local_date(date(2025, 7, 23), day_month_year) == "23 лип. 2025 р."
    number = i18n.local_number(1200.0, format_number)
    assert number.replace("\u00a0", " ").replace("\u202f", " ") == "1 200"
    assert i18n.local_number(2.5, format_number) == "2,5"
    assert i18n.local_number(2.25, format_number) == "2,25"
    with i18n.for_others():
        assert i18n.local_date(date(2025, 7, 23), day_month_year) == "23 Jul 2025"
        assert i18n.local_number(1200.0, format_number) == "1,200"


def test_english_keeps_the_fixed_formats_and_uninstalling_restores_english(qapp):
    from core.domain.labels import day_month_year, format_number
    from gui.language import install_language, uninstall_language

    installed = install_language("en")
    try:
        assert installed.translators == []
        assert i18n.local_date(date(2025, 7, 23), day_month_year) == "23 Jul 2025"
        assert i18n.local_number(1200.0, format_number) == "1,200"
    finally:
        uninstall_language(installed)
    installed = install_language("uk")
    uninstall_language(installed)
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert i18n.translate("Menus", "&File") == "&File" and not i18n.interface_translated()


def test_a_bad_catalogue_gives_english_and_one_line(qapp, tmp_path, monkeypatch, capsys):
    import gui.language as language

    bad = tmp_path / "i18n" / "parley_uk.qm"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00not a catalogue" * 20)
    monkeypatch.setattr(language, "resource", lambda *parts: tmp_path.joinpath(*parts))
    installed = language.install_language("uk")
    try:
        assert installed.language == "en" and installed.translators == []
        assert QCoreApplication.translate("Menus", "&File") == "&File"
    finally:
        language.uninstall_language(installed)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "English" in err and "Traceback" not in err
    bad.unlink()  # missing altogether: the same
    installed = language.install_language("uk")
    language.uninstall_language(installed)
    assert installed.language == "en" and capsys.readouterr().err.count("\n") == 1


def system_choice(env_language: str, isolated: Path, choice: str | None = None) -> str:
    """What a fresh Parley would choose with ``LANG=env_language`` (and a Preferences choice)."""
    import os

    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication(['x']);"
            "from gui.language import choose_language, language_to_use;"
            f"{f'choose_language({choice!r});' if choice else ''} print(language_to_use())")
    env = {**os.environ, "LANG": env_language, "LC_ALL": "", "LANGUAGE": env_language.split("_")[0],
           "QT_QPA_PLATFORM": "offscreen", "PARLEY_DATA_DIR": str(isolated / "data")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_language_follows_the_system_unless_chosen(isolated_dirs):
    assert system_choice("uk_UA.UTF-8", isolated_dirs) == "uk"
    assert system_choice("en_US.UTF-8", isolated_dirs) == "en"
    assert system_choice("de_DE.UTF-8", isolated_dirs) == "en"
    assert system_choice("uk_UA.UTF-8", isolated_dirs, "en") == "en"  # remembered from now on
    assert system_choice("uk_UA.UTF-8", isolated_dirs) == "en"
    assert system_choice("en_US.UTF-8", isolated_dirs, "uk") == "uk"
    assert system_choice("en_US.UTF-8", isolated_dirs, "system") == "en"


def test_preferences_remembers_the_language_for_the_next_start(seed_window, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    from gui.language import chosen_language, language_to_use

    action = seed_window.findChild(QAction, "showPreferences")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.trigger()
    dialog = seed_window.preferences_dialog
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(n) for n in range(dialog.language.count())]
    assert names[1:] == ["English", "Українська"] and dialog.choice() == "system"
    dialog.language.setCurrentIndex(2)
    dialog.accept()
    assert chosen_language() == "uk" and language_to_use() == "uk"
    assert "next starts" in dialog.note.text()


def test_the_screenshot_follows_the_systems_language(tmp_path, isolated_dirs):
    """``LANGUAGE=uk LANG=uk_UA.UTF-8 parley --screenshot`` draws the Ukrainian window (its menu bar differs)."""
    import os

    from PySide6.QtGui import QImage

    menu_bars = {}
    for lang in ("uk_UA.UTF-8", "en_US.UTF-8"):
        target = tmp_path / f"{lang}.png"
        env = {**os.environ, "LANG": lang, "LANGUAGE": lang[:2], "LC_ALL": ""}
        result = subprocess.run([sys.executable, "-m", "gui.app", "--screenshot", str(target)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "could not be read" not in result.stderr and "Traceback" not in result.stderr
        menu_bars[lang] = QImage(str(target)).copy(0, 0, 400, 20)
    assert menu_bars["uk_UA.UTF-8"] != menu_bars["en_US.UTF-8"]
