"""Cold start: ``parley --screenshot`` against a bare PySide6 window, each in a fresh process."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab().save(__import__("sys").argv[1], "PNG")
window.close()
"""


def _time(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def measure(runs: int, workspace: Path | None = None) -> dict[str, float]:
    """Median wall time of each start, in seconds, alternating the two so load hits both alike."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bare, parley, first = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        shot = str(Path(tmp) / "shot.png")
        args = ["--workspace", str(workspace)] if workspace else []
        for n in range(runs):
            data = Path(tmp) / f"data{n}"
            env["PARLEY_DATA_DIR"] = str(data)
            bare.append(_time([sys.executable, "-c", BARE_WINDOW, shot], env))
            first.append(_time([sys.executable, "-m", "gui.app", *args, "--screenshot", shot], env))
            parley.append(_time([sys.executable, "-m", "gui.app", *args, "--screenshot", shot], env))
    return {
        "bare": statistics.median(bare),
        "first_start": statistics.median(first),
        "start": statistics.median(parley),
    }


def main(quick: bool) -> None:
    figures = measure(3 if quick else 7)
    print(f"startup_bare_pyside6_window: {figures['bare'] * 1000:.0f} ms")
    print(f"startup_parley_screenshot_first_start: {figures['first_start'] * 1000:.0f} ms")
    print(f"startup_parley_screenshot_seed: {figures['start'] * 1000:.0f} ms")
    print(f"startup_parley_vs_bare_ratio: {figures['start'] / figures['bare']:.2f} x")
