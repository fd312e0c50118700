"""Word forms of Russian and Ukrainian, loaded once and off the start-up path.

pymorphy3's dictionaries take a tenth of a second or so to load and about
40 MB of memory, so nothing loads them at import time: the first call (or
:func:`warm_up`, which the window can run in a thread) builds one analyser
per language and keeps it in a module-level cache.

Parsing a word costs about 0.15 ms, too much to do for every word of a long
report; the engine therefore turns its small word lists (cue verbs, number
words) into sets of *all their inflected forms* once (:func:`forms_of`), so
that a report's words are looked up, not parsed. Only the few words that need
a lemma (capitalised names, words of a statement being matched to an issue)
are parsed, through a per-word cache.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

_lock = threading.Lock()
_analysers: dict[str, object] = {}


def dictionary_language(language: str | None, word: str = "") -> str:
    """"ru" or "uk": a Cyrillic word in an English report still needs a dictionary."""
    if language in ("ru", "uk"):
        return language
    return "uk" if any(ch in word.lower() for ch in "іїєґ") else "ru"


def analyser(language: str):
    """The pymorphy3 analyser for "ru" or "uk" (built on first use)."""
    language = dictionary_language(language)
    found = _analysers.get(language)
    if found is not None:
        return found
    with _lock:
        if language not in _analysers:
            import pymorphy3

            # Without the probability estimator a parse costs half as much
            # (0.07 against 0.16 ms a word, measured on news text); the engine
            # looks at all parses of a word, not at their ranking.
            _analysers[language] = pymorphy3.MorphAnalyzer(lang=language, probability_estimator_cls=None)
        return _analysers[language]


def warm_up() -> None:
    """Load both dictionaries and build the form tables now (call in a thread)."""
    for language in ("ru", "uk"):
        analyser(language)
    from . import cues, numbers, roles  # the tables of inflected forms

    cues.cue_forms("ru")
    cues.cue_forms("uk")
    numbers.number_words("ru")
    numbers.number_words("uk")
    roles.role_forms("ru")
    roles.role_forms("uk")


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


@lru_cache(maxsize=200_000)
def analyses(word: str, language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(normal form, grammemes) of each parse of a lower-case Cyrillic word, parsed once."""
    out = []
    for parse in analyser(dictionary_language(language, word)).parse(word):
        out.append((parse.normal_form, frozenset(str(parse.tag).replace(" ", ",").split(","))))
    return tuple(out)


def lemmas(word: str, language: str) -> tuple[str, ...]:
    """Every normal form pymorphy3 offers for ``word`` (lower case), first parse first.

    Latin words are returned lower-cased as they are: English needs no
    dictionary for the engine's purposes (its cue forms are listed).
    """
    lowered = word.lower()
    if language not in ("ru", "uk") or not is_cyrillic(word):
        return (lowered,)
    found: list[str] = []
    for normal, _grammemes in analyses(lowered, language)[:4]:
        if normal not in found:
            found.append(normal)
    return tuple(found) or (lowered,)


def tags(word: str, language: str) -> tuple[str, ...]:
    """The grammemes of the first two parses ("NOUN", "gent", "Surn"...)."""
    if language not in ("ru", "uk") or not is_cyrillic(word):
        return ()
    found: set[str] = set()
    for _normal, grammemes in analyses(word.lower(), language)[:2]:
        found |= grammemes
    return tuple(sorted(found))


def is_name_word(word: str, language: str) -> bool:
    """Does any reading of ``word`` make it a first name, surname or patronymic?"""
    if language not in ("ru", "uk") or not is_cyrillic(word):
        return False
    return any(grammemes & {"Name", "Surn", "Patr"} for _n, grammemes in analyses(word.lower(), language))


def is_surname_word(word: str, language: str) -> bool:
    """Does any reading of ``word`` make it a surname?"""
    if language not in ("ru", "uk") or not is_cyrillic(word):
        return False
    return any("Surn" in grammemes for _n, grammemes in analyses(word.lower(), language))


@lru_cache(maxsize=50_000)
def is_known(word: str, language: str) -> bool:
    """Is ``word`` in the dictionary (as opposed to guessed, as most surnames are)?"""
    if language not in ("ru", "uk") or not is_cyrillic(word):
        return True
    return analyser(dictionary_language(language, word)).word_is_known(word.lower())


def forms_of(lemma: str, language: str, parts: tuple[str, ...] = ()) -> set[str]:
    """All inflected forms of ``lemma`` (lower case), optionally of given parts of speech."""
    forms = {lemma.lower()}
    for parse in analyser(language).parse(lemma.lower()):
        if parse.normal_form != lemma.lower():
            continue
        if parts and parse.tag.POS not in parts:
            continue
        forms.update(form.word for form in parse.lexeme)
    return forms


def translit(word: str) -> str:
    """A rough Latin spelling of a Cyrillic name, for fuzzy matching across scripts."""
    word = word.lower()
    for ending, latin in (("ий", "y"), ("ый", "y"), ("ій", "iy"), ("ой", "oy")):
        if word.endswith(ending):
            word = word[: -len(ending)] + latin
    return "".join(_LATIN.get(ch, ch) for ch in word)


_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "'": "", "’": "", "ʼ": "",
}
