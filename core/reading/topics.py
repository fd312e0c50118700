"""What a statement is about, from a general vocabulary of negotiation topics.

A proposed new issue used to be named by the statement's first run of
content words, which gave "Chief delegate" or "Legal parents". Negotiations
are about a small, known set of things (ceasefire, prisoner exchange, bodies,
a leaders' summit, sanctions, children, territory, security guarantees, a
memorandum…); ``resources/reading/topics.json`` lists them with their words
in English, Ukrainian and Russian. A statement is given the topic named
*first* in it (the head of what is proposed or rejected usually comes first
after the cue: "called for a series of short ceasefires … to facilitate the
retrieval of bodies" is about the ceasefire), so every statement on one topic
gets the same name. "Broad" words (talks, meeting) count only when no other
topic word occurs. The table's words are general language; none comes from a
particular report.

Words are compared by their lower-case form and their lemma (issues.lemma:
pymorphy3 for Cyrillic, plural and verb endings for English), with one kind
of apostrophe.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from core.resources import resource

from .issues import lemma

TABLE = ("reading", "topics.json")
LANGUAGES = ("en", "uk", "ru")
PAIR = "<pair>"  # two capitalised names joined by a hyphen: "Putin-Zelenskiy"
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*", re.UNICODE)
_PAIR = re.compile(r"[^\W\d_]*[A-ZА-ЯІЇЄҐ][^\W\d_]*-[A-ZА-ЯІЇЄҐ][^\W\d_]*")


@dataclass(frozen=True)
class Topic:
    key: str  # the English name: the same topic in every language
    label: str  # the name in the report's language


def _keys(word: str, language: str) -> frozenset[str]:
    lower = word.lower().replace("’", "'").replace("ʼ", "'")
    return frozenset((lower, lemma(lower, language)))


@lru_cache(maxsize=4)
def _index(language: str) -> tuple[dict, dict]:
    """(specific, broad): a first word's key → [(topic, phrase as a tuple of key sets)], from the table."""
    specific: dict[str, list] = {}
    broad: dict[str, list] = {}
    try:
        rows = json.loads(resource(*TABLE).read_text(encoding="utf-8"))["topics"]
    except (OSError, ValueError, KeyError, TypeError):
        return specific, broad  # a damaged install: names fall back to the statement's words
    for row in rows if isinstance(rows, list) else ():
        if not isinstance(row, dict) or not isinstance(row.get("en"), str):
            continue
        label = row.get(language) if isinstance(row.get(language), str) else row["en"]
        topic = Topic(row["en"], label)
        for field, index in (("words", specific), ("broad", broad)):
            words = row.get(field, {})
            phrases = words.get(language, []) if isinstance(words, dict) else []
            for phrase in phrases if isinstance(phrases, list) else ():
                if not isinstance(phrase, str) or not phrase.split():
                    continue
                parts = tuple(frozenset((PAIR,)) if w == PAIR else _keys(w, language) for w in phrase.split())
                for first in parts[0]:
                    index.setdefault(first, []).append((topic, parts))
    return specific, broad


def topic_of(passage: str, language: str) -> Topic | None:
    """The topic named first in the passage (a broad one only if no other is named), or None."""
    if language not in LANGUAGES:
        language = "en"
    specific, broad = _index(language)
    words = []
    for match in _WORD.finditer(passage):
        keys = _keys(match.group(), language)
        if _PAIR.fullmatch(match.group()):
            keys = keys | {PAIR}
        words.append(keys)
    for index in (specific, broad):
        for i, keys in enumerate(words):
            for key in keys:
                for topic, parts in index.get(key, ()):
                    n = len(parts)
                    if i + n <= len(words) and all(parts[k] & words[i + k] for k in range(n)):
                        return topic
    return None


def topic_of_issue(name: str, description: str) -> str | None:
    """The topic key of an existing issue, in whichever language it was named, by name first."""
    for text in (name, description):
        for language in LANGUAGES:
            topic = topic_of(text or "", language)
            if topic is not None:
                return topic.key
    return None
