"""Editing rules: what an edit at the round shown changes, what it may delete,
what a new record starts as, and how a reorder is saved.

Parley keeps the history of what each party said. Editing a cell at the
round shown therefore changes the record reported at that round if there is
one; otherwise it starts a new record at that round, prefilled from the
latest earlier one, and the earlier one stays as it was said. Only what is
recorded at the round shown can be deleted from there: a position carried
over from an earlier round belongs to that round.

These rules are the same whoever asks (the position, status and records
dialogs, the table's Delete, a test), so they live here, Qt-free, and the
dialogs only collect input, show the heading or verdict a rule returns and
push its ChangeSet.

They take plain records, not the comparison's rows and cells: ``core.edits``
sits below ``core.compare`` (see the import-linter layers in pyproject.toml).
What the status rule reads of a snapshot is spelled out in ``History``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from core.domain.labels import source_name, stance_text
from core.domain.records import Citation, Evidence, Issue, IssueStatus, Party, Position, Record, Report, Round, new_id
from core.domain.registry import REGISTRY, Registry
from core.edits.changes import ChangeSet, RowChange, insertion, modification, modifications
from core.i18n import translate
from core.store.workspace import row_of

EvidenceKey = tuple[str | None, str | None]  # (position id, report id): one of the two is None


@dataclass(frozen=True)
class Draft:
    """The record an edit at the round shown starts from, and how to say so.

    ``is_new`` is True when saving inserts ``record`` (a new position or
    status at this round) rather than changing the one already there.
    """

    record: Record
    is_new: bool
    heading: str  # the sentence above the form: whose record, at which round, started from what
    change_text: str  # the undo stack's name for the save

    def changes(self, edited: Record, extra: Sequence[RowChange] = ()) -> ChangeSet:
        """The ChangeSet that saves ``edited`` (with ``extra`` rows); empty when nothing changed."""
        if edited == self.record and not self.is_new and not extra:
            return ChangeSet(self.change_text)
        changes = insertion(edited) if self.is_new else modification(self.record, edited)
        changes.changes.extend(extra)
        changes.text = self.change_text
        return changes


def recorded_at(shown: Round, record: Record | None, record_round: Round | None) -> bool:
    """True when ``record`` (as it stood at ``shown``) was reported at ``shown`` itself."""
    return record is not None and record_round is not None and record_round.id == shown.id


# -- positions ---------------------------------------------------------------
def position_at_round(shown: Round, issue: Issue, party: Party, latest: Position | None,
                      latest_round: Round | None) -> Draft:
    """What editing ``party``'s cell on ``issue`` at ``shown`` edits.

    ``latest`` is the party's position as it stood at ``shown`` (None if it
    has none yet) and ``latest_round`` the round it was reported at. A first
    position is a stated one. Its citations are rows of their own, added with it.
    """
    if recorded_at(shown, latest, latest_round):
        heading = translate("EditRules", "{party} on “{issue}”, as reported at {round} ({date}).").format(
            party=party.name, issue=issue.name, round=shown.name, date=shown.date)
        return Draft(latest, False, heading, translate("EditRules", "Edit {party}'s position on {issue}").format(
            party=party.name, issue=issue.name))
    base = latest or Position()
    record = replace(base, id=new_id(), base_hash="", issue_id=issue.id, party_id=party.id, round_id=shown.id)
    if latest is None:
        record = replace(record, stated=True)
    if latest is not None:
        heading = translate("EditRules", "New position of {party} on “{issue}” at {round} ({date}), starting from "
                                         "what was said at {earlier}.").format(
            party=party.name, issue=issue.name, round=shown.name, date=shown.date, earlier=latest_round.name)
    else:
        heading = translate("EditRules", "New position of {party} on “{issue}” at {round} ({date}).").format(
            party=party.name, issue=issue.name, round=shown.name, date=shown.date)
    return Draft(record, True, heading, translate("EditRules", "Record {party}'s position on {issue}").format(
        party=party.name, issue=issue.name))


# -- statuses and their evidence --------------------------------------------
class History(Protocol):
    """What the status rule reads of a workspace's history (``core.compare.Snapshot`` has it)."""

    parties: list[Party]
    rounds: list[Round]
    reports: Mapping[str, Report]
    evidence_by_status: Mapping[str, list[Evidence]]
    citations_by_status: Mapping[str, list[Citation]]

    def value_history(self, issue_id: str, party_id: str) -> list[tuple[Round, Position]]: ...


