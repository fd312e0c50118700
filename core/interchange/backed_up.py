"""A merge or an import into an open workspace, with a backup first.

Both change many rows at once, so both copy the workspace to the backups
folder before anything is written (``parley restore`` lists the copies).
The command line and the window call these same functions: the command
line applies the merge's ChangeSet directly, the window pushes it on its
undo stack, so Edit → Undo takes the whole merge back as well.

An import into a new workspace (the window's File → Import, ``parley
import --new``) needs no backup: it creates the file, whole or not at all
(``json_document.import_new_workspace``).
"""

from __future__ import annotations

from pathlib import Path

from core.edits.changes import ChangeSet
from core.interchange.json_document import ensure_empty, import_document
from core.i18n import translate
from core.interchange.merge import MergePlan
from core.store.backups import backup
from core.store.workspace import Workspace, WorkspaceError


def merge_with_backup(workspace: Workspace, plan: MergePlan, resolutions: list[str] | str,
                      text: str) -> tuple[Path, ChangeSet]:
    """Back ``workspace`` up, and return the copy's path and the merge to apply.

    The ChangeSet is built and checked first, so resolutions it refuses
    (ValueError) and a merge that would put two rows in one place
    (WorkspaceError, in words) leave no backup behind: a merge that changes
    nothing makes no backup, so failed attempts never rotate real backups
    away. A backup that fails (OSError) means nothing may be merged.
    """
    changes = merge_changes(plan, resolutions, text)
    return backup(workspace, "before-merge"), changes


def merge_changes(plan: MergePlan, resolutions: list[str] | str, text: str) -> ChangeSet:
    """The merge's ChangeSet, checked, before any backup: ``merge_with_backup`` without the copy.

    For the window, which makes the copy in a worker (on a connection of
    its own, ``store.backups.backup_connection``) and then applies this.
    """
    changes = plan.changes(resolutions, text)
    collisions = plan.collisions(resolutions)
    if collisions:
        more = translate("Merge", " (and {count} more)").format(count=len(collisions) - 1) if len(collisions) > 1 else ""
        raise WorkspaceError(translate("Merge", "this merge would leave {collision}{more}, as the other side moved a row "
                                                "into a place this workspace still fills; nothing was merged").format(
            collision=collisions[0], more=more))
    return changes


def import_with_backup(workspace: Workspace, document: dict,
                       new_workspace: str = "a new workspace") -> tuple[Path, int]:
    """Import a checked ``document`` into the empty ``workspace`` after backing it up.

    Returns the backup's path and the number of records imported. A
    workspace that holds records is refused before any backup is written;
    ``new_workspace`` names, in that refusal, where to import instead.
    """
    ensure_empty(workspace, new_workspace)
    saved = backup(workspace, "before-import")
    return saved, import_document(workspace, document)
