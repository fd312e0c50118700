"""Long file work runs in a worker: the event loop keeps turning, stages are shown, Cancel leaves nothing.

The responsiveness figure of issue 14 (the longest event-loop gap during a
500-issue JSON import) is printed by
``.venv/bin/python -m pytest -s -q tests/gui/test_work_off_the_window_thread.py -k keeps_turning``.
"""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core.edits.changes import modification
from core.domain.records import Position


@pytest.fixture(scope="module")
def big_json(tmp_path_factory):
    """A 500-issue, 3-round workspace exported to JSON, as ``parley export --format json`` writes it."""
    from core.cli import main as parley
    from tests.generate_workspace import generate

    folder = tmp_path_factory.mktemp("big")
    workspace = folder / "big.parley"
    generate(workspace, issues=500, rounds=3)
    target = folder / "big.json"
    assert parley(["export", "--format", "json", "--workspace", str(workspace), "--output", str(target)]) == 0
    return target


class Ticker:
    """Counts the ticks of a 20 ms timer, and when each came, while work runs."""

    def __init__(self):
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def start(self):
        self.started = time.perf_counter()
        self.timer.start()

    def longest_gap(self, until: float) -> float:
        marks = [self.started, *[t for t in self.times if t <= until], until]
        return max(b - a for a, b in zip(marks, marks[1:]))


def test_the_event_loop_keeps_turning_during_a_500_issue_import(seed_window, big_json, tmp_path):
    target = tmp_path / "imported.parley"
    ticker = Ticker()
    ticker.start()
    task = seed_window.file_actions.import_json(big_json, target)
    assert task.wait()
    switched = time.perf_counter()
    ticker.timer.stop()
    worker_done = task.worker_done_at
    during = [t for t in ticker.times if t <= worker_done]
    seconds = worker_done - ticker.started
    print(f"\n500-issue JSON import: worker {seconds:.2f} s, {len(during)} ticks of a 20 ms timer "
          f"(longest event-loop gap {ticker.longest_gap(worker_done) * 1000:.0f} ms); then showing the "
          f"new workspace in the window's thread took {(switched - worker_done) * 1000:.0f} ms")
    print("stages:", " → ".join(task.stages))
    assert len(seed_window.snapshot.issues) == 500 and seed_window.workspace.path == target
    assert len(during) >= seconds / 0.020 / 4  # a frozen loop would tick once, at the end
    assert any(stage.startswith("Reading and checking") for stage in task.stages)
    assert any(stage.startswith("Writing imported.parley") for stage in task.stages)


def test_cancelling_an_import_leaves_no_file_and_the_window_as_it_was(seed_window, big_json, tmp_path, qtbot):
    target = tmp_path / "cancelled.parley"
    task = seed_window.file_actions.import_json(big_json, target)
    qtbot.waitUntil(lambda: any(stage.startswith("Writing") for stage in task.stages), timeout=30000)
    task.cancel()
    assert not task.wait()
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if "cancelled" in p.name] == []
    assert seed_window.workspace.path.name == "seed.parley"
    assert "cancelled; nothing was changed" in seed_window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is None  # the busy cursor is gone


def test_edits_wait_while_save_as_runs_and_the_busy_cursor_shows(seed_window, tmp_path):
    position = seed_window.workspace.positions()[0]
    edited = Position(**{**position.to_row(), "stance": "Typed while the copy was written"})
    task = seed_window.file_actions.save_as(tmp_path / "copy.parley")
    assert QApplication.overrideCursor() is not None
    assert task.dialog.windowModality().name == "WindowModal"
    assert not seed_window.push(modification(position, edited))
    assert "Save As is running" in seed_window.last_error[1]
    assert seed_window.file_actions.export_csv(tmp_path / "x.csv") is None  # one job at a time
    assert task.wait()
    assert seed_window.workspace.path == tmp_path / "copy.parley"
    assert seed_window.push(modification(position, edited))  # afterwards, edits go through again
    assert QApplication.overrideCursor() is None


def test_exports_run_modeless_and_say_their_stages(seed_window, tmp_path):
    task = seed_window.file_actions.export_json(tmp_path / "out.json")
    assert task.dialog.windowModality().name == "NonModal"
    assert task.wait()
    assert task.stages == ["Checking every row", "Writing out.json"]
    assert len(json.loads((tmp_path / "out.json").read_text())["issues"]) == 9
    assert seed_window.file_actions.export_csv(tmp_path / "out.csv").wait()
    assert (tmp_path / "out.csv").read_text(encoding="utf-8-sig").startswith("issue,")


def test_a_cancelled_json_export_writes_nothing(seed_window, tmp_path):
    task = seed_window.file_actions.export_json(tmp_path / "out.json")
    task.cancel()  # before the worker reaches its first stage
    assert not task.wait()
    assert not any(p.name.startswith(("out.json", ".out.json")) for p in tmp_path.iterdir())
    assert "Export JSON: cancelled" in seed_window.statusBar().currentMessage()


def test_the_pdf_export_shows_a_busy_cursor_and_its_row(seed_window, tmp_path, qtbot):
    dialog = seed_window.export_sheet()
    qtbot.addWidget(dialog)
    worker = dialog.export_to(tmp_path / "sheet.pdf")
    assert QApplication.overrideCursor() is not None
    qtbot.waitUntil(lambda: (tmp_path / "sheet.pdf").exists() and QApplication.overrideCursor() is None,
                    timeout=30000)
    assert not worker.isRunning()


def test_a_merge_plans_and_backs_up_in_a_worker_and_holds_edits_meanwhile(seed_window, tmp_path):
    from core.interchange.json_document import write_json
    from core.store import backups

    theirs = tmp_path / "theirs.json"
    write_json(seed_window.workspace, theirs)
    planning = seed_window.file_actions.merge_from(theirs)
    assert planning.dialog.windowModality().name == "WindowModal"
    assert planning.wait()
    assert planning.stages == ["Reading and checking theirs.json", "Comparing theirs.json with this workspace"]
    dialog = planning.result
    position = seed_window.workspace.positions()[0]
    edited = Position(**{**position.to_row(), "stance": "Typed during the merge"})
    backing_up = dialog.accept()
    assert not seed_window.push(modification(position, edited)) and "Merge theirs.json is running" in \
        seed_window.last_error[1]
    assert backing_up.wait()
    assert [p for p in backups.backups_of(seed_window.workspace.path) if p.name.endswith(".before-merge.parley")]
    assert seed_window.push(modification(position, edited))