@dataclass(frozen=True)
class EvidenceChoice:
    """One line of the status dialog's evidence list."""

    key: EvidenceKey
    text: str
    ticked: bool


@dataclass(frozen=True)
class StatusDraft(Draft):
    """A status draft, with the evidence it has now and the evidence it may cite."""

    old_evidence: tuple[Evidence | Citation, ...] = ()  # the rows saved for ``record`` (none for a new status)
    choices: tuple[EvidenceChoice, ...] = ()
    inherited: tuple[Evidence | Citation, ...] = ()  # what a new status copies its citations' passages from

    def evidence_changes(self, status_id: str, ticked: Iterable[EvidenceKey]) -> list[RowChange]:
        """Evidence and citation rows to add and remove so that they match the ticks."""
        return evidence_diff(status_id, self.old_evidence, ticked, self.inherited)

    def changes_with_evidence(self, edited: IssueStatus, ticked: Iterable[EvidenceKey]) -> ChangeSet:
        return self.changes(edited, self.evidence_changes(edited.id, ticked))


def status_at_round(shown: Round, issue: Issue, latest: IssueStatus | None, latest_round: Round | None,
                    history: History) -> StatusDraft:
    """What editing ``issue``'s status at ``shown`` edits, and the evidence it can tick.

    A new status starts from the latest earlier one (or 'open') and ticks
    the evidence that one cited; the new status has no evidence rows yet, so
    saving inserts one for each tick.
    """
    if recorded_at(shown, latest, latest_round):
        record, is_new = latest, False
        heading = translate("EditRules", "Status of “{issue}” at {round} ({date}).").format(
            issue=issue.name, round=shown.name, date=shown.date)
    else:
        base = latest or IssueStatus(status="open")
        record, is_new = replace(base, id=new_id(), base_hash="", issue_id=issue.id, round_id=shown.id), True
        heading = translate("EditRules", "New status of “{issue}” at {round} ({date}).").format(
            issue=issue.name, round=shown.name, date=shown.date)
    def support(status_id: str) -> tuple[Evidence | Citation, ...]:
        return (*history.evidence_by_status.get(status_id, []), *history.citations_by_status.get(status_id, []))

    old = () if is_new else support(record.id)
    inherited = support(latest.id) if is_new and latest is not None else old
    ticked = {evidence_key(e) for e in inherited}
    text = (translate("EditRules", "Set status of {issue}") if is_new
            else translate("EditRules", "Edit status of {issue}")).format(issue=issue.name)
    return StatusDraft(record, is_new, heading, text,
                       old_evidence=old, choices=tuple(evidence_choices(shown, issue, history, ticked)),
                       inherited=inherited)


def evidence_key(item: Evidence | Citation) -> EvidenceKey:
    """A position the status rests on, or a report it cites."""
    return (item.position_id, None) if isinstance(item, Evidence) else (None, item.report_id)


def evidence_choices(shown: Round, issue: Issue, history: History,
                     ticked: set[EvidenceKey]) -> list[EvidenceChoice]:
    """Every position on ``issue`` up to ``shown`` (party by party, round by round), then every report."""
    order = {r.id: n for n, r in enumerate(history.rounds)}
    last = order[shown.id]
    found = []
    for party in history.parties:
        for round_, position in history.value_history(issue.id, party.id):
            if order[round_.id] > last:
                continue
            stance = stance_text(position)
            key = (position.id, None)
            line = translate("EditRules", "{party} at {round}: {stance}").format(
                party=party.name, round=round_.name, stance=stance)
            found.append(EvidenceChoice(key, line, key in ticked))
    for report in history.reports.values():
        key = (None, report.id)
        line = translate("EditRules", "Report: {source}").format(source=source_name(report))
        found.append(EvidenceChoice(key, line, key in ticked))
    return found


