"""Merging a colleague's workspace (or JSON export) into this one, by ids.

Each row present on both sides is decided three ways with the rows' base
hashes (their content when the copies parted): equal content needs nothing;
if my row is still what theirs started from, theirs is taken; if theirs is
still what mine started from, mine is kept; otherwise both changed it and it
is a conflict for the user (theirs, mine, or keep both). Rows only they have
are added. Rows only I have are kept: a merge never deletes, so no row is
lost (a row one side deleted comes back from the other).

The whole merge is one ``ChangeSet``: one transaction, and one step to undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.domain.hashing import content_hash
from core.domain.records import new_id
from core.domain.registry import REGISTRY, Registry
from core.edits.changes import ChangeSet, RowChange
from core.i18n import interface_translated, translate
from core.store.documents import export_document
from core.store.workspace import Workspace, row_of

RESOLUTIONS = ("theirs", "mine", "both")


def normal_row(table: str, row: dict, registry: Registry = REGISTRY) -> dict:
    """A row as this Parley stores it (booleans as 0/1, every field present, a base hash)."""
    normal = row_of(registry.table(table).record.from_row(row))
    if not normal.get("base_hash"):
        normal["base_hash"] = content_hash(normal)
    return normal


@dataclass
class Conflict:
    table: str
    label: str
    mine: dict
    theirs: dict
    fields: list[str]
    can_keep_both: bool
    same_cell: bool = False  # both added a row for one (issue, party, round) or (issue, round)


@dataclass
class MergePlan:
    added: list[tuple[str, dict]] = field(default_factory=list)
    taken: list[tuple[str, dict, dict]] = field(default_factory=list)  # (table, mine, theirs)
    kept_mine: list[tuple[str, dict]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    registry: Registry = REGISTRY
    mine_rows: dict[str, dict[str, dict]] = field(default_factory=dict)  # tables with a unique rule: id -> row
    label: Labeller | None = None

    def summary(self) -> str:
        if interface_translated():  # the window's language: "label: count" needs no plural forms
            return translate("Merge", "added: {added}, taken from theirs: {taken}, kept as mine: {kept}, "
                                      "changed on both sides: {conflicts}").format(
                added=len(self.added), taken=len(self.taken), kept=len(self.kept_mine), conflicts=len(self.conflicts))

        def rows(n: int) -> str:
            return f"{n} row{'' if n == 1 else 's'}"

        return (f"{rows(len(self.added))} added, {rows(len(self.taken))} taken from theirs, "
                f"{rows(len(self.kept_mine))} kept as mine, {rows(len(self.conflicts))} changed on both sides")

    def changes(self, resolutions: list[str] | str, text: str = "Merge") -> ChangeSet:
        """The ChangeSet for this plan with each conflict resolved ('theirs', 'mine' or 'both')."""
        if isinstance(resolutions, str):
            resolutions = [resolutions] * len(self.conflicts)
        if len(resolutions) != len(self.conflicts):
            raise ValueError("one resolution per conflict")
        id_map: dict[str, str] = {}  # their id -> my id, where their row became (or yields to) mine
        updates: list[RowChange] = [RowChange(t, m, _taken(m, th)) for t, m, th in self.taken]
        extra_inserts: list[tuple[str, dict]] = []
        for conflict, choice in zip(self.conflicts, resolutions):
            if choice not in RESOLUTIONS:
                raise ValueError(f"unknown resolution {choice!r}")
            if choice == "both" and not conflict.can_keep_both:
                choice = "mine"
            if conflict.same_cell:
                id_map[conflict.theirs["id"]] = conflict.mine["id"]
            if choice == "theirs":
                updates.append(RowChange(conflict.table, conflict.mine, _taken(conflict.mine, conflict.theirs)))
            elif choice == "both":
                copy = dict(conflict.theirs, id=new_id())
                copy["base_hash"] = content_hash(copy)
                extra_inserts.append((conflict.table, copy))
        changes: list[RowChange] = []
        skipped = set(id_map)
        for table in self.registry.names():
            for row_table, row in self.added:
                if row_table == table and row["id"] not in skipped:
                    changes.append(RowChange(table, None, self._remap(table, row, id_map)))
            for row_table, row in extra_inserts:
                if row_table == table:
                    changes.append(RowChange(table, None, self._remap(table, row, id_map)))
        changes.extend(RowChange(c.table, c.before, self._remap(c.table, c.after, id_map)) for c in updates)
        return ChangeSet(text, changes)

    def collisions(self, resolutions: list[str] | str) -> list[str]:
        """The unique rules (one position per issue, party and round; one status per issue and round)
        that applying this plan with ``resolutions`` would break, each in words; [] when it applies.

        A merge never deletes, so a row they moved into a cell whose row they
        deleted meets my row still there. Found before anything is written
        (or backed up), instead of SQLite's "UNIQUE constraint failed".
        """
        after: dict[str, dict[str, dict]] = {t: dict(rows) for t, rows in self.mine_rows.items()}
        for change in self.changes(resolutions).changes:
            if change.table in after and change.after is not None:
                after[change.table][change.after["id"]] = change.after
        problems = []
        for table, rows in after.items():
            columns = self.registry.table(table).unique_together
            seen: set[tuple] = set()
            for row in rows.values():
                key = tuple(row.get(c) for c in columns)
                if key in seen:
                    noun = self.registry.table(table).noun
                    where = self.label(table, row) if self.label else row["id"]
                    problems.append(translate("Merge", "two {noun} rows for {where}").format(
                        noun=translate("Record", noun), where=where))
                seen.add(key)
        return problems

    def _remap(self, table: str, row: dict, id_map: dict[str, str]) -> dict:
        """Point a row's references at my ids where their row yielded to mine."""
        if not id_map:
            return row
        row = dict(row)
        for column, _target in self.registry.table(table).references:
            if row.get(column) in id_map:
                row[column] = id_map[row[column]]
        return row


