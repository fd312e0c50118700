"""The open workspace as the window edits it: store, snapshot, undo stack, one change signal.

Every edit is a ``ChangeSet`` pushed here; it runs as a ``StoreCommand`` on
the undo stack (one store transaction), the snapshot follows it, and
``changed`` says what it touched (a ``Changes``). Undo and redo say the same.
Switching or re-reading the workspace says ``workspace_replaced``. Views
(the table, the detail pane, the changes dock, dialogs) look at ``Changes``
and decide for themselves whether they care, as Anki's views do with
``OpChanges``; nothing calls them directly.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.compare.comparison import Snapshot
from core.edits.changes import ChangeSet
from core.edits.entry import EntryMemory
from core.store.workspace import Workspace

from gui.commands import StoreCommand
from gui.dialogs.record_fields import label_of
from gui.i18n import translate
from gui.read_only import refusal

# Tables whose rows sit inside one issue's comparison row: a change to them
# alters that row only. A change to any other table may move or rename rows.
ROW_TABLES = frozenset({"positions", "issue_status", "evidence"})


def not_saved(changes: ChangeSet) -> str:
    """A refused edit's title: "Edit position was not saved" (the change's own words come from core)."""
    return translate("Session", "{change} was not saved").format(change=changes.text)


def _frozen(rows: Mapping[str, set[str]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({table: frozenset(ids) for table, ids in rows.items()})


@dataclass(frozen=True)
class Changes:
    """What one edit (or its undo, or a switch of workspace) changed.

    ``rows`` maps each table written to the ids of its rows; ``issue_ids``
    are the issues whose comparison row those rows belong to (a position,
    a status or evidence); ``workspace_replaced`` means everything may
    differ (another workspace, or one re-read from disk).
    """

    rows: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    issue_ids: frozenset[str] = frozenset()
    workspace_replaced: bool = False
    text: str = ""

    @classmethod
    def of(cls, changes: ChangeSet, issue_ids: set[str]) -> Changes:
        return cls(_frozen(changes.row_ids()), frozenset(issue_ids), False, changes.text)

    @classmethod
    def replaced(cls) -> Changes:
        return cls(workspace_replaced=True)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, *tables: str) -> bool:
        """True if any of ``tables`` changed (always, when the workspace was replaced)."""
        return self.workspace_replaced or any(table in self.rows for table in tables)

    def only_rows(self) -> bool:
        """True if only rows inside issues changed: a table can update those rows alone."""
        return not self.workspace_replaced and bool(self.rows) and self.tables <= ROW_TABLES


COLLECTOR_THRESHOLDS = (50_000, 20, 20)  # the cycle collector's generations, once a workspace is read (_load_snapshot)


class Session(QObject):
    """Owns the open workspace, its snapshot and the undo stack; every change goes through ``push``."""

    changed = Signal(object)  # a Changes
    message = Signal(str, int)  # a status-bar line and how long to show it (ms)

    def __init__(self, workspace: Workspace, report_error: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self.workspace: Workspace | None = workspace
        self.report_error = report_error
        self.snapshot = self._load_snapshot()
        self.undo_stack = QUndoStack(self)
        self.data_version = 0  # counts changes to what the window shows, for the detail pane
        self.entry_memory = EntryMemory()  # the report, round and date of the last position entered by hand
        self._refused = False
        self.busy = ""  # names a job that writes to or replaces the workspace while it runs

    # -- edits --------------------------------------------------------
    def push(self, changes: ChangeSet) -> bool:
        """Apply ``changes`` as one undoable command; False if the store refused it."""
        if not changes.changes:
            return True
        if self.busy:  # a worker is writing to (or replacing) the workspace: gui.workers
            self.report_error(not_saved(changes),
                              translate("Session", "{job} is running; try again when it has finished.").format(
                                  job=self.busy))
            return False
        if self.workspace.read_only:
            self.report_error(not_saved(changes), refusal(self.workspace))
            return False
        self._refused = False
        self.undo_stack.push(StoreCommand(self, changes))
        return not self._refused

    def refused(self, title: str, text: str) -> None:
        """The store refused a command (StoreCommand calls this)."""
        self._refused = True
        self.report_error(title, text)

    def applied(self, changes: ChangeSet) -> None:
        """A command (or its undo) reached the store: follow it, then say what changed."""
        self.data_version += 1
        issue_ids = self.snapshot.touched_issue_ids(changes)
        self.snapshot = self.snapshot.follow(self.workspace, changes)
        self.changed.emit(Changes.of(changes, issue_ids))
        self.message.emit(translate("Session", "Saved: {change}").format(change=changes.text), 4000)

    # -- whole workspaces ---------------------------------------------
    def _load_snapshot(self) -> Snapshot:
        """Read the workspace (its small tables, and each position as integers: ``Snapshot``), then
        exempt what was read from the cyclic garbage collector.

        A large workspace is still some hundred thousand long-lived objects
        (statuses, timelines); without the freeze every full collection walks
        them all and a round switch that happens to trigger one stalls.

        A round switch makes some 10,000 short-lived objects (rows, cells,
        the changes list's entries), freed by reference counting; at the
        default threshold of 700 allocations the cycle collector ran 40 times
        in one switch, and a full collection among them took 40–90 ms (the
        benchmark's slowest switches). ``COLLECTOR_THRESHOLDS`` lets it run
        every 50,000 allocations instead.
        """
        snapshot = Snapshot(self.workspace)
        gc.collect()
        gc.freeze()
        gc.set_threshold(*COLLECTOR_THRESHOLDS)
        return snapshot

    def reload(self) -> None:
        """Re-read the workspace (after a change made outside the session's own edits)."""
        self.data_version += 1
        self.snapshot = self._load_snapshot()
        self.changed.emit(Changes.replaced())

    def replace(self, workspace: Workspace) -> None:
        """Show another workspace: the current one is committed and closed, the undo history cleared."""
        self.close()
        self.workspace = workspace
        self.undo_stack.clear()
        self.entry_memory = EntryMemory()
        self.reload()

    def close(self) -> None:
        """Commit and close the store (before Qt tears down: PySide6 can crash at exit)."""
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    # -- what the edit forms choose from --------------------------------
    def choice_list(self, name: str) -> list[tuple]:
        """Options for reference fields: '—' (none) first, then the records by name."""
        records = {
            "parties": self.snapshot.parties,
            "tracks": self.snapshot.tracks,
            "people": list(self.snapshot.people.values()),
            "outlets": list(self.snapshot.outlets.values()),
            "reports": list(self.snapshot.reports.values()),
        }[name]
        return [(None, "—"), *((r.id, label_of(r)) for r in records)]

    def party_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.snapshot.parties}

    @staticmethod
    def today() -> str:
        return date.today().isoformat()
