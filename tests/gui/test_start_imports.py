"""Opening the window imports only what the first paint needs.

The heavy libraries (PDF, Word and Excel writers, report readers,
dictionaries, the language detector, fuzzy matching) and the reading engine
are imported by the commands that use them, not at start-up: each costs the
cold start tens of milliseconds. (jsonschema-rs does load: opening a small
workspace checks every row as a JSON import would, before the first paint.)
Checked in a fresh interpreter, as
``sys.modules`` of the test run holds whatever other tests imported.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.benchmarks.hermetic import ROOT

NOT_AT_START = (
    "reportlab", "trafilatura", "pymorphy3", "lingua", "pypdfium2", "docx", "openpyxl", "lxml",
    "rapidfuzz", "psutil",
    "core.reading", "core.reports", "core.sheet", "core.interchange.json_document",
    "gui.dialogs.position", "gui.dialogs.reports", "gui.reading",
)

BUILD_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from core.store.workspace import open_workspace
from gui.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_workspace(Path(sys.argv[1])))
window.resize(1400, 900)
window.show()
app.processEvents()
loaded = sorted(sys.modules)
import sqlite_utils.plugins
plugins_scanned = sqlite_utils.plugins._plugins_loaded
window.close_workspace()
print(json.dumps({"loaded": loaded, "plugins_scanned": plugins_scanned}))
"""


def test_building_and_painting_the_main_window_imports_none_of_the_heavy_libraries(seed_path):
    run = subprocess.run([sys.executable, "-c", BUILD_WINDOW, str(seed_path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, check=True)
    loaded = json.loads(run.stdout.strip().splitlines()[-1])["loaded"]
    found = sorted(name for name in loaded for heavy in NOT_AT_START if name == heavy or name.startswith(heavy + "."))
    assert found == []


def test_opening_the_window_runs_no_scan_for_sqlite_utils_plugins(seed_path):
    """Parley runs no sqlite-utils plugin on its connections; looking for them read every installed
    package's entry points (~27 ms of a cold start)."""
    run = subprocess.run([sys.executable, "-c", BUILD_WINDOW, str(seed_path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, check=True)
    assert json.loads(run.stdout.strip().splitlines()[-1])["plugins_scanned"] is False
