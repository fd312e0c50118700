"""Show every piece of a workspace's text the ways Parley can, for the hostile-text test.

    python -m tests.render_everything WORKSPACE OUTDIR

Opens the window offscreen, selects every cell (filling the detail pane),
shows every tooltip, opens the changes view, the report viewer, every record form and the export
dialog with its preview, and writes the PDF, CSV and JSON exports. Run under
strace by tests/gui/test_hostile_text.py, which checks that no file named in
the text was ever opened. Prints the text of the detail pane fields it saw.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(workspace_path: str, outdir: str) -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication, QToolTip

    from core.sheet.csv_export import write_csv
    from core.domain.records import Issue, Outlet, Party, Person, Report, Round, Track
    from core.interchange.json_document import write_json
    from core.sheet.model import Marking, SheetOptions, build_sheet
    from core.sheet.pdf import render_pdf
    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    app = QApplication([])
    out = Path(outdir)
    window = MainWindow(open_workspace(workspace_path))
    window.resize(1400, 900)
    window.show_observers.setChecked(True)
    window.show()
    window.changes_dock.show()
    app.processEvents()
    seen: list[str] = []
    model = window.model
    for round_id in [r.id for r in window.snapshot.rounds]:
        window.select_round(round_id)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                window.table.setCurrentIndex(index)
                seen.extend(label.text() for label in window.detail.fields.values())
                if window.detail.citations is not None:
                    seen.extend(item.text() for item in window.detail.citations.items)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    QToolTip.showText(QPoint(100, 100), tip, window.table)
                    app.processEvents()
        window.grab()
    for citations in list(window.snapshot.citations_by_position.values())[:3]:  # the report viewer
        for citation in citations[:1]:
            viewer = window.open_citation(citation)
            app.processEvents()
            viewer.grab()
            viewer.close()
    for cls in (Party, Track, Issue, Round, Person, Outlet, Report):
        dialog = window.editing.manage(cls)
        for n in range(dialog.list.count()):
            dialog.list.setCurrentRow(n)
            app.processEvents()
        dialog.grab()
        dialog.reject()
    export = window.export_sheet()
    deadline = time.time() + 20
    while time.time() < deadline and (export.preview.pixmap() is None or export.preview.pixmap().isNull()):
        app.processEvents()
        time.sleep(0.02)
    export.done(0)
    sheet = build_sheet(window.snapshot, SheetOptions(marking=Marking.free_text("<img src=x>"),
                                                      party_ids=[p.id for p in window.snapshot.parties]))
    render_pdf(sheet, out / "sheet.pdf")
    write_csv(window.snapshot, out / "sheet.csv")
    write_json(window.workspace, out / "sheet.json")
    window.close()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
