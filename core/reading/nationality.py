"""A new speaker's party when no country stands beside the name.

News names a country's own officials without the country far more often
than foreign ones: "уповноважений Верховної Ради Дмитро Лубінець",
"Президент Володимир Зеленський". Two pieces of general language knowledge
give the party then, and neither names a person, an outlet or a report:

- **national institutions**: an office "of the Verkhovna Rada", "of the State
  Duma", "of the NSDC" or "of the Office of the President" (Офіс/Офис
  президента, Ukraine's; Russia's is the Администрация) belongs to one nation by construction. The table maps
  an institution (as lemmas) to that nation's *demonym in the report's
  language*; the demonym is then looked up among the gazetteer's party aliases
  (its words match "Україна", "український", "Ukrainian" the way any alias
  word does), so a workspace whose parties lack that nation gets nothing.
- **the language's own nation**: a report in a language that is one nation's
  own (Ukrainian) is written for that nation, and a bare national office in it
  ("Президент", "міністр оборони", "омбудсмен") is that nation's. Russian- and
  English-language news is written in many countries, so those languages have
  no such default and a bare office there stays without party (null is better
  than a wrong party).

Both apply only to a speaker the text gives no party anywhere: a party the
report states always wins (see engine.py, applied after the whole report).
"""

from __future__ import annotations

from .morphology import is_cyrillic, lemmas
from .names import fold

# A nation's demonyms: in the report's language, and in English for a workspace
# whose aliases are English only.
_UA_UK, _RU_UK = ("український", "Ukrainian"), ("російський", "Russian")
_UA_RU, _RU_RU = ("украинский", "Ukrainian"), ("российский", "Russian")

# Institution (as a run of lemmas, lower case) → the nation's demonyms, per language.
INSTITUTIONS: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {
    "uk": {
        ("верховний", "рада"): _UA_UK, ("рнбо",): _UA_UK, ("рада", "національний", "безпека"): _UA_UK,
        ("офіс", "президент"): _UA_UK,
        ("державний", "дума"): _RU_UK, ("держдума",): _RU_UK, ("рада", "федерація"): _RU_UK,
    },
    "ru": {
        ("верховный", "рада"): _UA_RU, ("снбо",): _UA_RU, ("рнбо",): _UA_RU, ("офис", "президент"): _UA_RU,
        ("государственный", "дума"): _RU_RU, ("госдума",): _RU_RU, ("совет", "федерация"): _RU_RU,
    },
    "en": {
        ("verkhovna", "rada"): ("Ukrainian",), ("state", "duma"): ("Russian",), ("federation", "council"): ("Russian",),
    },
}

# The nation whose own language the report is written in: its demonym.
HOME_DEMONYM = {"uk": _UA_UK}

# Offices every nation has, which a home-language report leaves unqualified for its own officials.
NATIONAL_OFFICES = {
    "президент", "прем'єр-міністр", "прем’єр-міністр", "прем'єр", "прем’єр", "міністр", "міністерка",
    "омбудсмен", "омбудсменка", "омбудсман", "уповноважений", "уповноважена", "віце-прем'єр", "віце-прем’єр",
    "глава", "голова", "секретар", "речник", "речниця", "радник", "радниця", "заступник", "заступниця",
}

# Abbreviations of ministries every nation has ("речник МЗС"): they leave an office national.
NATIONAL_MINISTRIES = {"мзс", "мвс", "моз", "мид", "мвд", "мінфін", "міноборони", "мінюст", "мін'юст", "мін’юст"}


def _lemma_keys(word: str, language: str) -> set[str]:
    lower = word.lower()
    if is_cyrillic(lower) and language in ("ru", "uk"):
        return {lower, *lemmas(lower, language)}
    return {fold(lower)}


def institution_demonym(role: str, language: str) -> tuple[str, ...]:
    """The demonyms of the nation whose institution the office names, if any."""
    table = INSTITUTIONS.get(language)
    if not table or not role:
        return ()
    keys = [_lemma_keys(word.strip("(),.«»\"'"), language) for word in role.split()]
    for institution, demonym in table.items():
        n = len(institution)
        for start in range(len(keys) - n + 1):
            if all(institution[k] in keys[start + k] for k in range(n)):
                return demonym
    return ()


def home_demonym(role: str, language: str) -> tuple[str, ...]:
    """The home nation's demonyms when the office is a bare national one in a home-language report."""
    demonym = HOME_DEMONYM.get(language)
    if demonym is None or not role.split():
        return ()
    first = role.split()[0].strip("(),.«»\"'")
    for word in role.split()[1:]:
        word = word.strip("(),.«»\"'")
        if word[:1].isupper() and word.lower() not in NATIONAL_MINISTRIES:
            return ()  # "Голова МАГАТЕ", "посол ЄС": an office of some other body, not the home nation's
    keys = _lemma_keys(first, language)
    for part in first.split("-"):  # "віцепрем'єр-міністерка": a compound office
        keys |= _lemma_keys(part, language)
    return demonym if keys & NATIONAL_OFFICES else ()


def party_by_office(role: str, language: str, party_named) -> str | None:
    """The party an office implies (institution first, then the home nation), through the aliases.

    ``party_named`` is Directory.party_named: a demonym → the party whose alias it matches.
    """
    for demonyms in (institution_demonym(role, language), home_demonym(role, language)):
        for demonym in demonyms:
            party = party_named(demonym)
            if party:
                return party
    return None