def _taken(mine: dict, theirs: dict) -> dict:
    """Their content under my id, sharing their base so both copies agree on the ancestor."""
    return dict(theirs, id=mine["id"])


def _differing(mine: dict, theirs: dict) -> list[str]:
    return [k for k in mine if k not in ("id", "base_hash") and content_hash({k: mine[k]}) != content_hash({k: theirs.get(k)})]


class Labeller:
    """Names rows for people: 'Russia on Ceasefire at Round 3', not a UUID."""

    def __init__(self, *documents: dict, registry: Registry = REGISTRY):
        self.registry = registry
        self.names: dict[str, str] = {}
        for document in documents:
            for table in registry.names():
                for row in document.get(table, []):
                    name = row.get("name") or row.get("title") or row.get("outlet")
                    if name:
                        self.names.setdefault(row["id"], name)
                    if table == "rounds":
                        self.names.setdefault(row["id"], row.get("date", ""))

    def __call__(self, table: str, row: dict) -> str:
        name = self.names.get
        if table == "positions":
            return translate("Merge", "{party} on {issue} at {round}").format(
                party=name(row['party_id'], translate("Merge", "a party")),
                issue=name(row['issue_id'], translate("Merge", "an issue")),
                round=name(row['round_id'], translate("Merge", "a round")))
        if table == "issue_status":
            return translate("Merge", "Status of {issue} at {round}").format(
                issue=name(row['issue_id'], translate("Merge", "an issue")),
                round=name(row['round_id'], translate("Merge", "a round")))
        if table == "evidence":
            return translate("Merge", "Evidence for a status")
        noun = translate("Record", self.registry.table(table).noun)
        return f"{noun[:1].upper()}{noun[1:]}: {name(row['id'], row['id'])}"


def plan_merge(workspace: Workspace, theirs_document: dict) -> MergePlan:
    registry = workspace.registry
    mine_document = export_document(workspace)
    label = Labeller(mine_document, theirs_document, registry=registry)
    plan = MergePlan(registry=registry, label=label)
    for table in registry.names():
        mine = {r["id"]: normal_row(table, r, registry) for r in mine_document.get(table, [])}
        unique = registry.table(table).unique_together
        if unique:
            plan.mine_rows[table] = mine
        mine_keys = {tuple(r[c] for c in unique): r for r in mine.values()} if unique else {}
        for raw in theirs_document.get(table, []):
            theirs = normal_row(table, raw, registry)
            ours = mine.get(theirs["id"])
            if ours is None:
                clash = mine_keys.get(tuple(theirs[c] for c in unique)) if unique else None
                if clash is None:
                    plan.added.append((table, theirs))
                else:
                    plan.conflicts.append(Conflict(table, label(table, theirs), clash, theirs,
                                                   _differing(clash, theirs), can_keep_both=False, same_cell=True))
                continue
            hm, ht = content_hash(ours), content_hash(theirs)
            if hm == ht:
                continue
            if hm == theirs["base_hash"]:
                plan.taken.append((table, ours, theirs))
            elif ht == ours["base_hash"]:
                plan.kept_mine.append((table, ours))
            else:
                plan.conflicts.append(Conflict(table, label(table, ours), ours, theirs, _differing(ours, theirs),
                                               can_keep_both=not unique and table != "negotiation"))
    return plan
