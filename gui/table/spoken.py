"""What a screen reader says for each cell of the comparison table.

A cell on screen leans on what is around it (the column header names the
party, the row's first cell the issue) and may cut a stance short. A screen
reader reads one cell at a time, so each cell's accessible text says whose
position it is, on which issue, and the whole stance; the description adds
what a sighted user gets from the tooltip and the marks (figure, change,
summary, reports).
"""

from __future__ import annotations

from core.compare.comparison import Cell, Row
from core.domain.labels import CHANGED_MARK, NEW_MARK, change_mark, stance_text, status_label
from core.domain.records import Track

CHANGE_WORDS = {NEW_MARK: "New at this round", CHANGED_MARK: "Changed since the previous round"}


def _joined(*parts: str) -> str:
    return ". ".join(p.strip() for p in parts if p and p.strip())


def track_text(track: Track | None) -> tuple[str, str]:
    return f"Track: {track.name if track else 'No track'}", ""


def issue_text(row: Row) -> tuple[str, str]:
    return f"Issue: {row.issue.name}", _joined(row.issue.description, row.gap_text)


def party_text(row: Row, cell: Cell, reports: str) -> tuple[str, str]:
    """'Ukraine on Ceasefire: an immediate, much longer ceasefire', then figure, change, summary, reports."""
    position = cell.position
    name = f"{cell.party.name} on {row.issue.name}: {stance_text(position)}"
    change = CHANGE_WORDS.get(change_mark(cell.changed, cell.previous), "")
    summary = position.summary if position is not None else ""
    return name, _joined(cell.value_text, change, summary, reports)


def status_text(row: Row, party_names: dict[str, str]) -> tuple[str, str]:
    change = CHANGE_WORDS.get(change_mark(row.status_changed, row.previous_status), "")
    note = row.status.note if row.status else ""
    return f"Status of {row.issue.name}: {status_label(row.status, party_names)}", _joined(change, note)


def common_ground_text(row: Row) -> tuple[str, str]:
    text = row.status.common_ground if row.status and row.status.common_ground else "none recorded"
    return f"Common ground on {row.issue.name}: {text}", ""
