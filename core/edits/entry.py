"""Rules that make entering a position by hand quicker, Qt-free.

Entering a round from reports means the same report, round and date over and
over, and speakers who belong to the position's party. So:

- :class:`EntryMemory` keeps the report, round and date of the last entry for
  the session; the next position at the same round starts from them, and
  "stated on" otherwise defaults to the round's date (:func:`default_stated_on`);
- :func:`speaker_choices` lists the party's own people first, and
  :func:`speaker_warning` says in one line when the chosen speaker belongs to
  another party;
- :func:`first_citation` turns the dialog's Report, passage and credibility
  into the position's first citation (the single "source" field of old),
  finding the passage's offsets in the report's stored text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from core.domain.records import Citation, Party, Person, Position, Round
from core.edits.changes import RowChange
from core.i18n import translate
from core.store.workspace import row_of


@dataclass(frozen=True)
class EntryMemory:
    """The last position entered by hand in this session: its report, round and date."""

    report_id: str | None = None
    round_id: str | None = None
    stated_on: str | None = None

    def after(self, position: Position, report_id: str | None) -> EntryMemory:
        """What the next entry starts from, once ``position`` was saved citing ``report_id``."""
        return EntryMemory(report_id or self.report_id, position.round_id, position.stated_on or self.stated_on)


def default_stated_on(shown: Round, memory: EntryMemory | None) -> str:
    """The date the last entry gave, if it was at this round; otherwise the round's own date."""
    if memory is not None and memory.round_id == shown.id and memory.stated_on:
        return memory.stated_on
    return shown.date or ""


def default_report(memory: EntryMemory | None, reports: Mapping[str, object]) -> str | None:
    """The report of the last entry, while it still exists."""
    if memory is not None and memory.report_id in reports:
        return memory.report_id
    return None


def speaker_choices(people: Iterable[Person], party: Party, parties: Mapping[str, str]) -> list[tuple[str | None, str]]:
    """'—' first, then the party's own people, then everyone else with their party named."""
    own = sorted((p for p in people if p.party_id == party.id), key=lambda p: p.name.casefold())
    others = sorted((p for p in people if p.party_id != party.id), key=lambda p: p.name.casefold())
    return [(None, "—"), *((p.id, p.name) for p in own),
            *((p.id, f"{p.name} ({parties[p.party_id]})" if p.party_id in parties else p.name) for p in others)]


def speaker_warning(person: Person | None, party: Party, parties: Mapping[str, str]) -> str:
    """One line when the speaker speaks for another party; '' when they do not."""
    if person is None or person.party_id in (None, party.id):
        return ""
    other = parties.get(person.party_id)
    other = other if other is not None else translate("Entry", "another party")
    return translate("Entry", "{person} speaks for {other}, not {party}.").format(
        person=person.name, other=other, party=party.name)


def first_citation(position: Position, old: Citation | None, report_id: str | None, passage: str,
                   credibility: int, report_text: str) -> tuple[list[RowChange], list[str]]:
    """The rows that make the dialog's Report/passage/credibility the position's first citation.

    No report: the old first citation (if any) is removed. A passage must be
    the report's text verbatim (its first occurrence is cited; offsets are
    kept with it); an empty one cites the report as a whole.
    """
    passage = (passage or "").strip()
    if not report_id:
        return ([RowChange("citations", row_of(old), None)] if old is not None else []), []
    start = end = 0
    if passage:
        found = report_text.find(passage)
        if found < 0:
            return [], [translate("Entry", "The passage is not in the report's text word for word; "
                                           "paste it from the report.")]
        start, end = found, found + len(passage)
    base = old if old is not None else Citation(position_id=position.id, sort_order=0)
    after = replace(base, report_id=report_id, position_id=position.id, passage_start=start, passage_end=end,
                    passage=passage, credibility=credibility)
    if old is None:
        return [RowChange("citations", None, row_of(after))], []
    if after == old:
        return [], []
    return [RowChange("citations", row_of(old), row_of(after))], []
