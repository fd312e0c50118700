"""Forms built from field lists, so every kind of record is edited the same way.

A ``Field`` names a record attribute, its label and its kind; ``Form``
builds the editors, fills them from a record and reads a new record back,
reporting what could not be read (a figure that is not a number, say) as
sentences. Checking the record itself is ``core.domain.validation``'s work.

A field's label, hint, placeholder, page and fixed choices are English data
marked for the catalogue under the ``LABELS`` context where they are
defined (``record_fields``); the form translates them as it shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from core.domain.records import Record

from gui.i18n import translate

LABELS = "RecordFields"  # the context record_fields.py marks its labels with (QT_TRANSLATE_NOOP)


def shown(text: str, context: str = LABELS) -> str:
    """A field's marked English text in the interface's language ("" stays "")."""
    return translate(context, text) if text else ""


def choice_text(label) -> str:
    """A fixed choice's label as shown: a marked string, or a function for words another catalogue holds."""
    return label() if callable(label) else shown(label)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text, multiline, int, float, date, colour, choice, bool
    choices: str | tuple = ()  # a tuple of (value, label), or the name of a choice list
    page: str = ""
    placeholder: str = ""
    hint: str = ""  # what the field is for, where its label does not say: a tooltip and the accessible description
    context: str = LABELS  # the catalogue context its texts are marked with (a person's "Name" is not a party's)

    def shown_label(self) -> str:
        """The label in the interface's language."""
        return shown(self.label, self.context)

    def shown_hint(self) -> str:
        return shown(self.hint, self.context)

    def shown_placeholder(self) -> str:
        return shown(self.placeholder, self.context)

    def description(self) -> str:
        """What a screen reader says after the field's name: what it is for, or the form of text it expects."""
        if self.hint:
            return self.shown_hint()
        if self.kind == "int":
            return translate("Field", "A whole number")
        if self.kind == "float":
            return translate("Field", "A number, such as 24 or 1,200")
        if self.kind == "date":
            return translate("Field", "A date, as YYYY-MM-DD")
        if self.kind == "colour":
            return translate("Field", "A colour, as #rrggbb")
        return (translate("Field", "For example: {example}").format(example=self.shown_placeholder())
                if self.placeholder else "")


class ColourEdit(QWidget):
    """A '#rrggbb' text field with a button that opens the colour picker."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(translate("ColourEdit", "#1f77b4"))
        self.line.setAccessibleName(translate("ColourEdit", "Colour"))
        self.line.setAccessibleDescription(translate("ColourEdit", "A colour, as #rrggbb"))
        self.setFocusProxy(self.line)  # the form label's Alt+letter reaches the text field
        button = QPushButton(translate("ColourEdit", "Choose…"))
        button.setAccessibleName(translate("ColourEdit", "Choose colour"))
        button.setAccessibleDescription(translate("ColourEdit", "Opens the colour picker"))
        button.clicked.connect(self._choose)
        layout.addWidget(self.line, 1)
        layout.addWidget(button)

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.line.text() or "#777777"), self,
                                       translate("ColourEdit", "Party colour"))
        if colour.isValid():
            self.line.setText(colour.name())


_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")  # 1,200 or 12,000.5
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")  # 24,5: how Ukrainian (and most of Europe) writes 24.5


def parse_number(text: str) -> float | None:
    """'1,200' or '1 200' or '24.5' or '24,5' -> float; '' -> None; raises ValueError otherwise.

    A comma between groups of three digits separates thousands, as the form
    itself writes figures; any other single comma is the decimal comma a
    Ukrainian analyst types, never a thousands separator to drop ("24,5" was
    read as 245).
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned:
        if _THOUSANDS.fullmatch(cleaned):
            cleaned = cleaned.replace(",", "")
        elif _DECIMAL_COMMA.fullmatch(cleaned):
            cleaned = cleaned.replace(",", ".")
        else:
            raise ValueError(f"not a number: {text!r}")
    return float(cleaned)


