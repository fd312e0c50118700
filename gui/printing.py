"""File → Print…: the comparison sheet, as the PDF export lays it out, through the system's print dialog.

The sheet is the one File → Export Sheet (PDF) would write for the round,
parties and issues the table shows. It is laid out by ``core.sheet.pdf``
into a temporary PDF and each page drawn as an image at the printer's
resolution (at most 300 dpi) in a worker (``gui.workers``), so what is
printed is exactly what the PDF shows; the window's thread only hands the
pages to the printer. Untested with real printers here (CI has none):
the tests print to a PDF file through QPrinter, which is also what
"Print to File" does in the dialog on every platform.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from gui.i18n import translate
from gui.workers import Task

MAX_DPI = 300


def sheet_for(window, printer: QPrinter):
    """The sheet of what the table shows, on the printer's paper and orientation."""
    from core.sheet.model import SheetOptions, build_sheet

    layout = printer.pageLayout()
    comparison = window.model.comparison()
    shown = {row.issue.id for row in comparison.rows} if window.filter_bar.is_active() else None
    return build_sheet(window.snapshot, SheetOptions(
        round_id=window.current_round_id(), party_ids=window.shown_party_ids(), issue_ids=shown,
        landscape=layout.orientation() == QPageLayout.Orientation.Landscape,
        paper="letter" if layout.pageSize().id() == QPageSize.PageSizeId.Letter else "a4"))


def page_images(pdf_path: Path, dpi: int, progress) -> list[QImage]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        images = []
        for n in range(len(pdf)):
            progress(translate("Printing", "Preparing the pages"), n, len(pdf))
            page = pdf[n]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # the bitmap's buffer goes with the page
            page.close()
        return images
    finally:
        pdf.close()


def print_sheet(window, printer: QPrinter) -> Task | None:
    """Lay the sheet out in a worker, then send its pages to ``printer``; returns the Task."""
    from core.sheet.pdf import render_pdf

    sheet = sheet_for(window, printer)
    dpi = min(MAX_DPI, printer.resolution())

    def job(progress):
        with tempfile.TemporaryDirectory(prefix="parley-print-") as folder:
            path = Path(folder) / "sheet.pdf"
            render_pdf(sheet, path, progress.counter(translate("Printing", "Laying out the sheet")))
            return page_images(path, dpi, progress)

    def send(images: list[QImage]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            window.report_error(translate("Printing", "The sheet was not printed"),
                                translate("Printing", "The printer could not be opened."))
            return
        try:
            for n, image in enumerate(images):
                if n:
                    printer.newPage()
                page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                size = image.size().scaled(page.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        sent = (translate("Printing", "Sent {count} pages to the printer.") if len(images) != 1 else
                translate("Printing", "Sent {count} page to the printer."))
        window.session.message.emit(sent.format(count=len(images)), 6000)

    def failed(exc: BaseException) -> None:
        from gui.workers import Cancelled

        if isinstance(exc, Cancelled):
            window.session.message.emit(translate("Printing", "Printing cancelled; nothing was printed."), 6000)
        else:
            window.report_error(translate("Printing", "The sheet was not printed"), str(exc) or type(exc).__name__)

    window.print_task = Task(window, translate("Printing", "Print"), job, send, failed, modal=False)
    return window.print_task.start()


def print_dialog(window) -> Task | None:
    """File → Print…: the system's print dialog, then the sheet of what the table shows."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(translate("Printing", "{title} — comparison sheet").format(
        title=window.snapshot.negotiation.title or "Parley"))
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(translate("Printing", "Print the comparison sheet"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return print_sheet(window, printer)
