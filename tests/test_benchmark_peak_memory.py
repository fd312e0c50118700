"""A benchmark child's peak memory is its own, not its parent's."""

from __future__ import annotations

import subprocess
import sys

from tests.benchmarks.hermetic import ROOT


def test_a_small_child_of_a_large_parent_reports_its_own_peak(tmp_path):
    ballast = bytearray(300 * 1024 * 1024)
    for offset in range(0, len(ballast), 4096):
        ballast[offset] = 1  # resident, not just reserved
    out = tmp_path / "peak.txt"

    subprocess.run([sys.executable, "-m", "tests.benchmarks.peak", str(out), "-c", "x = 1"], cwd=ROOT, check=True)

    assert float(out.read_text()) < 100  # a bare interpreter: tens of MiB, not the parent's 300 more
    assert ballast[0] == 1
