"""Bodies rather than people in a sentence: a ministry, the press, a headline's capitals.

A mix-in of SentenceMentions (mentions.py), kept apart so that each module
stays small. None of it names a report: it is how news refers to bodies.

- "Міністерство закордонних справ Туреччини … Міністерство заявило": a
  ministry named with its state is remembered, and a bare "the ministry"
  later stands for it (and so for that state).
- "сообщили турецкие СМИ", "Turkish media reported": a country's press
  reports; the state itself does not speak.
- A headline in Title Case: its capitals say nothing of names.
"""

from __future__ import annotations

import re

from .cues import cue_forms
from .morphology import analyses, is_cyrillic, lemmas

# A state's ministry, which a report later calls just "the ministry".
INSTITUTION_NOUNS = {"ministry", "міністерство", "министерство", "відомство", "ведомство"}
_INSTITUTION_STARTS = ("мініст", "минист", "відомст", "ведомст")
# The press of a country reports; it does not speak for the state ("Turkish media", "турецкие СМИ").
# Also the words of newspapers' names after a place ("Washington Post", "Kyiv Independent", "Moscow Times").
MEDIA_WORDS = {"media", "press", "newspapers", "newspaper", "outlets", "broadcaster", "broadcasters", "tv", "television",
               "news", "сми", "змі", "медиа", "медіа", "пресса", "преса", "издание", "видання", "газета", "телеканал"}
NEWSPAPER_NAME_WORDS = {"post", "times", "independent", "journal", "herald", "tribune", "gazette", "daily"}  # capitalised
# "Russian state media", "российские государственные СМИ": one word between the state and its press.
STATE_OWNED = {"state", "state-run", "state-owned", "official", "pro-government", "pro-kremlin",
               "государственный", "державний", "провластный", "провладний", "официальный", "офіційний"}


class BodyMentions:
    """Needs ``text``, ``toks``, ``language``, ``directory``, ``gap`` and ``_could_be_subject`` (SentenceMentions)."""

    def bare_institutions(self, aliases, used: set[int]) -> list[tuple[int, str, str, bool]]:
        """"Міністерство закордонних справ Туреччини … Міністерство заявило": a ministry named with its
        state is remembered; a bare "the ministry" later stands for it (and speaks for that state).
        Returns (token, party, the word, may it be a subject) for each bare one."""
        found = []
        for k, token in enumerate(self.toks):
            if token.quoted or not self._institution_noun(k):
                continue
            near = [n for n in range(max(0, k - 3), min(len(self.toks), k + 5)) if n in aliases and aliases[n][1]
                    and self._same_phrase(min(n, k), max(n, k))]
            if near:
                self.directory.last_institution = aliases[min(near, key=lambda n: abs(n - k))][0]
            elif k not in used and self.directory.last_institution and self._bare(k):
                found.append((k, self.directory.last_institution, token.text, self._could_be_subject(k)))
        return found

    def _same_phrase(self, a: int, b: int) -> bool:
        """No punctuation and no verb between tokens a and b: "Министерства иностранных дел ОАЭ",
        not "Министерство выразило благодарность России"."""
        if re.search(r"[,;:.!?—–()«»\"“”]", self.text[self.toks[a].end:self.toks[b].start]):
            return False
        for token in self.toks[a + 1:b]:
            if token.lower in cue_forms(self.language):
                return False
            parses = analyses(token.lower, self.language) if is_cyrillic(token.text) else ()
            if parses and all(g & {"VERB", "INFN"} for _n, g in parses):  # only a verb ("дел" is also a noun)
                return False
        return True

    def _bare(self, k: int) -> bool:
        """"the ministry", "Министерство заявило": no word saying which ministry
        ("Министерство обороны", "the defence ministry", "the ministry of …" name another one)."""
        toks = self.toks
        if is_cyrillic(toks[k].text):
            if k + 1 >= len(toks) or self.gap(k).strip():
                return True
            parses = analyses(toks[k + 1].lower, self.language)
            return not (parses and parses[0][1] & {"NOUN", "ADJF"} and "gent" in parses[0][1])
        if k + 1 < len(toks) and toks[k + 1].lower == "of":
            return False
        return k > 0 and toks[k - 1].lower in ("the", "this", "that")

    def _institution_noun(self, k: int) -> bool:
        word = self.toks[k].lower
        if is_cyrillic(word):  # the dictionary only for words that begin like one (most words do not)
            return word.startswith(_INSTITUTION_STARTS) and bool(set(lemmas(word, self.language)) & INSTITUTION_NOUNS)
        return word in INSTITUTION_NOUNS

    def media_after(self, k: int) -> int | None:
        """The press word just after token k ("media", "СМИ", "Post"), perhaps after "state": its index."""
        for n in (k + 1, k + 2):
            if n >= len(self.toks) or self.toks[n].quoted or self.gap(n - 1).strip():
                return None
            if self._word_in(n, MEDIA_WORDS) or (self.toks[n].text[0].isupper() and self.toks[n].lower in NEWSPAPER_NAME_WORDS):
                return n
            if not self._word_in(n, STATE_OWNED):
                return None
        return None

    def _word_in(self, n: int, words: set[str]) -> bool:
        word = self.toks[n].lower
        return word in words or (is_cyrillic(word) and bool(set(lemmas(word, self.language)) & words))

    def title_case(self) -> bool:
        """A headline in Title Case ("Grain Talks Stall As Envoys Warn Of Long Delay"): every word of
        four letters or more capitalised, at least four of them. Its capitals say nothing of names,
        so only people already known are found in it."""
        if not hasattr(self, "_headline"):
            long = [t.text for t in self.toks if not t.quoted and len(t.text) >= 4 and t.text[0].isalpha()]
            self._headline = len(long) >= 4 and all(w[0].isupper() for w in long)
        return self._headline