class Form(QWidget):
    def __init__(self, fields: list[Field], choice_lists: Callable[[str], list[tuple]] | None = None, parent=None):
        super().__init__(parent)
        self.fields = fields
        self.choice_lists = choice_lists or (lambda name: [])
        self.editors: dict[str, QWidget] = {}
        pages = list(dict.fromkeys(f.page for f in fields))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if len(pages) > 1:
            tabs = QTabWidget()
            layout.addWidget(tabs)
            for page in pages:
                holder = QWidget()
                tabs.addTab(holder, shown(page))
                self._build(QFormLayout(holder), [f for f in fields if f.page == page])
        else:
            form = QFormLayout()
            layout.addLayout(form)
            self._build(form, fields)

    def _build(self, form: QFormLayout, fields: list[Field]) -> None:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for f in fields:
            editor = self._editor(f)
            editor.setObjectName(f.name)
            self.editors[f.name] = editor
            if not isinstance(editor, ColourEdit):  # the colour field names its own parts
                editor.setAccessibleName(f.shown_label())
                editor.setAccessibleDescription(f.description())
            if f.hint:
                editor.setToolTip(f.shown_hint())
            if f.kind == "bool":
                form.addRow("", editor)
            else:
                form.addRow(translate("Form", "{label}:").format(label=f.shown_label()), editor)

    def _editor(self, f: Field) -> QWidget:
        if f.kind == "multiline":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            return editor
        if f.kind == "bool":
            return QCheckBox(f.shown_label())
        if f.kind == "colour":
            return ColourEdit()
        if f.kind == "choice":
            box = QComboBox()
            self._fill_choices(box, f)
            return box
        line = QLineEdit()
        line.setPlaceholderText(f.shown_placeholder() if f.placeholder
                                else translate("Form", "YYYY-MM-DD") if f.kind == "date" else "")
        return line

    def _fill_choices(self, box: QComboBox, f: Field) -> None:
        box.clear()
        if isinstance(f.choices, tuple):
            options = [(value, choice_text(label)) for value, label in f.choices]
        else:
            options = self.choice_lists(f.choices)  # the workspace's records, by their own names
        for value, label in options:
            box.addItem(label, value)

    def refresh_choices(self) -> None:
        for f in self.fields:
            if f.kind == "choice" and isinstance(f.choices, str):
                box = self.editors[f.name]
                current = box.currentData()
                self._fill_choices(box, f)
                box.setCurrentIndex(max(0, box.findData(current)))

    # -- record <-> editors ------------------------------------------
    def load(self, record: Record) -> None:
        for f in self.fields:
            value = getattr(record, f.name)
            editor = self.editors[f.name]
            if f.kind == "multiline":
                editor.setPlainText(value or "")
            elif f.kind == "bool":
                editor.setChecked(bool(value))
            elif f.kind == "colour":
                editor.line.setText(value or "")
            elif f.kind == "choice":
                index = editor.findData(value)
                editor.setCurrentIndex(index if index >= 0 else 0)
            elif f.kind in ("int", "float"):
                editor.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))
            else:
                editor.setText(value or "")

    def read(self, record: Record) -> tuple[Record, list[str]]:
        """A copy of ``record`` with the editors' values, and what could not be read."""
        values, problems = {}, []
        for f in self.fields:
            editor = self.editors[f.name]
            if f.kind == "multiline":
                values[f.name] = editor.toPlainText().strip()
            elif f.kind == "bool":
                values[f.name] = editor.isChecked()
            elif f.kind == "colour":
                values[f.name] = editor.line.text().strip()
            elif f.kind == "choice":
                values[f.name] = editor.currentData()
            elif f.kind in ("int", "float"):
                text = editor.text().strip()
                try:
                    number = parse_number(text)
                    if f.kind == "int" and number is not None:
                        if not number.is_integer():
                            raise ValueError
                        number = int(number)
                    values[f.name] = number
                except ValueError:
                    problem = (translate("Form", "{label} must be a whole number, not “{text}”.") if f.kind == "int"
                               else translate("Form", "{label} must be a number, not “{text}”."))
                    problems.append(problem.format(label=f.shown_label(), text=text))
            elif f.kind == "date":
                values[f.name] = editor.text().strip() or None
            else:
                values[f.name] = editor.text().strip()
        return replace(record, **values), problems

    def focus_first(self) -> None:
        if self.fields:
            self.editors[self.fields[0].name].setFocus(Qt.FocusReason.OtherFocusReason)
