"""Who a sentence's reported speech rests on, and by which cue.

For each sentence the engine looks, outside quotation marks, for a cue: an
"according to X" phrase (the speaker follows it), a speech verb (the speaker
is the nearest mention before it, or after it when the verb comes first or
follows a comma, dash or closing quote: "…, — сообщил Мединский", "Про це
заявив Умєров", "“…,” said Umerov"), or, failing those, the quotation marks
themselves with a person or party named beside them. A pronoun or a bare
office ("he added", "міністр додав", "За його словами") stands for the last
speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import ACCORDING_TO, IMPERSONAL_ENDINGS, cue_forms, cue_phrases
from .mentions import Mention
from .morphology import tags
from .roles import LOCATIVE_SPEAKER_PREPOSITIONS
from .sentences import Token

BEFORE_WINDOW = 16
AFTER_WINDOW = 4
_ACCORDING_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in ACCORDING_TO:
    _ACCORDING_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_INVERSION_WORDS = {"as", "як", "как", "це", "этом", "цьому", "про", "об", "так", "also"}


@dataclass
class Attribution:
    mention: Mention | None
    cue: str
    cue_index: int | None
    by_verb: bool


def find_cues(toks: list[Token], language: str, text: str = "") -> list[tuple[int, int, str, str]]:
    """(first token, token count, cue text, kind) for every cue outside quotations."""
    forms = cue_forms(language)
    phrases = cue_phrases() if language == "en" else {}
    found = []
    for i, token in enumerate(toks):
        if token.quoted:
            continue
        lower = token.lower
        for phrase in _ACCORDING_BY_FIRST.get(lower, ()):
            n = len(phrase)
            if i + n <= len(toks) and tuple(t.lower for t in toks[i:i + n]) == phrase:
                found.append((i, n, " ".join(t.text for t in toks[i:i + n]), "according"))
                break
        if lower.endswith(IMPERSONAL_ENDINGS) or (i > 0 and toks[i - 1].lower == "as" and lower.endswith("ed")
                                                  and text[toks[i].end:toks[i].end + 1] == ","):
            continue  # "як повідомлялося", "As reported, …": no speaker
        if i + 1 < len(toks) and f"{lower} {toks[i + 1].lower}" in phrases:
            found.append((i, 2, f"{token.text} {toks[i + 1].text}", "verb"))
        elif lower in forms:
            found.append((i, 1, token.text, "verb"))
    return found


def attribute(text: str, toks: list[Token], mentions: list[Mention], language: str) -> Attribution | None:
    cues = find_cues(toks, language, text)
    for first, count, cue, kind in cues[1:]:
        # "Москва наполягає на …, заявив Умєров", "Moscow insists on …, Umerov said": the closing
        # "…, said X" names who reports the whole sentence, ahead of a speech verb inside it
        if kind != "verb" or first == 0:
            continue
        mention = _speaker_for_verb(text, toks, mentions, first, count, language)
        if mention is None or mention.kind != "person" or mention.first == 0:
            continue
        after_comma = mention.first > first and re.search(r"[,—–]", text[toks[first - 1].end:toks[first].start])
        before_comma = mention.last == first - 1 and re.search(r"[,—–]", text[toks[mention.first - 1].end:toks[mention.first].start])
        if after_comma or before_comma:
            return Attribution(mention, cue, first, True)
    for first, count, cue, kind in cues:
        if kind == "according":
            after = [m for m in mentions if first < m.first <= first + count + 2]
            if after:
                return Attribution(after[0], cue, first, True)
            continue
        mention = _speaker_for_verb(text, toks, mentions, first, count, language)
        if mention is not None:
            return Attribution(mention, cue, first, True)
    return None


def _speaker_for_verb(text: str, toks: list[Token], mentions: list[Mention], c: int, count: int,
                      language: str) -> Mention | None:
    candidates = [m for m in mentions if not m.possessive and m.subject and _may_speak(m, c, toks, text)]
    before = [m for m in candidates if m.last < c and c - m.last <= BEFORE_WINDOW
              and not _clause_break(text, toks, m.last, c, complementizers=False)]
    reach = AFTER_WINDOW if language in ("ru", "uk") else 2
    after = [m for m in candidates if c + count - 1 < m.first <= c + count - 1 + reach and m.kind != "joint"
             and not _clause_break(text, toks, c + count - 1, m.first)]  # "urged both sides": an object
    if before and _participle_after_comma(text, toks, c, language):
        return before[0]  # "He praised X, noting that…": the subject speaks, not X
    if _inverted(text, toks, c) and after:
        return after[0]
    if _inverted(text, toks, c) and language in ("ru", "uk"):
        # "Про це розповів Уповноважений … з прав людини Дмитро Лубінець": a long office
        later = [m for m in candidates if m.kind == "person" and c + count - 1 < m.first <= c + count - 1 + 2 * reach
                 and not _clause_break(text, toks, c + count - 1, m.first)]
        if later:
            return later[0]
    if before:
        return max(before, key=lambda m: (m.last, m.kind == "person"))
    if after and (c == 0 or _inverted(text, toks, c) or toks[c - 1].quoted):
        return after[0]
    if after:
        return after[0]
    return None


def _may_speak(mention: Mention, c: int, toks: list[Token], text: str) -> bool:
    """Not an object or a place ("with Washington", "в Турции"), but "В Кремле заявили" and
    "В российском МИД заявили" (a party word and an office's abbreviation) speak; not when a
    comma parts them from the verb ("X, який перебуває у Еміратах, повідомив": X speaks)."""
    if not mention.preposition:
        return True
    if mention.preposition not in LOCATIVE_SPEAKER_PREPOSITIONS or mention.kind != "party":
        return False
    if c > mention.last and re.search(r"[,;—–]", text[toks[mention.last].end:toks[c].start]):
        return False
    between = toks[mention.last + 1:c]
    return len(between) <= 1 and all(len(t.text) > 1 and t.text.isupper() and not t.quoted for t in between)


def _participle_after_comma(text: str, toks: list[Token], c: int, language: str) -> bool:
    if c == 0 or "," not in text[toks[c - 1].end:toks[c].start]:
        return False
    word = toks[c].lower
    if language == "en":
        return word.endswith("ing")
    return "GRND" in tags(word, language)


_COMPLEMENTIZERS = {"that", "що", "что", "щоб", "чтобы", "which", "who", "який", "которые", "который", "яка", "які"}


def _clause_break(text: str, toks: list[Token], a: int, b: int, complementizers: bool = True) -> bool:
    """A full stop, semicolon, quotation or "that" between tokens a and b."""
    between = text[toks[a].end:toks[b].start]
    if any(t.quoted for t in toks[a + 1:b]):
        return True
    if complementizers and any(t.lower in _COMPLEMENTIZERS for t in toks[a + 1:b]):
        return True
    return bool(re.search(r"[;.!?]\s", between))


def _inverted(text: str, toks: list[Token], c: int) -> bool:
    """Does the verb come before its speaker: sentence start, after a comma, dash or quote?"""
    if c == 0:
        return True
    gap = text[toks[c - 1].end:toks[c].start]
    if re.search(r"[,—–:»”\"“]", gap):
        return True
    if toks[c - 1].quoted:
        return True
    return toks[c - 1].lower in _INVERSION_WORDS and (c == 1 or toks[c - 1].lower not in {"also"})
