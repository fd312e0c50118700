"""Paragraphs, sentences and quotations, with offsets into the report.

Every span keeps its offsets so that a proposal's passage is exactly
``text[start:end]``: the analyst's citation must point at the words it rests
on. A sentence never ends inside a quotation (a speaker's three quoted
sentences are one statement) nor after an abbreviation or an initial
("U.S.", "Mr.", "ст.", "В. Путин"); a paragraph always ends one, so an
unclosed quotation mark cannot swallow the rest of a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "„": "“”", "‘": "’", '"': '"', "‹": "›", "”": "”"}
CLOSERS = {"”", "»", "“", "’", '"', "›"}

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen",
    "rep", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "u.s", "u.n", "u.k",
    "e.u", "a.m", "p.m", "i.e", "e.g", "ст", "г", "гг", "им", "т.е", "т.к", "т.д", "т.п", "др",
    "пр", "ул", "обл", "р", "рр", "тыс", "тис", "млн", "млрд", "руб", "грн", "коп", "с", "п",
    "пп", "ч", "см", "напр", "див", "прим", "проф", "акад", "ген", "м", "вул", "св", "т",
}

WORD = re.compile(r"[^\W_](?:[^\W_]|['’ʼ\-.](?=[^\W_]))*", re.UNICODE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    quotes: tuple[Span, ...]  # inner spans (without the marks) of quotations


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines; news text puts one paragraph on a line."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return spans


def find_quotes(text: str, start: int, end: int) -> list[Span]:
    """Quotations inside ``text[start:end]``, as inner spans.

    A ‘ or ’ next to letters on both sides is an apostrophe (Ukraine’s,
    м’ясо), not a mark; a straight " opens when it is not after a letter.
    Unclosed quotations are dropped.
    """
    spans: list[Span] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in OPENERS and _opens(text, i, start, end):
            closers = OPENERS[ch]
            j = i + 1
            depth = 0
            while j < end:
                c = text[j]
                if c == "«" and ch == "«":
                    depth += 1
                elif c in closers and _closes(text, j, end):
                    if depth:
                        depth -= 1
                    else:
                        break
                j += 1
            if j < end:
                spans.append(Span(i + 1, j))
                i = j + 1
                continue
            if i == start and not spans:
                # a quotation that goes on into the next paragraph opens each
                # paragraph and closes only in the last: this one is all quotation
                stop = end
                while stop > i + 1 and text[stop - 1] in " \t":
                    stop -= 1
                spans.append(Span(i + 1, stop))
                break
        i += 1
    return spans


# ", — сказав він": punctuation, a dash, then the author's lower-case words; a dash
# inside the speech ("партнер — це ОАЕ") has no punctuation before it.
_AUTHOR_DASH = re.compile(r"[,.!?…]\s*[—–-]\s+(?=[^\W\d_A-ZА-ЯІЇЄҐЁ])")


def dialogue_quote(text: str, start: int, end: int) -> list[Span]:
    """A paragraph opening with a dash is speech in Ukrainian and Russian news.

    "– Я вдячний за посередництво… Ми повернули… осіб, – заявив він": the
    speech runs from after the first dash to the dash that hands back to the
    author (", – заявив він"), or to the paragraph's end.
    """
    if text[start] not in "—–-" or start + 1 >= end or not text[start + 1].isspace():
        return []
    inner = start + 1
    while inner < end and text[inner].isspace():
        inner += 1
    author = _AUTHOR_DASH.search(text, inner, end)
    stop = author.start() if author else end
    while stop > inner and text[stop - 1] in " ,":
        stop -= 1
    return [Span(inner, stop)] if stop > inner else []


def _opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if after.isspace():
        return False
    if text[i] in "‘\"”" and before.isalnum():
        return False
    return True


def _closes(text: str, j: int, end: int) -> bool:
    after = text[j + 1] if j + 1 < end else " "
    if text[j] in "’" and after.isalpha():
        return False
    before = text[j - 1]
    return not before.isspace()


def _is_abbreviation(text: str, dot: int, para_start: int) -> bool:
    """Does the full stop at ``dot`` end an abbreviation or an initial?"""
    k = dot
    while k > para_start and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[k].isupper():
        return True  # an initial: "V. Putin", "В. Зеленський"
    return word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS


_BOUNDARY = re.compile(r"[.!?…]+[\"”»’“)\]]*(?=\s+)")


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for number, para in enumerate(paragraphs(text)):
        quotes = find_quotes(text, para.start, para.end) or dialogue_quote(text, para.start, para.end)
        begin = para.start
        for match in _BOUNDARY.finditer(text, para.start, para.end):
            cut = match.end()
            if any(q.start < match.start() < q.end and q.end > cut for q in quotes):
                continue  # inside a quotation that goes on
            if text[match.start()] == "." and match.end() - match.start() == 1 and _is_abbreviation(text, match.start(), para.start):
                nxt = _next_nonspace(text, cut, para.end)
                if nxt is None or not text[nxt].isupper() or _is_initial_or_title(text, match.start(), para.start):
                    continue
                if text[match.start() - 1].isupper() and len(_word_before(text, match.start(), para.start)) <= 3:
                    continue  # "U.S. President", "U.N. Secretary"
            nxt = _next_nonspace(text, cut, para.end)
            if nxt is None:
                break
            if not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in OPENERS or text[nxt] in "—–-"):
                continue
            if text[nxt] in "—–-" and _lower_word_after(text, nxt + 1, para.end):
                continue  # "«…». — сказал Песков": the dash hands the quotation to its speaker
            sentences.append(_sentence(text, begin, cut, number, quotes))
            begin = nxt
        if begin < para.end:
            sentences.append(_sentence(text, begin, para.end, number, quotes))
    return sentences


def _lower_word_after(text: str, i: int, end: int) -> bool:
    while i < end and text[i].isspace():
        i += 1
    return i < end and text[i].islower()


def _word_before(text: str, dot: int, para_start: int) -> str:
    k = dot
    while k > para_start and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:dot]


def _is_initial_or_title(text: str, dot: int, para_start: int) -> bool:
    word = _word_before(text, dot, para_start).lower()
    return (len(word) == 1 and word.isalpha()) or word in {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "ст", "им", "г", "м"}


def _next_nonspace(text: str, i: int, end: int) -> int | None:
    while i < end and text[i].isspace():
        i += 1
    return i if i < end else None


def _sentence(text: str, start: int, end: int, paragraph: int, quotes: list[Span]) -> Sentence:
    inner = tuple(q for q in quotes if q.start >= start and q.end <= end)
    return Sentence(start, end, paragraph, inner)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    quoted: bool

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokens(text: str, sentence: Sentence) -> list[Token]:
    """Words of a sentence, each marked when it lies inside a quotation."""
    found = []
    for match in WORD.finditer(text, sentence.start, sentence.end):
        word = match.group()
        start, end = match.start(), match.end()
        if word.endswith("."):
            word, end = word[:-1], end - 1
        quoted = any(q.start <= start < q.end for q in sentence.quotes)
        found.append(Token(word, start, end, quoted))
    return found
