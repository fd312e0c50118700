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
def states() -> tuple[tuple[str, tuple[tuple[str, frozenset[str]], ...]], ...]:
    """(English name, its names as (name, the languages listing it)) per state, from the shipped table."""
    try:
        data = json.loads(resource(*TABLE).read_text(encoding="utf-8"))
        rows = data["states"]
    except (OSError, ValueError, KeyError, TypeError):
        return ()
    table = []
    for row in rows if isinstance(rows, list) else ():
        if not isinstance(row, dict) or not isinstance(row.get("party"), str) or not row["party"].strip():
            continue
        names: dict[str, set[str]] = {row["party"].strip(): {"en"}}
        for language in LANGUAGES:
            values = row.get(language)
            for value in values if isinstance(values, list) else ():
                if isinstance(value, str) and value.strip():
                    names.setdefault(value.strip(), set()).add(language)  # "Москва": Ukrainian and Russian
        table.append((row["party"].strip(), tuple((name, frozenset(found)) for name, found in names.items())))
    return tuple(table)


def key(name: str) -> str:
    """A name as compared here: folded, without a leading "the" ("the Kremlin" = "Kremlin")."""
    words = [fold(w) for w in name.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def with_states(parties, language: str | None = None) -> tuple[tuple[KnownParty, ...], frozenset[str]]:
    """The workspace's parties with the table's names merged in, then the states it lacks;
    and the names of those added states (the parties to propose as new).

    Only the table's names in English and in the report's language are added (a
    Russian report writes "Киев", not "Київ"; fewer names to try, and no Ukrainian
    word parsed by the Russian dictionary); all of them decide which workspace party
    a state is. Worked out once per set of parties and language (aliases given as a
    list are taken as a tuple).
    """
    return _with_states(tuple(KnownParty(p.name, tuple(p.aliases)) for p in parties), language)


@lru_cache(maxsize=16)
def _with_states(parties: tuple[KnownParty, ...], language: str | None) -> tuple[tuple[KnownParty, ...], frozenset[str]]:
    wanted = ("en", language) if language in LANGUAGES else LANGUAGES
    claimed: dict[str, int] = {}  # a name's key → the workspace party (index) that lists it
    for n, party in enumerate(parties):
        for name in (party.name, *party.aliases):
            claimed.setdefault(key(name), n)
    extra: dict[int, list[str]] = {}
    added: list[KnownParty] = []
    taken: set[str] = set()  # names an earlier state of the table has
    for english, named in states():
        names = [name for name, _language in named]
        keys = [key(name) for name in names]
        owners = [claimed[k] for k in keys if k in claimed]
        free = [name for (name, languages), k in zip(named, keys)
                if k not in claimed and k not in taken and languages & set(wanted)]
        taken.update(keys)
        if owners:
            extra.setdefault(owners[0], []).extend(free)  # the workspace's own party for this state
        elif free:
            added.append(KnownParty(english, tuple(name for name in free if name != english)))
    merged = tuple(KnownParty(party.name, tuple(party.aliases) + tuple(extra.get(n, ())))
                   for n, party in enumerate(parties))
    return merged + tuple(added), frozenset(party.name for party in added)
