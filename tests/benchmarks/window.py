"""The window on a large workspace: opening, round switch, search, scrolling, one edit.

Each figure is wall time from the action to the table painted again
(``processEvents`` after the change), which is what an analyst waits for.
The single edit is timed only after the workspace's background full check
has finished (a file over 8 MiB gets one, and its first write waits for it).
``python -m tests.benchmarks.window FILE [--quick]`` runs these alone, on a
file it edits (give it a copy), with a temporary data directory.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(path: Path, switches: int, searches: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    window = MainWindow(open_workspace(path))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start

    rng = random.Random(1)
    rounds = [r.id for r in window.snapshot.rounds]
    switch_times = []
    for _ in range(switches):
        round_id = rng.choice(rounds)
        t = time.perf_counter()
        window.select_round(round_id)
        app.processEvents()
        switch_times.append(time.perf_counter() - t)

    sample = rng.sample(list(window.snapshot.positions_by_id.values()), searches)
    queries = []
    for n, position in enumerate(sample):
        words = position.stance.split()
        kind = n % 4
        if kind == 0:
            queries.append(words[0])  # a whole word
        elif kind == 1:
            queries.append(words[1][:4] + "*" if len(words[1]) > 4 else words[1])  # a prefix
        elif kind == 2:
            queries.append(f'"{words[2]} {words[3]}"')  # a phrase
        else:
            queries.append(rng.choice(["мир", "обмін", "діти*", "саміт"]))  # Cyrillic
    search_times = [_search(app, window, q) for q in queries]
    broad = [_search(app, window, q) for q in ("ka*", "mor*", "de*")]
    window.filter_bar.clear()
    app.processEvents()

    baseline = []
    for _ in range(switches):
        t = time.perf_counter()
        window.model.beginResetModel()
        window.model.endResetModel()
        app.processEvents()
        baseline.append(time.perf_counter() - t)

    edit_times = _single_edits(app, window, switches)

    bar = window.table.verticalScrollBar()
    t = time.perf_counter()
    steps = 50
    for n in range(steps):
        bar.setValue(bar.maximum() * n // steps)
        window.table.viewport().repaint()
    scroll = (time.perf_counter() - t) / steps
    window.close_workspace()
    window.deleteLater()
    app.processEvents()
    return {
        "open": opened,
        "switch_median": statistics.median(switch_times),
        "baseline_repaint": statistics.median(baseline),
        "switch_p95": percentile(switch_times, 0.95),
        "search_median": statistics.median(search_times),
        "search_p95": percentile(search_times, 0.95),
        "search_broad_prefix": max(broad),
        "scroll_frame": scroll,
        "edit_median": statistics.median(edit_times),
        "edit_p95": percentile(edit_times, 0.95),
        "issues": len(window.snapshot.issues),
    }


def _single_edits(app, window, count: int) -> list[float]:
    """Edit one visible party cell's stance, timed from the push to the table painted again.

    A large file's full check runs in the background after opening and the
    first write waits for it (up to ~18 s), so the edits start after it.
    """
    from dataclasses import replace

    from core.edits.changes import modification

    check = window.workspace.check
    if check is not None:
        check.wait()
    window.table.scrollToTop()
    app.processEvents()
    times = []
    for n in range(count):
        row = next(r for r in range(n % 6, window.model.rowCount()) if not window.model.is_track_row(r))
        cell = window.model.issue_row(row).cells[n % len(window.model.issue_row(row).cells)]
        if cell.position is None:
            continue
        before = cell.position
        after = replace(before, stance=f"{before.stance} (edit {n})")
        t = time.perf_counter()
        window.push(modification(before, after, "Benchmark edit"))
        app.processEvents()
        times.append(time.perf_counter() - t)
    return times


def _search(app, window, query: str) -> float:
    """Type a query (skipping the typing debounce), and wait for the repaint."""
    t = time.perf_counter()
    window.filter_bar.search.setText(query)
    window.filter_bar._now()
    app.processEvents()
    return time.perf_counter() - t


def main() -> None:
    """``python -m tests.benchmarks.window FILE``: the window figures on one workspace (edited: use a copy)."""
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARLEY_DATA_DIR"] = str(Path(tmp) / "data")  # backups and settings stay out of the user's
        run("--quick" in sys.argv, Path(sys.argv[1]))


def run(quick: bool, path: Path) -> None:
    report("large", measure(path, 10 if quick else 30, 20 if quick else 80))


def report(prefix: str, figures: dict[str, float]) -> None:
    print(f"{prefix}_open_window: {figures['open'] * 1000:.0f} ms")
    print(f"{prefix}_baseline_model_reset_repaint: {figures['baseline_repaint'] * 1000:.1f} ms")
    print(f"{prefix}_round_switch_median: {figures['switch_median'] * 1000:.1f} ms")
    print(f"{prefix}_round_switch_p95: {figures['switch_p95'] * 1000:.1f} ms")
    print(f"{prefix}_search_median: {figures['search_median'] * 1000:.1f} ms")
    print(f"{prefix}_search_p95: {figures['search_p95'] * 1000:.1f} ms")
    print(f"{prefix}_search_broad_prefix_worst: {figures['search_broad_prefix'] * 1000:.0f} ms")
    print(f"{prefix}_scroll_frame: {figures['scroll_frame'] * 1000:.1f} ms")
    print(f"{prefix}_single_edit_median: {figures['edit_median'] * 1000:.1f} ms")
    print(f"{prefix}_single_edit_p95: {figures['edit_p95'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
