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
from core.domain.hashing import content_hash
from core.domain.registry import REGISTRY, Registry
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
                _write(workspace, change.table, change.before, change.after)

    def revert(self, workspace: Workspace) -> None:
        with workspace.transaction():
            for change in reversed(self.changes):
                _write(workspace, change.table, change.after, change.before)


def _write(workspace: Workspace, table: str, before: dict | None, after: dict | None) -> None:
    db = workspace.db
    if before is None and after is not None:
        if not after.get("base_hash"):
            after["base_hash"] = content_hash(after)
        db[table].insert(after)
    elif after is None and before is not None:
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [before["id"]])
    elif before is not None and after is not None:
        values = {k: v for k, v in after.items() if k != "id"}
        db[table].update(after["id"], values)


def insertion(record: Record, text: str | None = None, registry: Registry = REGISTRY) -> ChangeSet:
    table = registry.of(record)
    return ChangeSet(text or f"Add {table.noun}", [RowChange(table.name, None, row_of(record))])


def modification(before: Record, after: Record, text: str | None = None,
                 registry: Registry = REGISTRY) -> ChangeSet:
    table = registry.of(after)
    return ChangeSet(text or f"Edit {table.noun}", [RowChange(table.name, row_of(before), row_of(after))])


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
    references = _references(workspace)
    changes: list[RowChange] = []
    seen: set[tuple[str, str]] = set()

    def visit(table: str, row: dict) -> None:
        if (table, row["id"]) in seen:
            return
        seen.add((table, row["id"]))
        for child, column, action in references.get(table, []):
            rows = list(workspace.db[child].rows_where(f"[{column}] = ?", [row["id"]]))
            for child_row in rows:
                if action == "CASCADE":
                    visit(child, child_row)
                elif action == "SET NULL" and (child, child_row["id"]) not in seen:
                    changes.append(RowChange(child, child_row, {**child_row, column: None}))
        changes.append(RowChange(table, row, None))

    table = workspace.registry.of(record)
    current = next(workspace.db[table.name].rows_where("id = ?", [record.id]), None)
    if current is not None:
        visit(table.name, current)
    return ChangeSet(text or f"Delete {table.noun}", changes)


def _references(workspace: Workspace) -> dict[str, list[tuple[str, str, str]]]:
    """parent table -> [(child table, column, on-delete action)], read from the schema."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for child in workspace.registry.names():
        for fk in workspace.db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
            # (id, seq, table, from, to, on_update, on_delete, match)
            found.setdefault(fk[2], []).append((child, fk[3], fk[6]))
    return found
