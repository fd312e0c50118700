"""Review a merge: what will be added and taken, and a choice per conflict.

Merging backs the workspace up first (in a worker, with the window held
off meanwhile), then applies everything as one undoable step (Edit → Undo
takes the whole merge back).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.domain.registry import REGISTRY
from core.interchange.backed_up import merge_changes
from core.interchange.merge import MergePlan
from core.store.backups import backup_connection
from core.store.workspace import WorkspaceError, second_reader

from core.i18n import QT_TRANSLATE_NOOP

from gui.dialogs.record_fields import FIELDS
from gui.i18n import translate
from gui.workers import Cancelled, Task

CHOICES = (("mine", QT_TRANSLATE_NOOP("MergeDialog", "Mine")), ("theirs", QT_TRANSLATE_NOOP("MergeDialog", "Theirs")),
           ("both", QT_TRANSLATE_NOOP("MergeDialog", "Keep both")))


def describe(table: str, row: dict, fields: list[str]) -> str:
    """The differing fields, by the names the forms use."""
    labels = {f.name: f.shown_label() for f in FIELDS.get(REGISTRY.table(table).record, [])}
    return ("\n".join(f"{labels.get(name, name.replace('_', ' '))}: {row.get(name)!s}" for name in fields)
            or translate("MergeDialog", "(same)"))


class MergeDialog(QDialog):
    def __init__(self, session, plan: MergePlan, source: Path, parent=None):
        """``session``: the workspace merged into, where the merge is pushed and failures reported."""
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.source = source
        self.setWindowTitle(translate("MergeDialog", "Merge {file} — Parley").format(file=source.name))
        self.resize(980, 520)
        summary = QLabel(translate("MergeDialog", "From {file}: {summary}.").format(file=source.name,
                                                                                   summary=plan.summary())
                         + "\n" + translate("MergeDialog", "Rows changed on both sides are listed below: choose whose "
                                            "version to keep. Nothing is deleted; the workspace is backed up first, "
                                            "and Undo takes the merge back."))
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.conflicts), 4)
        self.table.setObjectName("conflicts")
        self.table.setAccessibleName(translate("MergeDialog", "Rows changed on both sides"))
        self.table.setAccessibleDescription(translate("MergeDialog", "Each row's version in this workspace and in "
                                                                     "the other, and which to keep"))
        self.table.setHorizontalHeaderLabels([translate("MergeDialog", "Row"), translate("MergeDialog", "Mine"),
                                              translate("MergeDialog", "Theirs"), translate("MergeDialog", "Keep")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for its Keep choices and the buttons
        self.choices: list[QComboBox] = []
        for n, conflict in enumerate(plan.conflicts):
            for column, text in enumerate((conflict.label, describe(conflict.table, conflict.mine, conflict.fields),
                                           describe(conflict.table, conflict.theirs, conflict.fields))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip("")
                self.table.setItem(n, column, item)
            box = QComboBox()
            box.setAccessibleName(translate("MergeDialog", "Keep for {row}").format(row=conflict.label))
            for key, label in CHOICES:
                if key != "both" or conflict.can_keep_both:
                    box.addItem(translate("MergeDialog", label), key)
            self.table.setCellWidget(n, 3, box)
            self.choices.append(box)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(plan.conflicts))

        all_theirs = QPushButton(translate("MergeDialog", "All theirs"))
        all_mine = QPushButton(translate("MergeDialog", "All mine"))
        all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        all_mine.clicked.connect(lambda: self.choose_all("mine"))
        all_theirs.setAccessibleDescription(translate("MergeDialog",
                                                      "Keep the other workspace's version of every row listed"))
        all_mine.setAccessibleDescription(translate("MergeDialog", "Keep this workspace's version of every row listed"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(translate("MergeDialog", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_theirs)
        row.addWidget(all_mine)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def choose_all(self, key: str) -> None:
        for box in self.choices:
            box.setCurrentIndex(max(0, box.findData(key)))

    def resolutions(self) -> list[str]:
        return [box.currentData() for box in self.choices]

    def accept(self) -> None:
        """Check the merge, back the workspace up in a worker (``gui.workers``), then apply it as one step."""
        try:
            changes = merge_changes(self.plan, self.resolutions(), self._step())
        except WorkspaceError as exc:  # the merge would put two rows in one place
            self.session.report_error(translate("MergeDialog", "Nothing was merged"),
                                      f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            return None
        workspace = self.session.workspace

        def job(progress):
            progress(translate("MergeDialog", "Backing up {file} before the merge").format(file=workspace.path.name))
            reader = second_reader(workspace)
            try:
                return backup_connection(reader.db.conn, workspace.path, "before-merge")
            finally:
                reader.close()

        def done(saved) -> None:
            self.session.busy = ""
            if self.session.push(changes):
                self.session.message.emit(translate("MergeDialog", "Merged {file}; backup at {backup}.").format(
                    file=self.source.name, backup=saved.name), 8000)
                QDialog.accept(self)

        def failed(exc: BaseException) -> None:
            self.session.busy = ""
            if isinstance(exc, Cancelled):
                self.session.message.emit(translate("MergeDialog", "Merge cancelled; nothing was merged."), 8000)
            else:
                self.session.report_error(translate("MergeDialog", "Nothing was merged"),
                                          translate("MergeDialog", "The backup before the merge failed: {reason}")
                                          .format(reason=exc))

        self.session.busy = self._step()  # no edit slips in between the backup and the merge
        self.task = Task(self, self._step(), job, done, failed)
        return self.task.start()

    def _step(self) -> str:
        """The merge's name on the undo stack and in the progress window."""
        return translate("MergeDialog", "Merge {file}").format(file=self.source.name)
