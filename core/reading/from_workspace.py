"""The reading engine's view of a workspace: ``gazetteer_of(snapshot_or_workspace) -> Gazetteer``.

The engine is store-free (model.py): it knows only names. This maps what the
analyst already entered onto those names, reading nothing but what the
snapshot or workspace holds, so it never writes and works on a read-only
workspace (``parley read`` opens it so).

- **Parties**: the name, the short name ("UA") and the analyst's ``aliases``
  lines ("Kyiv", "the Ukrainian delegation", "Україна"; the issue-11 column,
  read with getattr so a workspace from before it works). The engine adds the
  built-in states table behind these (states.py): the workspace's own names
  come first and override it.
- **People**: the name, the party's name, the role, and the ``aliases`` lines
  ("Umierov", "Умєров").
- **Issues**: the name, the description, and as ``words`` the stances and
  quotes already filed under the issue (what the issue matcher scores on).
- **Rounds**: the name and date (a round without a date is still listed; the
  engine's date guess skips it).
"""

from __future__ import annotations

from core.compare.comparison import Snapshot
from core.store.workspace import Workspace

from .model import Gazetteer, KnownIssue, KnownParty, KnownPerson, KnownRound


def gazetteer_of(source: Snapshot | Workspace) -> Gazetteer:
    """The parties, people, issues and rounds of a snapshot or an open workspace, as the engine's names."""
    if isinstance(source, Snapshot):
        parties, people = source.parties, list(source.people.values())
        issues, rounds = source.issues, source.rounds
        positions = list(source.positions_by_id.values())
    else:
        parties, people = source.parties(), source.people()
        issues, rounds = source.issues(), source.rounds()
        positions = source.positions()
    party_names = {party.id: party.name for party in parties}
    words: dict[str, list[str]] = {}
    for position in positions:
        filed = words.setdefault(position.issue_id, [])
        for said in (position.stance, position.quote):
            said = (said or "").strip()
            if said and said not in filed:
                filed.append(said)
    return Gazetteer(
        parties=tuple(KnownParty(party.name, _aliases(party.name, party.short_name, getattr(party, "aliases", "")))
                      for party in parties if party.name.strip()),
        people=tuple(KnownPerson(person.name, party_names.get(person.party_id or ""), person.role or "",
                                 _aliases(person.name, "", getattr(person, "aliases", "")))
                     for person in people if person.name.strip()),
        issues=tuple(KnownIssue(issue.name, issue.description or "", tuple(words.get(issue.id, ())))
                     for issue in issues if issue.name.strip()),
        rounds=tuple(KnownRound(round_.name, round_.date or "") for round_ in rounds if round_.name.strip()),
    )


def _aliases(name: str, short_name: str, lines: object = "") -> tuple[str, ...]:
    """The short name, then the analyst's aliases (one a line; blank lines and the name itself skipped).

    ``aliases`` is the issue-11 column of parties and people; a record from
    before it has none (read with getattr), and anything but text is ignored.
    """
    found: list[str] = []
    candidates = [short_name or ""] + (lines.splitlines() if isinstance(lines, str) else [])
    for candidate in candidates:
        candidate = " ".join(candidate.split())
        if candidate and candidate.casefold() != name.strip().casefold() \
                and candidate.casefold() not in (f.casefold() for f in found):
            found.append(candidate)
    return tuple(found)
