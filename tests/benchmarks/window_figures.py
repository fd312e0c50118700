"""The window's figures, measured in this process: opening, round switch, search, scrolling, one edit.

Each figure is wall time from the action to the table painted again
(``processEvents`` after the change), which is what an analyst waits for.
The single edit is timed only after the workspace's background full check
has finished (a file over 8 MiB gets one, and its first write waits for it).
The baseline for the table figures is a model reset and repaint of the same
table in the same window (``beginResetModel``/``endResetModel``): what any
refresh of that many rows costs before Parley computes anything.

*The worst window* is the most a user can ask the window to keep up to date
(see ``make_worst``); ``window_state`` reads back what the window shows, so
a run can prove it measured that window and not a leftover of some other.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def make_worst(window) -> None:
    """Every option that makes the window do more on each switch, search and edit.

    The changes dock open (the only dock; its "since" is always the previous
    round, there is no wider choice), observers, mediators and hosts shown
    (more columns), full-height rows (rows measured to fit their text), and
    the detail pane visible beside the table, showing a selected party cell.
    """
    window.changes_dock.show()
    window.show_observers.setChecked(True)
    window.full_rows_action.setChecked(True)
    window.set_full_rows(True)
    window.splitter.setSizes([1060, 340])
    _select_party_cell(window)


def _select_party_cell(window) -> None:
    from gui.table.model import KIND_ROLE

    model = window.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if model.index(row, column).data(KIND_ROLE) == "party":
                window.table.setCurrentIndex(model.index(row, column))
                return


def window_state(window) -> dict[str, bool]:
    """What the window shows, read back from its widgets (``make_worst`` turns each of these on)."""
    from gui.table.model import KIND_ROLE

    index = window.table.currentIndex()
    return {
        "changes_dock_open": window.changes_dock.isVisible(),
        "observers_shown": window.show_observers.isChecked(),
        "full_height_rows": bool(window.table_layout.full_rows),
        "detail_shows_cell": (window.detail.isVisible() and window.detail.width() > 0 and index.isValid()
                              and index.data(KIND_ROLE) == "party"),
    }


def open_window(path: Path):
    """Open ``path`` in a new main window, 1400×900, shown and painted; (app, window, seconds)."""
    from PySide6.QtWidgets import QApplication

    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    window = MainWindow(open_workspace(path))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    return app, window, time.perf_counter() - start


def prepare_reopen(path: Path) -> None:
    """Open ``path``, let its checks finish and close it cleanly, as its user did yesterday (no window:
    the default window keeps fresh settings). The data directory then knows the file as checked."""
    from core.store.workspace import open_workspace

    workspace = open_workspace(path)
    if workspace.check is not None:
        workspace.check.wait()
    workspace.close()


def prepare_worst(path: Path) -> None:
    """Leave the worst window in this data directory's settings, as a user who set it up and quit would
    (after the file's checks finished: it is then known as checked, see ``prepare_reopen``)."""
    app, window, _ = open_window(path)
    make_worst(window)
    app.processEvents()
    if window.workspace.check is not None:
        window.workspace.check.wait()
    window.close()  # closeEvent saves the window's state, splitter, view options
    window.deleteLater()
    app.processEvents()


def measure(window, app, switches: int, searches: int) -> dict[str, float]:
    rng = random.Random(1)
    rounds = [r.id for r in window.snapshot.rounds]
    switch_times = []
    for _ in range(switches):
        round_id = rng.choice(rounds)
        t = time.perf_counter()
        window.select_round(round_id)
        app.processEvents()
        switch_times.append(time.perf_counter() - t)

    snapshot = window.snapshot
    rowids = [rowid for timeline in snapshot.history.values() for rowid in timeline.rowids]
    sample = [snapshot.store.get(rowid) for rowid in rng.sample(rowids, searches)]  # not every position in memory
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
    return {
        "switch_median": statistics.median(switch_times),
        "switch_p95": percentile(switch_times, 0.95),
        "baseline_repaint": statistics.median(baseline),
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
