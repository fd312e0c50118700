"""Edit an issue's status at the round shown, with the evidence behind it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from core.edits.changes import RowChange
from core.domain.records import Evidence, IssueStatus, new_id
from core.store.workspace import row_of

from gui.dialogs.position import RecordDialog


class StatusDialog(RecordDialog):
    def __init__(self, session, row, round_, parent=None):
        existing = row.status if row.status_round and row.status_round.id == round_.id else None
        if existing is not None:
            record, is_new = existing, False
            heading = f"Status of “{row.issue.name}” at {round_.name} ({round_.date})."
        else:
            base = row.status or IssueStatus(status="open")
            record = replace(base, id=new_id(), issue_id=row.issue.id, round_id=round_.id)
            is_new = True
            heading = f"New status of “{row.issue.name}” at {round_.name} ({round_.date})."
        super().__init__(session, record, is_new, "Issue status — Parley", heading, parent)
        self.issue_name = row.issue.name
        snapshot = session.snapshot
        self.old_evidence = list(snapshot.evidence_by_status.get(record.id, [])) if not is_new else []
        if is_new and row.status is not None:
            inherited = snapshot.evidence_by_status.get(row.status.id, [])
        else:
            inherited = self.old_evidence
        chosen = {(e.position_id, e.source_id) for e in inherited}
        label = QLabel("Evidence (tick the positions and sources behind this status):")
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        names = session.party_names()
        round_index = snapshot.round_index[round_.id]
        for party in snapshot.parties:
            for index, position in snapshot.history.get((row.issue.id, party.id), []):
                if index > round_index:
                    continue
                stance = position.stance if position.stated else "No stated position"
                text = f"{names[party.id]} at {snapshot.rounds[index].name}: {stance}"
                self._add_item(text, (position.id, None), (position.id, None) in chosen)
        for source in snapshot.sources.values():
            self._add_item(f"Source: {source.title or source.outlet}", (None, source.id), (None, source.id) in chosen)
        self.layout().insertWidget(2, label)
        self.layout().insertWidget(3, self.evidence)

    def _add_item(self, text: str, key: tuple, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.evidence.addItem(item)

    def extra_changes(self, record) -> list:
        """Evidence rows to add and remove so that they match the ticks."""
        ticked = {
            self.evidence.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.evidence.count())
            if self.evidence.item(n).checkState() == Qt.CheckState.Checked
        }
        old = {(e.position_id, e.source_id): e for e in self.old_evidence}
        changes = [RowChange("evidence", row_of(e), None) for key, e in old.items() if key not in ticked]
        for position_id, source_id in ticked - set(old):
            item = Evidence(status_id=record.id, position_id=position_id, source_id=source_id)
            changes.append(RowChange("evidence", None, row_of(item)))
        return changes

    def change_text(self) -> str:
        return f"{'Set' if self.is_new else 'Edit'} status of {self.issue_name}"
