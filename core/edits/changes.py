"""Edits as reversible change sets, applied in one transaction.

Every edit the window makes is a ``ChangeSet``: a list of row operations
that ``apply`` runs front to back and ``revert`` undoes back to front, each
inside one ``db.atomic()`` transaction. A deletion captures, before it runs,
every row the foreign keys would delete with it (``ON DELETE CASCADE``) or
clear (``ON DELETE SET NULL``), so undoing it restores all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.domain.records import Record
from core.domain.registry import REGISTRY, Registry
from core.i18n import translate
from core.store.workspace import Workspace, row_of


@dataclass(frozen=True)
class RowChange:
    table: str
    before: dict | None  # None: the row is inserted
    after: dict | None  # None: the row is deleted

    @property
    def row_id(self) -> str:
        return (self.after or self.before)["id"]


@dataclass
class ChangeSet:
    text: str
    changes: list[RowChange] = field(default_factory=list)

    def tables(self) -> set[str]:
        return {c.table for c in self.changes}

    def row_ids(self) -> dict[str, set[str]]:
        """table -> the ids of the rows this change set writes (the same for apply and revert)."""
        found: dict[str, set[str]] = {}
        for change in self.changes:
            found.setdefault(change.table, set()).add(change.row_id)
        return found

    def apply(self, workspace: Workspace) -> None:
        with workspace.transaction():
            for change in self.changes:
                workspace.write_row(change.table, change.before, change.after)

    def revert(self, workspace: Workspace) -> None:
        with workspace.transaction():
            for change in reversed(self.changes):
                workspace.write_row(change.table, change.after, change.before)


def insertion(record: Record, text: str | None = None, registry: Registry = REGISTRY) -> ChangeSet:
    table = registry.of(record)
    return ChangeSet(text or translate("Changes", "Add {noun}").format(noun=translate("Record", table.noun)), [RowChange(table.name, None, row_of(record))])


def modification(before: Record, after: Record, text: str | None = None,
                 registry: Registry = REGISTRY) -> ChangeSet:
    table = registry.of(after)
    return ChangeSet(text or translate("Changes", "Edit {noun}").format(noun=translate("Record", table.noun)), [RowChange(table.name, row_of(before), row_of(after))])


def modifications(pairs: list[tuple[Record, Record]], text: str, registry: Registry = REGISTRY) -> ChangeSet:
    """Several edits as one undoable step (a reorder, say); unchanged pairs are dropped."""
    changes = [
        RowChange(registry.of(after).name, row_of(before), row_of(after))
        for before, after in pairs
        if row_of(before) != row_of(after)
    ]
    return ChangeSet(text, changes)


def deletion(workspace: Workspace, record: Record, text: str | None = None) -> ChangeSet:
    """Delete ``record`` and capture everything its foreign keys touch, for undo."""
    references = workspace.on_delete_actions()
    changes: list[RowChange] = []
    seen: set[tuple[str, str]] = set()

    def visit(table: str, row: dict) -> None:
        if (table, row["id"]) in seen:
            return
        seen.add((table, row["id"]))
        for child, column, action in references.get(table, []):
            for child_row in workspace.rows_where(child, column, row["id"]):
                if action == "CASCADE":
                    visit(child, child_row)
                elif action == "SET NULL" and (child, child_row["id"]) not in seen:
                    changes.append(RowChange(child, child_row, {**child_row, column: None}))
        changes.append(RowChange(table, row, None))

    table = workspace.registry.of(record)
    current = next(iter(workspace.rows_where(table.name, "id", record.id)), None)
    if current is not None:
        visit(table.name, current)
    return ChangeSet(text or translate("Changes", "Delete {noun}").format(noun=translate("Record", table.noun)), changes)
