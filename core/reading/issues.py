"""Which issue a statement is about, scored so an analyst can follow it.

Each known issue gets a profile of word lemmas: words of its name weigh 3,
of its description 2, of the stances and quotes already filed under it 1
(a lemma keeps its highest weight). A statement's score for an issue is the
sum of the weights of the profile lemmas that occur in the statement; the
issue with the highest score wins if it reaches ``THRESHOLD`` (3: one word
of the name, or a description word and a filed word, or three filed words).
Party names, cue verbs and function words never count, since every statement
has them. Below the threshold a new issue is proposed, named by the
statement's first run of content words ("humanitarian track", "cessation of
hostilities").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import KnownIssue
from .morphology import analyses, is_cyrillic, lemmas

THRESHOLD = 3
NAME_WEIGHT, DESCRIPTION_WEIGHT, FILED_WEIGHT = 3, 2, 1
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*", re.UNICODE)

STOPWORDS = set("""
a an the and or but of to in on at by for with from as is are was were be been being has have had
will would could should can may might must do does did not no that this these those it its he she they
we our their his her them him us you your i me my which who whom whose what when where why how than
then there here also only just even more most much many some any all both each other another such own
very so too into over under about after before during while since until up down out off again further
once said says say told tell least between among hand already whom issue issues idea way part
fewer less more matter question point within without through against toward towards upon across
along around behind beyond despite except inside outside per via amid also still stated added noted according also however would side sides
і й та а але або чи що як це цей ця ці той та ті він вона вони його її їх ми ми наш на в у з із до від
за про по під над для без при через щодо який яка яке які також ще вже не ні бо би б же ж лише тільки
и да но или что как это этот эта эти тот та те он она они его ее её их мы наш на в во с со к ко от до
за о об по под над для без при через который которая которое которые также еще ещё уже не ни бы же ли
только
because since while now today yesterday tomorrow
""".split())

# Words of time: never the name of an issue ("next few days", "ближайшие недели", "до нового року"), as lemmas.
TIME_WORDS_EN = {"day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "moment",
                 "hour", "hours", "minute", "minutes", "morning", "evening", "next", "last", "few"}
TIME_LEMMAS = {
    "день", "тиждень", "місяць", "рік", "час", "момент", "пора", "година", "хвилина", "ранок", "вечір",
    "неделя", "месяц", "год", "время", "час", "минута", "утро", "вечер", "сутки", "доба",
}


def _english_lemma(word: str) -> str:
    for suffix, replacement in (("ies", "y"), ("ves", "f"), ("sses", "ss"), ("es", "e"), ("s", ""),
                                ("ing", ""), ("ed", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    return word


@lru_cache(maxsize=100_000)
def lemma(word: str, language: str) -> str:
    word = word.lower()
    if is_cyrillic(word):
        return lemmas(word, language if language in ("ru", "uk") else "ru")[0]
    return _english_lemma(word)


def content_lemmas(text: str, language: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    found = set()
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if len(word) <= 2 or word in STOPWORDS:
            continue
        found.add(lemma(word, language))
    return found - ignore


class IssueMatcher:
    def __init__(self, issues: tuple[KnownIssue, ...], language: str, ignore: frozenset[str]):
        self.language = language
        self.ignore = ignore
        self.profiles: list[tuple[str, dict[str, int]]] = []
        for issue in issues:
            profile: dict[str, int] = {}
            for weight, texts in ((FILED_WEIGHT, issue.words), (DESCRIPTION_WEIGHT, (issue.description,)),
                                  (NAME_WEIGHT, (issue.name,))):
                for text in texts:
                    for item in content_lemmas(text or "", language, ignore):
                        profile[item] = max(profile.get(item, 0), weight)
            self.profiles.append((issue.name, profile))

    def scores(self, passage: str) -> list[tuple[str, int]]:
        words = content_lemmas(passage, self.language, self.ignore)
        return [(name, sum(w for item, w in profile.items() if item in words)) for name, profile in self.profiles]

    def match(self, passage: str) -> tuple[str | None, int]:
        best, best_score = None, 0
        for name, score in self.scores(passage):
            if score > best_score:
                best, best_score = name, score
        return (best, best_score) if best_score >= THRESHOLD else (None, best_score)


def propose_issue_name(passage: str, language: str, skip_words: frozenset[str] = frozenset(),
                       speaker_words: frozenset[str] = frozenset()) -> str | None:
    """The statement's first run of content words, at most four: 'short ceasefires'."""
    matches = list(_WORD.finditer(passage))
    words = [match.group() for match in matches]
    runs: list[list[str]] = []
    current: list[str] = []
    for n, word in enumerate(words):
        lower = word.lower()
        following = words[n + 1] if n + 1 < len(words) else ""
        if current and passage[matches[n - 1].end():matches[n].start()].strip():
            runs.append(current)  # a comma or a quotation mark ends a phrase
            current = []
        good = _content_noun(word, language) and lower not in skip_words and lower not in speaker_words \
            and lemma(lower, language) not in skip_words  # "российской" when "российская сторона" is an alias
        if not good and language == "en" and lower.endswith("ing") and n > 0 \
                and words[n - 1].lower() in ("a", "an", "the", "this", "that", "such", "any", "no", "further"):
            good = lower not in skip_words and lower not in speaker_words  # "a meeting": a noun
        if not good and language == "en" and lower.endswith("ed") and lower not in skip_words | speaker_words \
                and following and _content_noun(following, language):
            good = True  # "deported children": a participle used as an adjective
        if good:
            current.append(word)
            if len(current) == 4:
                runs.append(current)
                current = []
            continue
        if lower in ("of", "for") and current and language == "en":
            current.append(word)
            continue
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    runs = [_trim(run) for run in runs]
    runs = [run for run in runs if run]
    if not runs:
        return None
    best = max(runs, key=lambda run: (min(len([w for w in run if w.lower() not in ("of", "for")]), 2), -runs.index(run)))
    name = " ".join(best)
    return name[0].upper() + name[1:]


def _trim(run: list[str]) -> list[str]:
    while run and run[-1].lower() in ("of", "for"):
        run = run[:-1]
    return run


def _content_noun(word: str, language: str) -> bool:
    lower = word.lower()
    if len(lower) <= 2 or lower in STOPWORDS or word[0].isupper():
        return False
    if is_cyrillic(word):
        if lemma(lower, language) in TIME_LEMMAS:
            return False
        parses = analyses(lower, language if language in ("ru", "uk") else "ru")
        if any(g & {"VERB", "INFN", "NPRO", "PRTF", "GRND", "PREP", "CONJ", "PRCL", "Apro", "ADVB"} for _n, g in parses):
            return False  # "були", "которому", "також": never the name of an issue
        return any(g & {"NOUN", "ADJF"} for _n, g in parses)
    return not lower.endswith(("ed", "ing", "ly")) and lower.isalpha() and lower not in TIME_WORDS_EN
