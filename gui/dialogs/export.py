"""File → Export Sheet (PDF or Word)…: the options, a preview of page 1, and progress.

The sheet is built from the window's snapshot with ``core.sheet.model`` and
rendered by ``core.sheet.pdf`` (or ``core.sheet.docx_export``) in a worker
thread, so a long sheet neither freezes the window nor leaves a half-written
file when cancelled. The preview is always the PDF's page 1: the Word
edition has the same content. The dialog starts from the workspace's sheet
defaults (the ones ``parley export`` uses), offers "the last sheet" as the
round to mark changes since, and adds each export to the register.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QThread, QTimer, Signal, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
)

from core.sheet.model import (
    TLP_LEVELS,
    Marking,
    SheetError,
    SheetOptions,
    build_sheet,
)
from core.i18n import QT_TRANSLATE_NOOP
from core.sheet.pdf import ExportCancelled, render_pdf

from gui.i18n import translate

PREVIOUS = "__previous__"
LAST_SHEET = "__last_sheet__"
# The TLP labels (core.sheet.model.TLP_LEVELS) are printed on the sheet as FIRST's standard writes them, in
# every language; marked here so the catalogue holds them too (their Ukrainian is the same label).
TLP_CHOICES = (QT_TRANSLATE_NOOP("ExportDialog", "TLP:RED"), QT_TRANSLATE_NOOP("ExportDialog", "TLP:AMBER+STRICT"),
               QT_TRANSLATE_NOOP("ExportDialog", "TLP:AMBER"), QT_TRANSLATE_NOOP("ExportDialog", "TLP:GREEN"),
               QT_TRANSLATE_NOOP("ExportDialog", "TLP:CLEAR"))
# format -> its name, the file dialog's description of its files (translated when shown), their pattern
FORMATS = {"pdf": ("PDF", QT_TRANSLATE_NOOP("ExportDialog", "PDF documents"), "*.pdf"),
           "docx": ("Word", QT_TRANSLATE_NOOP("ExportDialog", "Word documents"), "*.docx")}


class RenderWorker(QThread):
    """Renders one sheet to one file off the GUI thread."""

    progress = Signal(int, int)
    done = Signal(int)
    failed = Signal(str)

    def __init__(self, sheet, target: Path, parent=None, fmt: str = "pdf"):
        super().__init__(parent)
        self.sheet = sheet
        self.target = target
        self.fmt = fmt
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise ExportCancelled()
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            if self.fmt == "docx":
                from core.sheet.docx_export import write_docx

                write_docx(self.sheet, self.target)
                pages = 0  # Word lays out the pages itself
            else:
                pages = render_pdf(self.sheet, self.target, self._progress)
        except ExportCancelled:
            self.failed.emit(translate("RenderWorker", "Export cancelled; nothing was written."))
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            self.failed.emit(translate("RenderWorker", "The sheet could not be written: {reason}").format(reason=exc))
        else:
            self.done.emit(pages)


def checklist(records, checked_ids) -> QListWidget:
    widget = QListWidget()
    for record in records:
        item = QListWidgetItem(record.name)
        item.setData(Qt.ItemDataRole.UserRole, record.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if record.id in checked_ids else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def checked(widget: QListWidget) -> list[str]:
    return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked]


class ExportDialog(QDialog):
    def __init__(self, session, round_id: str | None, party_ids: list[str], shown_issue_ids: set[str] | None,
                 filters_active: bool, parent=None, fmt: str = "pdf"):
        """``shown_issue_ids``: the issues the table shows now, for "only the issues shown"."""
        from core.domain.records import SheetExport
        from core.sheet.register import defaults_of, last_sheet

        super().__init__(parent)
        self.session = session
        self.snapshot = session.snapshot
        self.shown_issue_ids = shown_issue_ids
        self.fmt = fmt if fmt in FORMATS else "pdf"
        self.last_sheet = last_sheet(session.workspace.all(SheetExport))
        default_marking, default_paper, default_landscape = defaults_of(session.workspace.negotiation())
        self.setWindowTitle(translate("ExportDialog", "Export sheet ({format}) — Parley").format(
            format=FORMATS[self.fmt][0]))
        self.resize(1000, 650)  # fits a 1024×700 screen with its frame; the preview grows with the window
        self.worker: RenderWorker | None = None
        self.preview_worker: RenderWorker | None = None
        self.last_pages = 0
        self._tmp = tempfile.TemporaryDirectory(prefix="parley-preview-")

        self.title = QLineEdit(self.snapshot.negotiation.title)
        self.round = QComboBox()
        self.since = QComboBox()
        self.since.addItem(translate("ExportDialog", "The previous round"), PREVIOUS)
        if self.last_sheet is not None and self.last_sheet.round_id in self.snapshot.rounds_by_id:
            last = self.last_sheet
            self.since.addItem(translate("ExportDialog", "The last sheet: {round} ({file}, {date})").format(
                round=last.round_name, file=last.file_name, date=last.exported_at[:10]), LAST_SHEET)
        for r in self.snapshot.rounds:
            label = f"{r.name} — {r.date}"
            self.round.addItem(label, r.id)
            self.since.addItem(label, r.id)
        self.round.setCurrentIndex(max(0, self.round.findData(round_id)))
        self.tracks = checklist(self.snapshot.tracks, {t.id for t in self.snapshot.tracks})
        self.parties = checklist(self.snapshot.parties, set(party_ids))
        self.only_shown = QCheckBox(translate("ExportDialog",
                                              "Only the issues shown in the table (current search and filters)"))
        self.only_shown.setChecked(filters_active)
        self.marking_kind = QComboBox()
        self.marking_kind.addItem(translate("ExportDialog", "None"), "none")
        self.marking_kind.addItem(translate("ExportDialog", "Free text"), "text")
        for key, (label, _colour) in TLP_LEVELS.items():
            self.marking_kind.addItem(translate("ExportDialog", label), key)
        # The workspace's defaults, the ones ``parley export`` uses (core.sheet.register).
        tlp = next((key for key, (label, _) in TLP_LEVELS.items() if label == default_marking.text), None)
        self.marking_text = QLineEdit(default_marking.text if tlp is None else "")
        self.marking_kind.setCurrentIndex(self.marking_kind.findData(
            tlp or ("text" if default_marking.text else "none")))
        self.marking_text.setEnabled(self.marking_kind.currentData() == "text")
        self.paper = QComboBox()
        self.paper.addItem(translate("ExportDialog", "A4"), "a4")
        self.paper.addItem(translate("ExportDialog", "Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper))
        self.orientation = QComboBox()
        self.orientation.addItem(translate("ExportDialog", "Landscape"), True)
        self.orientation.addItem(translate("ExportDialog", "Portrait"), False)
        self.orientation.setCurrentIndex(self.orientation.findData(default_landscape))
        self.keep_defaults = QCheckBox(translate("ExportDialog", "Keep marking, paper, orientation as defaults"))
        self.keep_defaults.setToolTip(translate("ExportDialog",
                                                "Store them in the workspace: this dialog and parley export start "
                                                "from them"))
        self.keep_defaults.setObjectName("keepSheetDefaults")
        self.keep_defaults.setEnabled(not session.workspace.read_only)
        self.quotes = QCheckBox(translate("ExportDialog", "Quotes with speaker and date"))
        self.quotes.setChecked(True)
        self.title.setAccessibleName(translate("ExportDialog", "Title"))
        self.round.setAccessibleName(translate("ExportDialog", "Round"))
        self.since.setAccessibleName(translate("ExportDialog", "Mark changes since"))
        self.tracks.setAccessibleName(translate("ExportDialog", "Tracks"))
        self.parties.setAccessibleName(translate("ExportDialog", "Parties"))
        self.marking_kind.setAccessibleName(translate("ExportDialog", "Protective marking"))
        self.marking_text.setAccessibleName(translate("ExportDialog", "Protective marking text"))
        self.paper.setAccessibleName(translate("ExportDialog", "Paper"))
        self.orientation.setAccessibleName(translate("ExportDialog", "Orientation"))

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Title:"), self.title)
        form.addRow(translate("ExportDialog", "Round:"), self.round)
        form.addRow(translate("ExportDialog", "Mark changes since:"), self.since)
        form.addRow(translate("ExportDialog", "Tracks:"), self.tracks)
        form.addRow(translate("ExportDialog", "Parties:"), self.parties)
        # The check boxes span the form's two columns: under the fields they made the options column as wide
        # as their text plus the longest label, and left the preview too narrow to read in a 1024-wide dialog.
        form.addRow(self.only_shown)
        marking = QVBoxLayout()  # the free text under its choice, as wide as the other fields
        marking.addWidget(self.marking_kind)
        marking.addWidget(self.marking_text)
        form.addRow(translate("ExportDialog", "Protective marking:"), marking)
        form.labelForField(marking).setBuddy(self.marking_kind)
        form.addRow(translate("ExportDialog", "Paper:"), self.paper)
        form.addRow(translate("ExportDialog", "Orientation:"), self.orientation)
        form.addRow(self.quotes)
        form.addRow(self.keep_defaults)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addStretch(1)

        self.preview = QLabel(translate("ExportDialog", "Preparing preview…"))
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.preview)
        self.scroller = scroller
        scroller.setAccessibleName(translate("ExportDialog", "Preview of page 1"))
        self._page_image: QImage | None = None
        right = QVBoxLayout()
        caption = QLabel(translate("ExportDialog", "Page 1"))
        right.addWidget(caption)
        right.addWidget(scroller, 1)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(translate("ExportDialog", "Export…"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.update_preview)
        for box in (self.round, self.since, self.marking_kind, self.paper, self.orientation):
            box.currentIndexChanged.connect(self._preview_timer.start)
        for line in (self.title, self.marking_text):
            line.textChanged.connect(self._preview_timer.start)
        for check in (self.only_shown, self.quotes):
            check.toggled.connect(self._preview_timer.start)
        for widget in (self.tracks, self.parties):
            widget.itemChanged.connect(self._preview_timer.start)
        self.marking_kind.currentIndexChanged.connect(
            lambda: self.marking_text.setEnabled(self.marking_kind.currentData() == "text"))
        self._preview_timer.start()

    # -- options ------------------------------------------------------
    def options(self) -> SheetOptions:
        kind = self.marking_kind.currentData()
        if kind == "none":
            marking = Marking()
        elif kind == "text":
            marking = Marking.free_text(self.marking_text.text())
        else:
            marking = Marking.tlp(kind)
        tracks = checked(self.tracks)
        since = self.since.currentData()
        if since == LAST_SHEET:
            since = self.last_sheet.round_id
        issue_ids = None
        if self.only_shown.isChecked():
            issue_ids = self.shown_issue_ids
        return SheetOptions(
            round_id=self.round.currentData(),
            since_round_id=None if since == PREVIOUS else since,
            track_ids=None if len(tracks) == self.tracks.count() else set(tracks),
            issue_ids=issue_ids,
            party_ids=checked(self.parties),
            marking=marking,
            landscape=self.orientation.currentData(),
            paper=self.paper.currentData(),
            include_quotes=self.quotes.isChecked(),
            title=self.title.text().strip(),
        )

    def sheet(self):
        return build_sheet(self.snapshot, self.options())

    # -- preview ------------------------------------------------------
    def checked_sheet(self):
        """The sheet, or None with the reason shown and Export disabled (e.g. a 'since' round not earlier)."""
        try:
            sheet = self.sheet()
        except SheetError as exc:
            self.message.setText(f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
            self.export_button.setEnabled(False)
            return None
        self.export_button.setEnabled(True)
        return sheet

    def update_preview(self) -> None:
        if self.preview_worker is not None and self.preview_worker.isRunning():
            self._preview_timer.start()
            return
        sheet = self.checked_sheet()
        if sheet is None:
            return
        target = Path(self._tmp.name) / "preview.pdf"
        self.preview_worker = RenderWorker(sheet, target, self)
        self.preview_worker.done.connect(lambda pages: self._show_preview(target, pages))
        self.preview_worker.failed.connect(self.message.setText)
        self.preview_worker.start()

    def _show_preview(self, path: Path, pages: int) -> None:
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            page = pdf[0]
            bitmap = page.render(scale=2, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            self._page_image = image.copy()
            page.close()
        finally:
            pdf.close()
        self._fit_preview()
        self.last_pages = pages
        self.message.setText(translate("ExportDialog", "Pages: {count}.").format(count=pages))

    def _fit_preview(self) -> None:
        """Show page 1 as wide as the preview pane."""
        if self._page_image is None:
            return
        width = max(200, self.scroller.viewport().width() - 4)
        self.preview.setPixmap(QPixmap.fromImage(self._page_image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_preview()

    # -- export -------------------------------------------------------
    def choose_and_export(self) -> None:
        if self.checked_sheet() is None:
            return
        suffix = f".{self.fmt}"
        _name, description, pattern = FORMATS[self.fmt]
        default_name = self.title.text() or translate("ExportDialog", "sheet")
        name, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Export sheet"),
                                              f"{default_name}{suffix}",
                                              f"{translate('ExportDialog', description)} ({pattern})")
        if name:
            self.export_to(Path(name if name.lower().endswith(suffix) else f"{name}{suffix}"))

    def export_to(self, target: Path) -> RenderWorker | None:
        sheet = self.checked_sheet()
        if sheet is None:
            return None
        progress = QProgressDialog(translate("ExportDialog", "Writing the sheet…"),
                                   translate("ExportDialog", "Cancel"), 0, max(1, len(sheet.comparison.rows)), self)
        progress.setWindowTitle(translate("ExportDialog", "Export sheet — Parley"))
        progress.setMinimumDuration(400)
        worker = RenderWorker(sheet, target, self, self.fmt)
        worker.progress.connect(lambda done, total: (
            progress.setLabelText(translate("ExportDialog", "Writing the sheet: row {done} of {total}…").format(
                done=done, total=total)), progress.setValue(done)))
        progress.canceled.connect(lambda: setattr(worker, "cancelled", True))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker.finished.connect(QApplication.restoreOverrideCursor)  # QThread.finished: once, either way

        def finished(pages: int) -> None:
            progress.close()
            note = self.record(sheet, target)
            text = (translate("ExportDialog", "Exported {file} (pages: {pages}).") if pages
                    else translate("ExportDialog", "Exported {file}.")).format(file=target.name, pages=pages)
            if note:
                text += " " + translate("ExportDialog", "Note: {note}.").format(note=note)
            self.session.message.emit(text, 8000 if note else 6000)
            self.accept()

        def failed(message: str) -> None:
            progress.close()
            self.message.setText(message)

        worker.done.connect(finished)
        worker.failed.connect(failed)
        self.worker = worker
        worker.start()
        return worker

    def record(self, sheet, target: Path) -> str | None:
        """Add the export to the register, and keep the defaults if asked; None, or why not."""
        from core.sheet.register import entry_for, set_defaults, write_entry

        workspace = self.session.workspace
        problem = write_entry(workspace, entry_for(self.snapshot, self.fmt, target, sheet.options))
        if problem is None and self.keep_defaults.isChecked():
            options = sheet.options
            try:
                set_defaults(workspace, options.marking, options.paper, options.landscape)
            except (OSError, sqlite3.Error) as exc:
                problem = translate("ExportDialog", "the defaults were not kept: {reason}").format(reason=exc)
        return problem

    def _finish_workers(self) -> None:
        """No render thread outlives the dialog: Qt aborts the process when a running QThread is destroyed."""
        self._preview_timer.stop()
        for worker in (self.worker, self.preview_worker):
            if worker is not None:
                worker.wait()

    def done(self, result: int) -> None:  # noqa: D401 - QDialog.done
        self._finish_workers()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Closed without done() (a hidden dialog, as in tests): still wait for the render threads."""
        self._finish_workers()
        super().closeEvent(event)
