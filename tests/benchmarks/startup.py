"""Cold start to a painted window, and peak memory, each in a fresh process; and where the seed's start goes.

The baseline is a bare PySide6 window of the same size, shown, painted and
grabbed, measured alternately with Parley's ``--screenshot`` so that machine
load falls on both alike. Every child has its own data directory and the
run's bytecode cache (``tests.benchmarks.hermetic``), warmed before timing.

The breakdown runs ``tests.benchmarks.start_phases`` (the steps of
``gui.app``, timed one by one) beside the same for a bare window, and
prints each phase's median; ``png_save`` is the screenshot's own cost (a
full table compresses more slowly than a blank window), which a user's
start does not pay.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.hermetic import ROOT, hermetic_env, warm_up

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


def run(program: list[str], env: dict) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MiB of one child process.

    ``program`` is ``["-m", module, args…]`` or ``["-c", script, args…]``,
    run under ``tests.benchmarks.peak`` so that the child reports its own peak.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "peak.txt"
        start = time.perf_counter()
        child = subprocess.run([sys.executable, "-m", "tests.benchmarks.peak", str(out), *program], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        if child.returncode != 0:
            raise RuntimeError(f"{program[:2]} failed with status {child.returncode}")
        return elapsed, float(out.read_text())


def measure(runs: int, large: Path) -> dict[str, tuple[float, float]]:
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "first": [], "seed": [], "large": []}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pycache = tmp / "pycache"
        warm_up(tmp, pycache)
        shot = str(tmp / "shot.png")
        parley = ["-m", "gui.app"]
        for n in range(runs):
            env = hermetic_env(tmp / f"data{n}", pycache)
            samples["bare"].append(run(["-c", BARE_WINDOW, shot], env))
            samples["first"].append(run([*parley, "--screenshot", shot], env))
            samples["seed"].append(run([*parley, "--screenshot", shot], env))
            samples["large"].append(run([*parley, "--workspace", str(large), "--screenshot", shot], env))
    return {name: (statistics.median(t for t, _ in values), max(m for _, m in values))
            for name, values in samples.items()}


def breakdown(runs: int) -> dict[str, dict[str, float]]:
    """Median milliseconds per phase of the seed's start and of a bare window's, alternately."""
    found: dict[str, list[dict[str, float]]] = {"parley": [], "bare": []}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pycache = tmp / "pycache"
        warm_up(tmp, pycache)
        for n in range(runs):
            env = hermetic_env(tmp / f"phases{n}", pycache)
            subprocess.run([sys.executable, "-m", "gui.app", "--screenshot", str(tmp / "seed.png")], cwd=ROOT,
                           env=env, check=True, capture_output=True)  # the first start seeds; not timed here
            for kind in found:
                out = tmp / f"{kind}{n}.json"
                command = [sys.executable, "-m", "tests.benchmarks.start_phases", str(tmp / "shot.png"), str(out)]
                subprocess.run([*command, *(["--bare"] if kind == "bare" else [])], cwd=ROOT, env=env, check=True,
                               capture_output=True)
                found[kind].append(json.loads(out.read_text()))
    return {kind: {phase: statistics.median(s[phase] for s in samples) for phase in samples[0]}
            for kind, samples in found.items()}


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
    phases = breakdown(runs)
    for kind in ("parley", "bare"):
        shown = phases[kind]
        parts = ", ".join(f"{phase} {ms:.0f}" for phase, ms in shown.items())
        print(f"startup_breakdown_{'seed' if kind == 'parley' else 'bare'}: {sum(shown.values()):.0f} ms = {parts} (ms)")
