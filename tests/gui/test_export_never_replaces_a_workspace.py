"""The window's exports refuse a target that is a workspace, as the command line does."""

from __future__ import annotations

import hashlib

import pytest

from core.sheet.csv_export import write_csv
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from core.store.file_checks import WorkspaceError


def test_a_sheet_or_csv_export_onto_the_open_workspace_is_refused_and_changes_nothing(seed_window, seed_path):
    before = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    snapshot = seed_window.snapshot
    with pytest.raises(WorkspaceError):
        render_pdf(build_sheet(snapshot, SheetOptions()), seed_path)
    with pytest.raises(WorkspaceError):
        write_csv(snapshot, seed_path)
    assert hashlib.sha256(seed_path.read_bytes()).hexdigest() == before
