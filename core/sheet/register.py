"""The register of exported sheets, and the sheet defaults kept in the workspace.

Every export (PDF, DOCX, XLSX, CSV, JSON; from the window or ``parley
export``) adds a ``SheetExport`` row: when, which round, since which round,
the marking, the format and the file name. "Changes since the last sheet"
reads the round the last recorded sheet showed.

Recording is a courtesy, never a condition: an export from a read-only
workspace, or from one another Parley holds open, is written all the same
and only the register is left unwritten (``record_export`` says why).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from core.compare.comparison import Snapshot
from core.domain.records import SHEET_FORMATS, Negotiation, SheetExport
from core.sheet.model import TLP_LEVELS, Marking, SheetError, SheetOptions
from core.store.workspace import Workspace, WorkspaceError, open_workspace

TLP_PREFIX = "TLP:"


def marking_from_text(text: str) -> Marking:
    """The stored marking text as a Marking: '' none, 'TLP:AMBER' in TLP colours, anything else free text."""
    text = (text or "").strip()
    if not text:
        return Marking()
    if text.upper().startswith(TLP_PREFIX) and text[len(TLP_PREFIX):].lower() in TLP_LEVELS:
        return Marking.tlp(text)
    return Marking.free_text(text)


def defaults_of(negotiation: Negotiation) -> tuple[Marking, str, bool]:
    """(marking, paper, landscape): the workspace's sheet defaults."""
    paper = negotiation.sheet_paper if negotiation.sheet_paper in ("a4", "letter") else "a4"
    return marking_from_text(negotiation.sheet_marking), paper, bool(negotiation.sheet_landscape)


def entry_for(snapshot: Snapshot | None, fmt: str, target: Path, options: SheetOptions | None = None,
              now: datetime | None = None) -> SheetExport:
    """The register's row for one export (``options`` None for CSV, XLSX and JSON, which hold every round)."""
    if fmt not in SHEET_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    entry = SheetExport(exported_at=stamp, format=fmt, file_name=Path(target).name)
    if options is not None and snapshot is not None:
        shown = snapshot.rounds_by_id.get(options.round_id) if options.round_id else \
            (snapshot.rounds[-1] if snapshot.rounds else None)
        since = snapshot.rounds_by_id.get(options.since_round_id) if options.since_round_id else None
        if since is None and shown is not None:  # the sheet marks changes since the round before
            index = snapshot.round_index[shown.id]
            since = snapshot.rounds[index - 1] if index > 0 else None
        entry.round_id, entry.round_name = (shown.id, shown.name) if shown else (None, "")
        entry.since_round_id, entry.since_round_name = (since.id, since.name) if since else (None, "")
        entry.marking = options.marking.text
    return entry


def write_entry(workspace: Workspace, entry: SheetExport) -> str | None:
    """Add ``entry`` to an open workspace's register; None, or why it was not written."""
    if workspace.read_only:
        return "the workspace is open read-only, so this export was not added to its register"
    try:
        workspace.insert(entry)
    except (sqlite3.Error, OSError, WorkspaceError) as exc:
        return f"this export was not added to the register: {exc}"
    return None


def record_export(path: Path, entry: SheetExport) -> str | None:
    """Open the workspace at ``path`` for a moment and add ``entry``; None, or why it was not written."""
    try:
        workspace = open_workspace(path)
    except (WorkspaceError, OSError, sqlite3.Error) as exc:
        return f"this export was not added to the workspace's register: {exc}"
    try:
        return write_entry(workspace, entry)
    finally:
        workspace.close()


def last_sheet(workspace_or_entries) -> SheetExport | None:
    """The last recorded export that showed a round (a PDF or DOCX sheet), or None.

    The register is read in its order (time, then the order rows were added), so two
    exports within one second still come in the order they were made.
    """
    entries = workspace_or_entries.all(SheetExport) if hasattr(workspace_or_entries, "all") \
        else list(workspace_or_entries)
    shown = [e for e in entries if e.round_id]
    return shown[-1] if shown else None


def since_last_sheet(snapshot: Snapshot, entry: SheetExport | None, round_id: str | None) -> str:
    """The round to mark changes since, for "changes since the last sheet"; SheetError when there is none."""
    if entry is None:
        raise SheetError("no sheet is recorded in this workspace's register yet; choose a round with --since")
    if entry.round_id not in snapshot.rounds_by_id:
        raise SheetError(f"the round the last sheet showed (“{entry.round_name}”) is no longer in the workspace")
    shown = snapshot.rounds_by_id.get(round_id) if round_id else (snapshot.rounds[-1] if snapshot.rounds else None)
    if shown is not None and shown.id == entry.round_id:
        raise SheetError(f"the last sheet ({entry.exported_at[:10]}, {entry.file_name}) already showed "
                         f"“{shown.name}”; there is no later round to compare with it")
    return entry.round_id


def set_defaults(workspace: Workspace, marking: Marking, paper: str, landscape: bool) -> None:
    """Store the sheet defaults the window and ``parley export`` start from."""
    negotiation = workspace.negotiation()
    negotiation.sheet_marking = marking.text
    negotiation.sheet_paper = paper
    negotiation.sheet_landscape = bool(landscape)
    if workspace.get(Negotiation, negotiation.id) is None:
        workspace.insert(negotiation)
    else:
        workspace.update(negotiation)
