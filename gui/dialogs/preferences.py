"""Edit → Preferences… (on macOS Qt moves it to the application menu): the interface language.

The choice is remembered (``gui.language``) and applies when Parley next
starts; the window is not retranslated while it runs, so the dialog says
so rather than offering a restart. Each language is named in itself
("English", "Українська"), so a user who cannot read the current language
still finds their own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from gui.i18n import translate
from gui.language import CHOICES, choose_language, chosen_language

# each language in its own words: never translated
LANGUAGE_NAMES = {"en": "English", "uk": "Українська"}


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences — Parley"))
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        self.language.addItem(translate("PreferencesDialog", "System language"), "system")
        for code in CHOICES[1:]:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language())))
        self.language.setAccessibleName(translate("PreferencesDialog", "Interface language"))
        self.language.setToolTip(translate("PreferencesDialog", "The language of menus, dialogs and messages"))
        self.language.setAccessibleDescription(self.language.toolTip())
        caption = QLabel(translate("PreferencesDialog", "&Language:"))
        caption.setBuddy(self.language)
        self.note = QLabel(translate("PreferencesDialog",
                                     "The language changes when Parley next starts. Files written for "
                                     "others (PDF, Word, Excel, CSV, JSON) are always in English."))
        self.note.setObjectName("languageNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(caption, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setTabOrder(self.language, buttons)
        self.resize(460, 200)

    def choice(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        choose_language(self.choice())
        super().accept()
