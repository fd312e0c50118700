"""Manage parties, tracks, issues, rounds, people, outlets or reports: a list and a form.

Every Save and Delete is one undoable command on the session's stack;
bad input is explained under the form and nothing is saved. New only starts
a draft in the form (marked "not saved" in the list): the record is added
when the user saves it, so a stray click adds nothing. Issues are reordered
by dragging them in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from core.domain.records import Issue
from core.domain.validation import problems_with
from core.edits.changes import deletion, insertion, modification
from core.edits.rules import new_record, reorder

from gui.dialogs.forms import Form
from gui.dialogs.record_fields import FIELDS, label_of, title_of
from gui.i18n import translate
from gui.theme import show_as_error


class RecordsDialog(QDialog):
    def __init__(self, session, cls, parent=None):
        """``session``: the records to list, the form's choices, and where each edit is pushed."""
        super().__init__(parent)
        self.session = session
        self.cls = cls
        title = title_of(cls)
        self.setWindowTitle(translate("RecordsDialog", "{records} — Parley").format(records=title))
        self.resize(760, 480)
        self.list = QListWidget()
        self.list.setObjectName("records")
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription(translate(
            "RecordsDialog", "The {records} in this workspace; the selected one is shown in the form").format(
                records=title.lower()))
        if cls is Issue:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.list.model().rowsMoved.connect(self._save_order)
        self.form = Form(FIELDS[cls], session.choice_list)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        show_as_error(self.problems)
        self.add_button = QPushButton(translate("RecordsDialog", "&New"))
        self.delete_button = QPushButton(translate("RecordsDialog", "&Delete"))
        self.save_button = QPushButton(translate("RecordsDialog", "&Save"))
        self.save_button.setDefault(True)
        self.add_button.setAccessibleDescription(translate("RecordsDialog",
                                                           "Starts a new record in the form; Save stores it"))
        self.delete_button.setAccessibleDescription(translate("RecordsDialog",
                                                              "Deletes the selected record (undoable)"))
        self.save_button.setAccessibleDescription(translate("RecordsDialog", "Stores the form's changes (undoable)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        if cls is Issue:
            hint = QLabel(translate("RecordsDialog", "Drag issues to reorder them."))
            hint.setTextFormat(Qt.TextFormat.PlainText)
            left.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.problems)
        right.addStretch(1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(close)

        self.current = None
        self.draft = None  # a New record not saved yet: it lives only in the list and the form
        self.list.currentItemChanged.connect(self._show_current)
        self.reload()

    def records(self) -> list:
        return self.session.workspace.all(self.cls)

    def reload(self, select_id: str | None = None) -> None:
        select_id = select_id or (self.current.id if self.current else None)
        self.draft = None  # the list is rebuilt from the workspace: an unsaved New record goes
        self.form.refresh_choices()
        self.list.blockSignals(True)
        self.list.clear()
        records = self.records()
        if self.cls is Issue:
            records = list(self.session.snapshot.ordered_issues)
        for record in records:
            item = QListWidgetItem(label_of(record))
            item.setData(Qt.ItemDataRole.UserRole, record)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((n for n, r in enumerate(records) if r.id == select_id), 0 if records else -1)
        self.list.setCurrentRow(row)
        self._show_current(self.list.currentItem())

    def _show_current(self, item, _previous=None) -> None:
        self.problems.clear()
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.draft is not None and self.current is not self.draft:
            self._drop_draft()
        self.form.setEnabled(self.current is not None)
        self.save_button.setEnabled(self.current is not None)
        self.delete_button.setEnabled(self.current is not None)
        if self.current is not None:
            self.form.load(self.current)

    # -- edits --------------------------------------------------------
    def add(self) -> None:
        """Start a draft in the form; Save adds it (as one undoable step), choosing another record drops it."""
        if self.draft is not None:
            self._drop_draft()
        selected = self.current
        self.draft = new_record(self.cls, self.session.today(), selected, len(self.records()))
        item = QListWidgetItem(translate("RecordsDialog", "{record} (not saved)").format(record=label_of(self.draft)))
        item.setData(Qt.ItemDataRole.UserRole, self.draft)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.form.focus_first()
        first = self.form.editors[self.form.fields[0].name]
        if hasattr(first, "selectAll"):
            first.selectAll()  # typing replaces the placeholder name

    def _drop_draft(self) -> None:
        """Forget the unsaved New record and its list line."""
        draft, self.draft = self.draft, None
        for n in range(self.list.count()):
            if self.list.item(n).data(Qt.ItemDataRole.UserRole) is draft:
                self.list.blockSignals(True)
                self.list.takeItem(n)
                self.list.blockSignals(False)
                break

    def delete(self) -> None:
        if self.current is None:
            return
        if self.current is self.draft:  # never saved: nothing to delete from the workspace
            self._drop_draft()
            self.current = None
            self.reload()
            return
        step = translate("RecordsDialog", "Delete {record}").format(record=label_of(self.current))
        changes = deletion(self.session.workspace, self.current, step)
        if self.session.push(changes):
            self.current = None
            self.reload()

    def save(self) -> bool:
        if self.current is None:
            return False
        record, problems = self.form.read(self.current)
        problems += problems_with(record)
        if problems:
            self.problems.setText(translate("RecordsDialog", "Not saved: {problems}").format(
                problems=" ".join(problems)))
            return False
        if self.current is self.draft:
            step = translate("RecordsDialog", "Add {record}").format(record=label_of(record))
            if self.session.push(insertion(record, step)):
                self.draft = None
                self.reload(record.id)
                return True
            return False
        if record == self.current:
            self.problems.setText(translate("RecordsDialog", "Nothing to save: no field has changed."))
            return True
        step = translate("RecordsDialog", "Edit {record}").format(record=label_of(record))
        if self.session.push(modification(self.current, record, step)):
            self.reload(record.id)
            return True
        return False

    def _save_order(self, *args) -> None:
        """After a drag: renumber every issue in list order, as one undoable step."""
        issues = [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]
        issues = [issue for issue in issues if issue is not self.draft]  # an unsaved New issue has no row
        changes = reorder(issues, translate("RecordsDialog", "Reorder issues"))
        if changes.changes:
            self.session.push(changes)
        self.reload()
