"""The built-in table of states: a party for "Kyiv", "the Kremlin" or "Турция" on any workspace.

News names a government by its state, demonym, capital or seat ("Moscow
insists", "the White House said", "у Кремлі заявили"). An analyst's
workspace may not list those names yet, or not list the party at all (an
empty workspace), and then "the Kremlin" would look like a person's name.
``resources/reading/states.json`` lists some thirty states (and the EU) that
appear in negotiation news with those names in English, Ukrainian and
Russian; one form per Cyrillic word is enough, the matcher reads inflected
forms (names.py).

How it meets the workspace (``with_states``), the workspace always first:

- a state one of whose names is a workspace party's name, short name or
  alias *is* that party: the party keeps its own name and gains the state's
  other names ("Russian Federation" gains "Kremlin", "Москва");
- a name that some workspace party lists belongs to that party only (the
  analyst's aliases override the table);
- any other state is added after the workspace's parties, under its English
  name, and is marked as a party the workspace does not have (proposed as a
  new party).

A file that cannot be read or has the wrong shape gives no table (the engine
still reads with the workspace's own names); it ships with Parley, so that
is a packaging fault, not something a user can cause.
"""

from __future__ import annotations

import json
from functools import lru_cache

from core.resources import resource

from .model import KnownParty
from .names import fold

TABLE = ("reading", "states.json")
LANGUAGES = ("en", "uk", "ru")


@lru_cache(maxsize=1)
def states() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(English name, every name in every language) per state, from the shipped table."""
    try:
        data = json.loads(resource(*TABLE).read_text(encoding="utf-8"))
        rows = data["states"]
    except (OSError, ValueError, KeyError, TypeError):
        return ()
    table = []
    for row in rows if isinstance(rows, list) else ():
        if not isinstance(row, dict) or not isinstance(row.get("party"), str) or not row["party"].strip():
            continue
        names = [row["party"]]
        for language in LANGUAGES:
            values = row.get(language)
            names += [v for v in values if isinstance(v, str) and v.strip()] if isinstance(values, list) else []
        table.append((row["party"].strip(), tuple(dict.fromkeys(n.strip() for n in names))))
    return tuple(table)


def key(name: str) -> str:
    """A name as compared here: folded, without a leading "the" ("the Kremlin" = "Kremlin")."""
    words = [fold(w) for w in name.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def with_states(parties) -> tuple[tuple[KnownParty, ...], frozenset[str]]:
    """The workspace's parties with the table's names merged in, then the states it lacks;
    and the names of those added states (the parties to propose as new). Worked out once per
    set of parties (aliases given as a list are taken as a tuple)."""
    return _with_states(tuple(KnownParty(p.name, tuple(p.aliases)) for p in parties))


@lru_cache(maxsize=16)
def _with_states(parties: tuple[KnownParty, ...]) -> tuple[tuple[KnownParty, ...], frozenset[str]]:
    claimed: dict[str, int] = {}  # a name's key → the workspace party (index) that lists it
    for n, party in enumerate(parties):
        for name in (party.name, *party.aliases):
            claimed.setdefault(key(name), n)
    extra: dict[int, list[str]] = {}
    added: list[KnownParty] = []
    taken: set[str] = set()  # names an earlier state of the table has
    for english, names in states():
        keys = [key(name) for name in names]
        owners = [claimed[k] for k in keys if k in claimed]
        free = [name for name, k in zip(names, keys) if k not in claimed and k not in taken]
        taken.update(keys)
        if owners:
            extra.setdefault(owners[0], []).extend(free)  # the workspace's own party for this state
        elif free:
            added.append(KnownParty(english, tuple(name for name in free if name != english)))
    merged = tuple(KnownParty(party.name, tuple(party.aliases) + tuple(extra.get(n, ())))
                   for n, party in enumerate(parties))
    return merged + tuple(added), frozenset(party.name for party in added)
