"""Where a cold start of the seed workspace goes, phase by phase, in one fresh process.

``python -m tests.benchmarks.start_phases OUT.png JSON`` takes the steps
``gui.app`` takes for ``--screenshot`` on the default workspace, in the
same order, and writes each step's milliseconds to JSON (a child of
``tests.benchmarks.startup``, in its own data directory). ``--bare`` does
the same for a bare PySide6 window, the baseline. The import phases are
cumulative: a module a phase imports first is charged to that phase.
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402


class Phases:
    def __init__(self):
        self.last = _START
        self.ms: dict[str, float] = {}

    def mark(self, name: str) -> None:
        now = time.perf_counter()
        self.ms[name] = (now - self.last) * 1000
        self.last = now


def parley(shot: str, phases: Phases) -> None:
    import argparse  # noqa: F401 (gui.app's own imports)

    from core.commands import COMMANDS  # noqa: F401
    from core.store.file_access import open_or_read_only
    from core.store.workspace import open_workspace  # noqa: F401
    phases.mark("import_core_store_and_sqlite_utils")
    from core.interchange.seed import ensure_default_workspace
    phases.mark("import_seed")
    path = ensure_default_workspace()
    from core.store.documents import scratch_dir

    scratch_dir()
    phases.mark("seed_check_and_scratch")
    workspace = open_or_read_only(path)
    phases.mark("open_workspace_and_schema_check")
    from PySide6.QtWidgets import QApplication
    phases.mark("import_pyside6")
    from gui.main_window import MainWindow
    from gui.theme import load_fonts
    phases.mark("import_window")
    app = QApplication(sys.argv[:1])
    family = load_fonts()
    if family:
        font = app.font()
        font.setFamily(family)
        app.setFont(font)
    phases.mark("qapplication_and_fonts")
    window = MainWindow(workspace)
    phases.mark("build_window_and_first_query")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    phases.mark("show_and_first_paint")
    image = window.grab()
    phases.mark("grab")
    image.save(shot, "PNG")
    phases.mark("png_save")
    window.close_workspace()


def bare(shot: str, phases: Phases) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow
    phases.mark("import_pyside6")
    app = QApplication([])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    phases.mark("show_and_first_paint")
    image = window.grab()
    phases.mark("grab")
    image.save(shot, "PNG")
    phases.mark("png_save")


def main() -> None:
    shot, out = sys.argv[1], sys.argv[2]
    phases = Phases()
    phases.mark("python_and_site")
    (bare if "--bare" in sys.argv else parley)(shot, phases)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(phases.ms, fh)


if __name__ == "__main__":
    main()
