"""kill -9 during writes: the file stays whole and no reported edit is lost.

PARLEY_KILLS sets the number of kills (100 by default; 1,000 for the long run:
``PARLEY_KILLS=1000 python -m pytest tests/core/test_crash_safety.py``).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from core.store import open_workspace

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PARLEY_KILLS", "100"))


def survived(reported: str, found: str | None) -> bool:
    """The reported edit is there, or a newer one replaced it."""
    if found is None or not found.startswith("edit "):
        return False
    return int(found.split()[1]) >= int(reported.split()[1])


def test_kill_minus_nine_loses_no_committed_edit(seed_path):
    rng = random.Random(2025)
    expected: dict[str, str] = {}
    lost = failed_checks = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-m", "tests.crash_child", str(seed_path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines():
            if line.startswith("ok "):
                _, _kind, position_id, stance = line.split(" ", 3)
                expected[position_id] = stance
        child.stdout.close()
        child.stderr.close()
        conn = sqlite3.connect(seed_path)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                failed_checks += 1
            found = dict(conn.execute("SELECT id, stance FROM positions"))
        finally:
            conn.close()
        lost += sum(1 for pid, stance in expected.items() if not survived(stance, found.get(pid)))
    print(f"\nkill -9 loop: {KILLS} kills, {len(expected)} reported edits, {lost} lost, "
          f"{failed_checks} failed integrity checks")
    assert len(expected) > KILLS  # the children really were writing when killed
    assert lost == 0 and failed_checks == 0
    open_workspace(seed_path).close()  # and the lock of a killed writer is gone
