"""Every edit is one QUndoCommand over one store transaction."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoCommand

from core.edits.changes import ChangeSet
from core.store.workspace import WorkspaceError

from gui.i18n import translate


class StoreCommand(QUndoCommand):
    """Applies a ChangeSet on redo and reverts it on undo, then tells the session.

    A change the store refuses (a constraint, a locked file) marks the
    command obsolete, so the undo stack drops it, and the session reports why.
    ``session`` is a ``gui.session.Session`` (``workspace``, ``applied``, ``refused``).
    """

    def __init__(self, session, changes: ChangeSet):
        super().__init__(changes.text)
        self.session = session
        self.changes = changes

    def redo(self) -> None:
        try:
            self.changes.apply(self.session.workspace)
        except (sqlite3.Error, WorkspaceError) as exc:  # WorkspaceError: a large file failed its full check
            self.setObsolete(True)
            self.session.refused(translate("StoreCommand", "{change} was not saved").format(change=self.changes.text),
                                 translate("StoreCommand", "The workspace refused the change: {error}.").format(
                                     error=exc))
            return
        self.session.applied(self.changes)

    def undo(self) -> None:
        try:
            self.changes.revert(self.session.workspace)
        except (sqlite3.Error, WorkspaceError) as exc:
            self.session.refused(translate("StoreCommand", "Undo {change} failed").format(change=self.changes.text),
                                 translate("StoreCommand", "The workspace refused it: {error}.").format(error=exc))
            return
        self.session.applied(self.changes)
