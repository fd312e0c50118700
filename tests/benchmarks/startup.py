"""Cold start to a painted window, and peak memory, each in a fresh process.

The baseline is a bare PySide6 window of the same size, shown, painted and
grabbed, measured alternately with Parley's ``--screenshot`` so that machine
load falls on both alike.
"""

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
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
window.close()
"""


def run(command: list[str], env: dict) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MiB of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{command} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def measure(runs: int, large: Path) -> dict[str, tuple[float, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "first": [], "seed": [], "large": []}
    with tempfile.TemporaryDirectory() as tmp:
        shot = str(Path(tmp) / "shot.png")
        parley = [sys.executable, "-m", "gui.app"]
        for n in range(runs):
            env["PARLEY_DATA_DIR"] = str(Path(tmp) / f"data{n}")
            samples["bare"].append(run([sys.executable, "-c", BARE_WINDOW, shot], env))
            samples["first"].append(run([*parley, "--screenshot", shot], env))
            samples["seed"].append(run([*parley, "--screenshot", shot], env))
            samples["large"].append(run([*parley, "--workspace", str(large), "--screenshot", shot], env))
    return {name: (statistics.median(t for t, _ in values), max(m for _, m in values))
            for name, values in samples.items()}


def report(runs: int, large: Path) -> None:
    figures = measure(runs, large)
    bare_time, bare_memory = figures["bare"]
    print(f"startup_bare_pyside6_window: {bare_time * 1000:.0f} ms")
    print(f"startup_parley_first_start_seeding: {figures['first'][0] * 1000:.0f} ms")
    print(f"startup_parley_seed: {figures['seed'][0] * 1000:.0f} ms")
    print(f"startup_parley_seed_vs_bare: {figures['seed'][0] / bare_time:.2f} x")
    print(f"startup_parley_large: {figures['large'][0] * 1000:.0f} ms")
    print(f"startup_parley_large_vs_bare: {figures['large'][0] / bare_time:.2f} x")
    print(f"peak_memory_bare_pyside6_window: {bare_memory:.0f} MiB")
    print(f"peak_memory_parley_seed: {figures['seed'][1]:.0f} MiB")
    print(f"peak_memory_parley_large: {figures['large'][1]:.0f} MiB")
    print(f"peak_memory_parley_large_vs_bare: {figures['large'][1] / bare_memory:.2f} x")
