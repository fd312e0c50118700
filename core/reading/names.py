"""Matching a word of the text to a known party or person.

A report names people and parties in many ways: other spellings (Umierov,
Umyerov for Umerov), other scripts (Умеров), inflected forms (Мединского,
Рустема Умєрова) and demonyms (Ukrainian, російська сторона). The rules here
are general, so the analyst's aliases stay short:

* words are compared after case folding, dropping diacritics and a possessive
  "'s"; Cyrillic words by their pymorphy3 lemmas and by a stem without the
  common case endings;
* an English alias also matches its demonym (Ukraine → Ukrainian, Turkey →
  Turkish, Russia → Russian) and a Cyrillic one a word sharing its first five
  letters (Україна → українська, Кремль → кремлівський);
* a surname also matches a word whose rough Latin spelling is at least 85%
  similar (rapidfuzz ratio), when both have five letters or more.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from .morphology import is_cyrillic, lemmas, translit

FUZZY_MIN = 85
_CASE_ENDINGS = ("ого", "ому", "ими", "ами", "ями", "ові", "еві", "ою", "ею", "ої", "ій", "ым", "им",
                 "ом", "ем", "ой", "ей", "ам", "ах", "а", "у", "ю", "я", "е", "і", "и", "ы")
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ish", "ese", "i", "s")


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """Lower case, no diacritics, no possessive, one apostrophe: "Zelenskyy’s" → "zelenskyy", "Об’єднані" → "об'єднані"."""
    word = word.strip(".-")
    for possessive in ("'s", "’s", "ʼs"):
        if word.lower().endswith(possessive):
            word = word[: -len(possessive)]
    decomposed = unicodedata.normalize("NFD", word.casefold())
    # keep й/ї (combining breve/diaeresis on Cyrillic letters) intact
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) and out and not ("\u0400" <= out[-1] <= "\u04ff"):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("ё", "е").replace("’", "'").replace("ʼ", "'")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A Cyrillic word without its case ending: Умєрова → умєров, Мединским → мединск."""
    word = fold(word)
    if not is_cyrillic(word):
        return word
    for ending in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=50_000)
def word_keys(word: str, language: str) -> frozenset[str]:
    """The forms a word may be compared by: folded, lemmas, stem."""
    folded = fold(word)
    keys = {folded}
    if is_cyrillic(folded):
        keys.update(fold(lemma) for lemma in lemmas(folded, language))
        keys.add(stem(folded))
    return frozenset(keys)


def alias_word_matches(token: str, alias_word: str, language: str) -> bool:
    """Does a word of the text stand for one word of a party alias?"""
    keys = word_keys(token, language)
    alias_keys = word_keys(alias_word, language)
    if keys & alias_keys:
        return True
    a = fold(alias_word)
    t = fold(token)
    if not is_cyrillic(a):
        if len(a) < 4 or is_cyrillic(t):
            return False
        stems = {a, a[:-1] if a[-1] in "aey" else a}
        return any(t == s + suffix for s in stems for suffix in _DEMONYM_SUFFIXES)
    if not is_cyrillic(t):
        return False
    need = min(len(a) - 1, 5)
    if need < 4:
        return False
    return any(k[:need] == alias_key[:need] and len(k) >= need
               for k in keys for alias_key in alias_keys)


@lru_cache(maxsize=50_000)
def latin_forms(word: str, language: str) -> frozenset[str]:
    """Latin spellings of a word's keys, for comparing across scripts."""
    return frozenset(translit(key) if is_cyrillic(key) else key for key in word_keys(word, language))


@lru_cache(maxsize=100_000)
def same_name_word(token: str, name_word: str, language: str) -> bool:
    """Is ``token`` (from the text) a form of ``name_word`` (a known name's word)?"""
    if word_keys(token, language) & word_keys(name_word, language):
        return True
    if stem(token) == stem(name_word) and len(stem(token)) >= 4:
        return True
    ours, theirs = latin_forms(token, language), latin_forms(name_word, language)
    if ours & theirs:
        return True
    for a in ours:
        for b in theirs:
            if len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= FUZZY_MIN:
                return True
    return False
