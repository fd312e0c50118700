"""``parley read FILE | head -1``: a reader that stops early ends the command quietly."""

import subprocess
import sys
from pathlib import Path

from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
SEED_REPORT = ROOT / "resources/seed/istanbul-talks-2025-07-23.txt"


def test_a_closed_stdout_ends_the_read_command_quietly(tmp_path):
    workspace = tmp_path / "empty.parley"
    open_workspace(workspace).close()
    # enough output to overflow a pipe's buffer, so the write meets the closed end
    argv = [sys.executable, "-m", "core", "read", *[str(SEED_REPORT)] * 30, "--workspace", str(workspace),
            "--format", "json"]
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()  # what `head -c 10` does
    stderr = process.stderr.read().decode("utf-8", "replace")
    status = process.wait(timeout=60)
    assert stderr == ""
    assert status == 0
