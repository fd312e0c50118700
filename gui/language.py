"""Which language the window speaks, and putting it in place before the window is built.

The language follows the system (Ukrainian when ``QLocale.system()``'s
language is Ukrainian, English otherwise) unless the user chose one in
Edit → Preferences…, remembered under ``interface/language`` ("system",
"en" or "uk"). The choice applies when Parley next starts: the window is
built once in its language, never retranslated live, so no widget can be
left half in the old language.

For Ukrainian, ``install_language`` loads Parley's catalogue
(``resources/i18n/parley_uk.qm``) and Qt's own ``qtbase_uk.qm`` from the
PySide6 wheel (standard buttons, file and print dialogs), hooks core's
``translate`` to Qt's and gives core the Ukrainian date and number formats
("23 лип. 2025 р.", "1 200"). English keeps core's fixed formats
("23 Jul 2025", "1,200"), the same that files written for others use. A
missing or unreadable catalogue means English with one line on stderr.
``uninstall_language`` undoes all of it (the tests install and remove).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from core import i18n
from core.resources import resource

SETTING = "interface/language"
CHOICES = ("system", "en", "uk")
CATALOGUE = ("i18n", "parley_uk.qm")
QT_CATALOGUE = "qtbase_uk"


def chosen_language() -> str:
    """The user's choice in Preferences: "system" (the default), "en" or "uk"."""
    from gui.window_settings import app_settings

    value = app_settings().value(SETTING, "system")
    return value if value in CHOICES else "system"


def choose_language(choice: str) -> None:
    """Remember ``choice`` ("system", "en" or "uk") for the next start."""
    from gui.window_settings import app_settings, sync_settings

    if choice not in CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    settings = app_settings()
    settings.setValue(SETTING, choice)
    sync_settings(settings)


def system_language() -> str:
    return "uk" if QLocale.system().language() == QLocale.Language.Ukrainian else "en"


def language_to_use(choice: str | None = None) -> str:
    """The language the window will speak: "en" or "uk" (``choice`` defaults to the remembered one)."""
    choice = chosen_language() if choice is None else choice
    return system_language() if choice == "system" else choice


@dataclass
class Installed:
    """What ``install_language`` put in place, for ``uninstall_language`` to take away."""

    language: str
    locale: QLocale
    previous_locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)


def ukrainian_formats(locale: QLocale):
    """(date, number) formatters in ``locale``: "23 лип. 2025 р.", "1 200", "2,5"."""
    def date_format(day: date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy 'р.'")

    def number_format(value: float) -> str:
        if float(value).is_integer():
            return locale.toString(float(value), "f", 0)
        text = locale.toString(float(value), "f", 2)  # two decimals at most, as the fixed format
        return text.rstrip("0").rstrip(locale.decimalPoint())

    return date_format, number_format


def english_locale() -> QLocale:
    """The system's locale when it is English (its date edits' order), else British English."""
    system = QLocale.system()
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _load(translator: QTranslator, path: str) -> bool:
    try:
        return translator.load(path)
    except (OSError, ValueError):
        return False


def install_language(language: str) -> Installed:
    """Put ``language`` ("en" or "uk") in place for everything built from now on; returns what was installed.

    Needs the QApplication to exist. A Ukrainian catalogue that is missing
    or cannot be read gives English, with one line on stderr.
    """
    previous = QLocale()
    app = QCoreApplication.instance()
    translators: list[QTranslator] = []
    if language == "uk":
        own = QTranslator(app)
        path = resource(*CATALOGUE)
        if not path.is_file() or not _load(own, str(path)):
            print(f"parley: the Ukrainian translation {path} could not be read; the window is in English",
                  file=sys.stderr)
            language = "en"
        else:
            translators.append(own)
            qt = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if _load(qt, f"{folder}/{QT_CATALOGUE}"):  # Qt's own buttons and dialogs; absent from some builds
                translators.append(qt)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    # core's strings go through Qt's translate in the window whatever the language (English: unchanged)
    i18n.use_translator(QCoreApplication.translate)
    if language == "uk":
        locale = QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine)
        i18n.use_local_formats(*ukrainian_formats(locale))
    else:
        locale = english_locale()
        i18n.use_local_formats(None, None)  # English: the fixed "23 Jul 2025" and "1,200", as in files
    QLocale.setDefault(locale)  # date edits, spin boxes
    return Installed(language, locale, previous, translators)


def uninstall_language(installed: Installed) -> None:
    """Take away what ``install_language`` installed: English, core's fixed formats, the previous locale."""
    for translator in installed.translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()  # owned by the application: do not let them pile up
    installed.translators.clear()
    i18n.use_translator(None)
    i18n.use_local_formats(None, None)
    QLocale.setDefault(installed.previous_locale)


def install_chosen_language() -> Installed:
    """At start-up: the language from Preferences, or the system's."""
    return install_language(language_to_use())
