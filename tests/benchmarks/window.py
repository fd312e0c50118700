"""The window on a large workspace, default and worst, each in its own process and settings.

``python -m tests.benchmarks.window FILE [--quick]`` measures both windows on
copies of FILE (the edits go to the copies) and prints the figures.

Every window kind runs in a child process of its own, with its own data
directory (``--data-dir``: its ``settings.ini``, backups and scratch files)
and Qt's default settings paths pointed there too, so no run reads or
writes the user's settings, and the peak memory is that window's alone:

- ``bare``: a bare PySide6 window of the same size, the baseline for
  opening (spawn to painted) and for peak memory;
- ``default``: Parley's window with fresh settings;
- ``received``: the default window opening a copy this Parley has never
  opened (a colleague's file), so every check of a received file runs first;
- ``worst``: Parley's window with the settings a user leaves who opened
  everything (``window_figures.make_worst``), written by a first child
  (``--prepare``) that opens the window, turns it all on and quits, as a
  user would; the measuring child then opens the window from them.

Each measured kind reopens a file its data directory has seen open, checked
and close cleanly (``--prepare``), as an analyst reopens their own workspace:
such a file is not checked again (``core.store.checked_files``). The first
open of a received copy is measured apart.

The table figures' baseline is a model reset and repaint of the same table
in the same child (``window_figures``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.hermetic import ROOT, hermetic_env, own_peak_mib, warm_up

KINDS = ("default", "worst")


def spawn(args: list[str], data_dir: Path) -> dict:
    """This module as a child for ``args``: its figures, own peak memory, and open time from spawn to painted."""
    out = data_dir.parent / f"{data_dir.name}.json"
    log = data_dir.parent / f"{data_dir.name}.log"
    command = [sys.executable, "-m", "tests.benchmarks.window", *args, "--data-dir", str(data_dir), "--out", str(out)]
    with open(log, "wb") as log_file:
        spawned = time.time()
        env = hermetic_env(data_dir, data_dir.parent / "pycache")
        status = subprocess.run(command, cwd=ROOT, env=env, stdout=log_file, stderr=log_file).returncode
    if status != 0:
        tail = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(args)} failed (status {status}):\n{tail}")
    figures = json.loads(out.read_text())
    figures["process_open"] = figures["painted_at"] - spawned
    return figures


def measure_bare(tmp: Path, runs: int) -> dict[str, float]:
    samples = [spawn(["--kind", "bare"], tmp / f"bare{n}") for n in range(runs)]
    return {"process_open": statistics.median(s["process_open"] for s in samples),
            "peak_memory": max(s["peak_memory"] for s in samples)}


def measure_kind(path: Path, kind: str, quick: bool, tmp: Path) -> dict:
    """One window kind on a copy of ``path``, in its own data directory and process."""
    copy = tmp / f"{kind}-{path.name}"
    shutil.copyfile(path, copy)
    data_dir = tmp / f"{kind}-{path.stem}-data"
    spawn([str(copy), "--kind", kind, "--prepare"], data_dir)  # opened, checked and closed once, as by its user
    return spawn([str(copy), "--kind", kind, *(["--quick"] if quick else [])], data_dir)


def measure_received(path: Path, tmp: Path) -> dict:
    """Opening a copy this Parley has never seen (a colleague's file): every check runs first."""
    copy = tmp / f"received-{path.name}"
    shutil.copyfile(path, copy)
    return spawn([str(copy), "--kind", "default", "--open-only"], tmp / f"received-{path.stem}-data")


def measure_worst(path: Path, quick: bool, tmp: Path) -> dict:
    """The worst window alone (for the growth lines), with its bytecode warmed in ``tmp`` first."""
    warm_up(tmp, tmp / "pycache")
    return measure_kind(path, "worst", quick, tmp)


def run(quick: bool, path: Path, prefix: str = "large") -> dict[str, dict]:
    """Both kinds on ``path`` beside a bare window, printed; the figures, by kind."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        warm_up(tmp, tmp / "pycache")
        bare = measure_bare(tmp, 3)
        found = {kind: measure_kind(path, kind, quick, tmp) for kind in KINDS}
        received = measure_received(path, tmp)
    for kind in KINDS:
        report(f"{prefix}_{kind}", found[kind], bare)
    print(f"{prefix}_received_open_window_process: {received['process_open'] * 1000:.1f} ms | baseline "
          f"bare_pyside6_window {bare['process_open'] * 1000:.1f} ms "
          f"({received['process_open'] / bare['process_open']:.2f} x)")
    missing = [name for name, on in found["worst"]["state"].items() if not on]
    if missing:
        raise RuntimeError(f"the worst window was not the worst: {', '.join(missing)} off")
    return found


def report(prefix: str, f: dict, bare: dict) -> None:
    def ms(value: float) -> str:
        return f"{value * 1000:.1f} ms"

    state = ", ".join(name for name, on in f["state"].items() if on) or "nothing extra"
    repaint = f"baseline model_reset_repaint {ms(f['baseline_repaint'])}"
    print(f"{prefix}_window_state: {state}")
    print(f"{prefix}_open_window: {ms(f['open'])}")
    print(f"{prefix}_open_window_process: {ms(f['process_open'])} | baseline bare_pyside6_window "
          f"{ms(bare['process_open'])} ({f['process_open'] / bare['process_open']:.2f} x)")
    print(f"{prefix}_peak_memory: {f['peak_memory']:.0f} MiB | baseline bare_pyside6_window "
          f"{bare['peak_memory']:.0f} MiB ({f['peak_memory'] / bare['peak_memory']:.2f} x)")
    for key, name in (("switch_median", "round_switch_median"), ("switch_p95", "round_switch_p95"),
                      ("search_median", "search_median"), ("search_p95", "search_p95"),
                      ("search_broad_prefix", "search_broad_prefix_worst"), ("scroll_frame", "scroll_frame"),
                      ("edit_median", "single_edit_median"), ("edit_p95", "single_edit_p95")):
        print(f"{prefix}_{name}: {ms(f[key])} | {repaint}")


# -- the child ------------------------------------------------------------
def keep_settings_in(data_dir: Path) -> None:
    """Qt's own default settings paths too (a QSettings() with no file), so nothing reaches the user's."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(data_dir / "qt-settings"))


def child(args: argparse.Namespace) -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    keep_settings_in(args.data_dir)
    if args.kind == "bare":
        app = QApplication([])
        window = QMainWindow()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        return {"painted_at": time.time(), "peak_memory": own_peak_mib()}
    from tests.benchmarks import window_figures

    if args.prepare:
        (window_figures.prepare_worst if args.kind == "worst" else window_figures.prepare_reopen)(args.file)
        return {"painted_at": time.time()}
    app, window, opened = window_figures.open_window(args.file)
    painted_at = time.time()
    figures = {"open": opened, "painted_at": painted_at, "state": window_figures.window_state(window)}
    if args.open_only:
        window.close_workspace()
        return {**figures, "peak_memory": own_peak_mib()}
    figures.update(window_figures.measure(window, app, 10 if args.quick else 30, 20 if args.quick else 80))
    window.close_workspace()
    figures["peak_memory"] = own_peak_mib()  # the child's own (see hermetic.own_peak_mib)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.window")
    parser.add_argument("file", type=Path, nargs="?", help="the workspace (copied: the edits go to the copy)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--kind", choices=("bare", *KINDS), help="(child) measure this window alone")
    parser.add_argument("--prepare", action="store_true",
                        help="(child) open, check and close the file once; for worst, leave that window in the settings")
    parser.add_argument("--open-only", action="store_true", help="(child) measure the opening alone")
    parser.add_argument("--data-dir", type=Path, help="(child) the data directory given by the parent")
    parser.add_argument("--out", type=Path, help="(child) where to write the figures as JSON")
    args = parser.parse_args(argv)
    if args.kind is None:
        if args.file is None:
            parser.error("give a workspace file")
        run(args.quick, args.file)
        return 0
    if args.data_dir is None or args.out is None or (args.kind != "bare" and args.file is None):
        parser.error("a child needs --data-dir, --out and (but for bare) a workspace")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["PARLEY_DATA_DIR"] = str(args.data_dir)  # settings.ini, backups, scratch: all in the run's folder
    args.out.write_text(json.dumps(child(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
