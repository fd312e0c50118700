"""Editing the negotiation's title and description (printed at the head of every sheet).

A workspace has at most one negotiation row; one made before the title was
set may have none (``Workspace.negotiation`` then names it after the file).
Saving inserts the row in that case and changes it otherwise, as one
undoable ChangeSet, so the window's dialog only collects the two texts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.domain.records import Negotiation
from core.edits.changes import ChangeSet, insertion, modification
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.workspace import Workspace

CHANGE_TEXT = QT_TRANSLATE_NOOP("NegotiationEdit", "Edit negotiation title and description")
TITLE_LIMIT = 300  # a title heads every sheet on one or two lines; longer text belongs in the description


@dataclass(frozen=True)
class NegotiationEdit:
    """The ChangeSet that saves the edit (empty when nothing changed), or why it cannot be saved."""

    changes: ChangeSet
    problems: tuple[str, ...] = ()


def negotiation_edit(workspace: Workspace, title: str, description: str) -> NegotiationEdit:
    """What saving ``title`` and ``description`` changes; the title is required (it heads every sheet)."""
    title, description = (title or "").strip(), (description or "").strip()
    problems = []
    if not title:
        problems.append(translate("NegotiationEdit", "A title is required: it heads every sheet."))
    elif "\n" in title or len(title) > TITLE_LIMIT:
        problems.append(translate("NegotiationEdit", "The title must be one line of at most {limit} characters.").format(
            limit=TITLE_LIMIT))
    if problems:
        return NegotiationEdit(ChangeSet(translate("NegotiationEdit", CHANGE_TEXT)), tuple(problems))
    stored = next(iter(workspace.all(Negotiation)), None)
    if stored is None:
        return NegotiationEdit(insertion(Negotiation(title=title, description=description), translate("NegotiationEdit", CHANGE_TEXT)))
    edited = replace(stored, title=title, description=description)
    if edited == stored:
        return NegotiationEdit(ChangeSet(translate("NegotiationEdit", CHANGE_TEXT)))
    return NegotiationEdit(modification(stored, edited, translate("NegotiationEdit", CHANGE_TEXT)))
