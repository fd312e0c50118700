"""Exported files: private (0600) and no temporary litter, even after a kill (issue 9, findings 13 and 15)."""

import os
import stat

import pytest

from core.sheet import pdf as sheet_pdf
from core.cli import main

DEAD_PID = 2**22 + 12345  # above Linux's pid_max: never a running process


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv", "json"])
def test_every_export_is_private(seed_path, tmp_path, fmt):
    os.umask(0o022)
    target = tmp_path / f"out.{fmt}"
    args = ["export", "--workspace", str(seed_path), "--format", fmt, "--output", str(target)]
    assert main(args + (["--tlp", "red"] if fmt == "pdf" else [])) == 0
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if "out." in p.name) == [f"out.{fmt}"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv", "json"])
def test_an_export_sweeps_what_a_killed_export_left(seed_path, tmp_path, fmt):
    """A writer killed before its rename leaves its partial; the next export in that folder removes it."""
    target = tmp_path / f"out.{fmt}"
    litter = tmp_path / f".out.{fmt}.{DEAD_PID}.abcd1234.partial"
    litter.write_bytes(b"half a file")
    assert main(["export", "--workspace", str(seed_path), "--format", fmt, "--output", str(target)]) == 0
    assert not litter.exists()


def test_the_pdf_is_built_under_a_name_the_sweep_recognises(seed_path, tmp_path, monkeypatch):
    """So that a kill mid-render leaves only what the next run sweeps away."""
    from core.store.atomic_files import _writer_pid

    names = []
    original = sheet_pdf._build

    def watching(sheet, path, *args, **kwargs):
        names.append(os.path.basename(path))
        return original(sheet, path, *args, **kwargs)

    monkeypatch.setattr(sheet_pdf, "_build", watching)
    assert main(["export", "--workspace", str(seed_path), "--output", str(tmp_path / "out.pdf")]) == 0
    assert names and all(_writer_pid(name) == os.getpid() for name in names)
