"""Make the window screenshots the README shows and issue 14 asks to look at.

``python -m tests.screenshots OUTDIR`` renders, offscreen, on a temporary
copy of the seed workspace (never the user's data or settings):
- ``window-uk.png``: the window in Ukrainian (interface only; the data stays as filed);
- ``changes-moves.png``: the changes dock showing status and figure moves.
  The seed files every position at its third round, so this one adds a
  second-round position and two statuses that are **synthetic test data**
  (tests/gui/test_changes_moves.py uses the same), not facts from the report;
- ``full-rows-four-parties.png``: full-height rows with the observer and the host shown;
- ``dark.png``: the dark palette;
- ``narrow-1024x700.png``: the window at 1024×700.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _window(app, data: Path, language: str = "en"):
    from core.interchange.seed import ensure_default_workspace
    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    os.environ["PARLEY_DATA_DIR"] = str(data)
    return MainWindow(open_workspace(ensure_default_workspace()))


def _save(app, window, target: Path, size=(1400, 900)) -> None:
    window.resize(*size)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(target), "PNG")
    print(target)


def _last_round(window) -> None:
    window.select_round(window.snapshot.rounds[-1].id)


def add_synthetic_moves(window) -> None:
    """Synthetic second-round records (the README's caption says so); tests/gui/test_changes_moves.py uses them too."""
    from core.domain.records import IssueStatus, Position

    ws = window.workspace
    issues = {i.name: i.id for i in window.snapshot.issues}
    parties = {p.name: p.id for p in window.snapshot.parties}
    rounds = {r.date: r.id for r in window.snapshot.rounds}
    ws.insert(Position(issue_id=issues["Ceasefire: length and scope"], party_id=parties["Russia"],
                       round_id=rounds["2025-06-02"], stance="A series of short ceasefires of 2–3 days",
                       value_low=2, value_high=3, value_unit="days"))
    ws.insert(IssueStatus(issue_id=issues["Prisoner-of-war exchange"], round_id=rounds["2025-06-02"],
                          status="agreed"))
    ws.insert(IssueStatus(issue_id=issues["Ceasefire: length and scope"], round_id=rounds["2025-06-02"],
                          status="agreed"))
    window.reload()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from gui.theme import dark_palette, load_fonts

    app = QApplication.instance() or QApplication([])
    family = load_fonts()
    if family:
        font = app.font()
        font.setFamily(family)
        app.setFont(font)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        from gui.language import install_language, uninstall_language

        installed = install_language("uk")
        window = _window(app, root / "uk")
        _last_round(window)
        _save(app, window, out / "window-uk.png")
        window.close_workspace()
        uninstall_language(installed)

        window = _window(app, root / "moves")
        add_synthetic_moves(window)
        _last_round(window)
        window.changes_dock.toggleViewAction().trigger()
        _save(app, window, out / "changes-moves.png")
        window.close_workspace()

        window = _window(app, root / "full")
        window.show_observers.setChecked(True)
        window.full_rows_action.setChecked(True)
        window.set_full_rows(True)
        _last_round(window)
        _save(app, window, out / "full-rows-four-parties.png")
        window.close_workspace()

        window = _window(app, root / "narrow")
        _last_round(window)
        _save(app, window, out / "narrow-1024x700.png", (1024, 700))
        window.close_workspace()

        original = app.palette()
        app.setPalette(dark_palette())
        window = _window(app, root / "dark")
        window.show_observers.setChecked(True)
        _last_round(window)
        window.changes_dock.toggleViewAction().trigger()
        _save(app, window, out / "dark.png")
        window.close_workspace()
        app.setPalette(original)


if __name__ == "__main__":
    main()