def evidence_diff(status_id: str, old: Iterable[Evidence | Citation], ticked: Iterable[EvidenceKey],
                  inherited: Iterable[Evidence | Citation] = ()) -> list[RowChange]:
    """Rows to delete (saved but no longer ticked), then rows to insert (ticked, not yet saved).

    A ticked position becomes an evidence row, a ticked report a citation of
    the status; a new status's citation keeps the passage of the one it
    inherits.
    """
    ticked = set(ticked)
    saved = {evidence_key(e): e for e in old}
    passages = {evidence_key(c): c for c in inherited if isinstance(c, Citation)}
    changes = [RowChange(_table_of(e), row_of(e), None) for key, e in saved.items() if key not in ticked]
    for position_id, report_id in sorted(ticked - set(saved), key=lambda k: (k[0] or "", k[1] or "")):
        if position_id is not None:
            item: Evidence | Citation = Evidence(status_id=status_id, position_id=position_id)
        else:
            template = passages.get((None, report_id))
            item = replace(template, id=new_id(), base_hash="", status_id=status_id) if template \
                else Citation(report_id=report_id, status_id=status_id)
        changes.append(RowChange(_table_of(item), None, row_of(item)))
    return changes


def _table_of(item: Evidence | Citation) -> str:
    return "evidence" if isinstance(item, Evidence) else "citations"


# -- deleting ----------------------------------------------------------------
@dataclass(frozen=True)
class Deletable:
    """The record a Delete at the round shown removes, or why there is none.

    ``text`` names the deletion on the undo stack when ``record`` is set,
    and otherwise says why nothing can be deleted.
    """

    record: Record | None
    text: str


def position_to_delete(shown: Round, issue: Issue, party: Party, latest: Position | None,
                       latest_round: Round | None) -> Deletable:
    if recorded_at(shown, latest, latest_round):
        return Deletable(latest, translate("EditRules", "Delete {party}'s position on {issue} at {round}").format(
            party=party.name, issue=issue.name, round=shown.name))
    return nothing_to_delete(shown)


def status_to_delete(shown: Round, issue: Issue, latest: IssueStatus | None,
                     latest_round: Round | None) -> Deletable:
    if recorded_at(shown, latest, latest_round):
        return Deletable(latest, translate("EditRules", "Delete status of {issue} at {round}").format(
            issue=issue.name, round=shown.name))
    return nothing_to_delete(shown)


def nothing_to_delete(shown: Round) -> Deletable:
    return Deletable(None, translate("EditRules", "Nothing recorded at {round} in this cell to delete.").format(
        round=shown.name))


# -- new records and their order ----------------------------------------------
def new_record(cls: type[Record], today: str, selected: Record | None = None, count: int = 0,
               registry: Registry = REGISTRY) -> Record:
    """What the records dialog's New adds: a record the user then renames in the form.

    Its name (a source's title) is "New <noun>"; a round is dated ``today``
    (YYYY-MM-DD); an issue goes into the track of the ``selected`` issue and
    after the ``count`` issues there are.
    """
    record = cls()
    placeholder = f"New {registry.of(cls).noun}"
    if isinstance(record, Round):
        record = replace(record, name=placeholder, date=today)
    elif hasattr(record, "name"):
        record = replace(record, name=placeholder)
    elif hasattr(record, "title"):
        record = replace(record, title=placeholder)
    if isinstance(record, Issue):
        record = replace(record, track_id=getattr(selected, "track_id", None), sort_order=count)
    return record


def reorder(records: Sequence[Record], text: str) -> ChangeSet:
    """Number ``records`` 0, 1, 2... in the order given, as one undoable step (unchanged ones left out)."""
    return modifications([(r, replace(r, sort_order=n)) for n, r in enumerate(records)], text)
