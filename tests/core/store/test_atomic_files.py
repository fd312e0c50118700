"""Whole files or none: the temporary-sibling helper and the sweep of a killed writer's litter."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.store.atomic_files import atomic_target, sweep_partials, temporary_sibling, write_bytes_atomically


def test_a_finished_write_replaces_the_target_privately(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_target(target) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_the_sweep_removes_only_what_dead_writers_left(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    left_by_dead = tmp_path / f".sheet.pdf.{dead_pid}.abcd1234.partial"
    left_by_dead.write_bytes(b"half")
    journal = tmp_path / f".w.parley.{dead_pid}.abcd1234.partial-journal"
    journal.write_bytes(b"j")
    mine = temporary_sibling(tmp_path / "other.pdf")
    mine.write_bytes(b"being written")
    unrelated = tmp_path / ".hidden.partial"
    unrelated.write_bytes(b"not ours")
    removed = sweep_partials(tmp_path)
    assert set(removed) == {left_by_dead, journal}
    assert mine.exists() and unrelated.exists()
    assert os.getpid() != dead_pid


def test_the_sweep_passes_over_a_folder_that_is_missing(tmp_path):
    assert sweep_partials(tmp_path / "nowhere") == []
