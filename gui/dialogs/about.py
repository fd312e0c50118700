"""Help → About Parley: what is running (versions) and under which licences, fonts included.

Versions are read at the moment the dialog opens, from the libraries
themselves, so the dialog never states a version that is not the one in
use. The fonts' licence (SIL OFL 1.1) ships beside them and is shown whole
on request, as the OFL asks of anyone who redistributes the fonts.
"""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from core.resources import resource

from gui.i18n import translate

FONT_LICENCE = ("fonts", "OFL.txt")


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return translate("AboutDialog", "not installed")


def versions() -> list[tuple[str, str]]:
    import reportlab

    return [
        ("Parley", package_version("parley")),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLite", sqlite3.sqlite_version),
        ("sqlite-utils", package_version("sqlite-utils")),
        ("ReportLab", reportlab.Version),
        ("pypdfium2", package_version("pypdfium2")),
    ]


def licences() -> list[tuple[str, str]]:
    """(what, licence): the licences' own names stay in English, the words around them are translated."""
    return [
        ("Parley", translate("AboutDialog", "proprietary (see pyproject.toml)")),
        (translate("AboutDialog", "Qt and PySide6"), "GNU LGPL version 3 (https://www.qt.io/licensing/)"),
        ("SQLite", translate("AboutDialog", "public domain") + " (https://sqlite.org/copyright.html)"),
        ("sqlite-utils", "Apache License 2.0"),
        ("ReportLab", translate("AboutDialog", "BSD licence")),
        (translate("AboutDialog", "pypdfium2 and PDFium"),
         translate("AboutDialog", "Apache License 2.0 or BSD-3-Clause")),
        (translate("AboutDialog", "Noto Sans fonts (NotoSans-Regular.ttf, NotoSans-Bold.ttf)"),
         "SIL Open Font License 1.1, Copyright 2010, 2012-2020 Google Inc.; 2015-2020 Google LLC "
         + translate("AboutDialog", "(the whole licence: the button below)")),
    ]


def about_text() -> str:
    lines = [translate("AboutDialog", "Parley compares negotiating positions side by side, issue by issue and "
                                      "round by round."), "",
             translate("AboutDialog", "Versions in use:")]
    lines += [f"  {name}: {version}" for name, version in versions()]
    lines += ["", translate("AboutDialog", "Licences:")]
    lines += [f"  {name}: {licence}" for name, licence in licences()]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About Parley"))
        self.resize(640, 460)
        title = QLabel(translate("AboutDialog", "Parley"))  # the name, in case a language writes it otherwise
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.text = QPlainTextEdit(about_text())
        self.text.setObjectName("aboutText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("AboutDialog", "Versions and licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.font_licence_button = buttons.addButton(translate("AboutDialog", "Font Licence (OFL)…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.font_licence_button.clicked.connect(self.show_font_licence)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def show_font_licence(self) -> None:
        """The whole SIL Open Font License shipped beside the fonts, in place of the summary."""
        try:
            text = resource(*FONT_LICENCE).read_text(encoding="utf-8")
        except OSError as exc:
            text = translate("AboutDialog", "The font licence could not be read ({error}): it is "
                                            "resources/fonts/OFL.txt.").format(error=exc.strerror or exc)
        self.text.setPlainText(text)
        self.font_licence_button.setEnabled(False)
