"""The window benchmark measures its own windows: never the user's settings or data, and truly the worst one."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.hermetic import ROOT

WORST = "changes_dock_open, observers_shown, full_height_rows, detail_shows_cell"


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_window_benchmark_reads_and_writes_nothing_of_the_users_and_measures_the_worst_window(tmp_path):
    from tests.generate_workspace import generate

    workspace = tmp_path / "small.parley"
    generate(workspace, issues=30, parties=4, rounds=3)
    before = hashlib.sha256(workspace.read_bytes()).hexdigest()
    home = tmp_path / "home"
    user_settings = home / ".config" / "Parley" / "Parley.conf"  # where Qt keeps Parley's settings on Linux
    user_settings.parent.mkdir(parents=True)
    user_settings.write_text("[view]\nshowObservers=true\nfullRows=false\n")  # a user's own choices
    seen_before = files_under(home)
    env = {key: value for key, value in os.environ.items()
           if key not in ("PARLEY_DATA_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen")

    run = subprocess.run([sys.executable, "-m", "tests.benchmarks.window", str(workspace), "--quick"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=600)

    assert run.returncode == 0, run.stderr[-3000:]
    assert files_under(home) == seen_before  # nothing written to, or added in, the user's home
    lines = dict(line.split(": ", 1) for line in run.stdout.splitlines() if ": " in line)
    assert lines["large_default_window_state"] == "full_height_rows, detail_shows_cell"  # fresh, not the user's
    assert lines["large_worst_window_state"] == WORST
    for kind in ("default", "worst"):
        for figure in ("open_window_process", "peak_memory", "round_switch_p95", "search_p95",
                       "search_broad_prefix_worst", "single_edit_p95", "scroll_frame"):
            assert f"large_{kind}_{figure}" in lines
    assert "baseline bare_pyside6_window" in lines["large_worst_peak_memory"]
    assert hashlib.sha256(workspace.read_bytes()).hexdigest() == before  # the edits went to a copy
