"""What a screen reader says for each cell of the comparison table.

A cell on screen leans on what is around it (the column header names the
party, the row's first cell the issue) and may cut a stance short. A screen
reader reads one cell at a time, so each cell's accessible text says whose
position it is, on which issue, and the whole stance; the description adds
what a sighted user gets from the tooltip and the marks (figure, change,
summary, reports).

The change is told from the cell's own ``changed``/``previous`` rather than
from the mark's text, which core may give in the interface's language.
"""

from __future__ import annotations

from core.compare.comparison import Cell, Row
from core.domain.labels import stance_text, status_label
from core.domain.records import Track

from gui.i18n import translate


def change_words(changed: bool, previous: object | None) -> str:
    """'New at this round', 'Changed since the previous round', or '' for no change."""
    if not changed:
        return ""
    if previous is None:
        return translate("SpokenCell", "New at this round")
    return translate("SpokenCell", "Changed since the previous round")


def _joined(*parts: str) -> str:
    return ". ".join(p.strip() for p in parts if p and p.strip())


def track_text(track: Track | None) -> tuple[str, str]:
    name = track.name if track else translate("SpokenCell", "No track")
    return translate("SpokenCell", "Track: {track}").format(track=name), ""


def issue_text(row: Row) -> tuple[str, str]:
    return translate("SpokenCell", "Issue: {issue}").format(issue=row.issue.name), _joined(row.issue.description,
                                                                                          row.gap_text)


def party_text(row: Row, cell: Cell, reports: str) -> tuple[str, str]:
    """'Ukraine on Ceasefire: an immediate, much longer ceasefire', then figure, change, summary, reports."""
    position = cell.position
    name = translate("SpokenCell", "{party} on {issue}: {stance}").format(
        party=cell.party.name, issue=row.issue.name, stance=stance_text(position))
    change = change_words(cell.changed, cell.previous)
    summary = position.summary if position is not None else ""
    return name, _joined(cell.value_text, change, summary, reports)


def status_text(row: Row, party_names: dict[str, str]) -> tuple[str, str]:
    change = change_words(row.status_changed, row.previous_status)
    note = row.status.note if row.status else ""
    text = translate("SpokenCell", "Status of {issue}: {status}").format(issue=row.issue.name,
                                                                        status=status_label(row.status, party_names))
    return text, _joined(change, note)


def common_ground_text(row: Row) -> tuple[str, str]:
    if row.status and row.status.common_ground:
        text = row.status.common_ground
    else:
        text = translate("SpokenCell", "none recorded")
    return translate("SpokenCell", "Common ground on {issue}: {text}").format(issue=row.issue.name, text=text), ""
