"""read_report: a report's text in, proposed statements out.

The pipeline, sentence by sentence: mentions (people, parties, pronouns) →
cue and speaker (attribution.py) → kind and quote → figures → issue. A
sentence with no cue but a quotation is kept when it continues the last
speaker's statement in the same or the next paragraph ("a paragraph of a
speaker's statement"). Once the whole report is read, a new speaker it never
gives a party gets the one their office implies, if any (nationality.py), and
every statement of theirs gets it. The workspace's parties come with the
built-in states table behind them (states.py), and a statement no existing
issue fits is named by its topic (topics.py). Nothing here is tuned to a
particular report.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .attribution import attribute
from .cues import CATAPHORA, PLURAL_PRONOUNS, cue_forms
from .directory import Directory, Person
from .figures import read_figures
from .issues import IssueMatcher, content_lemmas, propose_issue_name
from core.reports.language import detect_language
from .mentions import Mention, SentenceMentions
from .model import Gazetteer, Reading, Statement
from .morphology import dictionary_language, is_cyrillic, lemmas
from .nationality import party_by_office
from .roles import PERSON_ROLE_WORDS_EN, role_forms
from .rounds import round_for
from .states import with_states
from .topics import Topic, topic_of, topic_of_issue
from .sentences import CLOSERS, Sentence, split_sentences, tokens

_FUNCTION_WORDS = {"the", "a", "an", "that", "he", "she", "it", "and", "що", "что", "і", "и", "він", "вона", "он", "она"}


def read_report(text: str, gazetteer: Gazetteer, *, published: str | None = None,
                language: str | None = None) -> Reading:
    if not isinstance(text, str):
        raise TypeError("a report's text must be a string")
    published = published if isinstance(published, str) else None
    language = language if language in ("en", "uk", "ru") else None  # anything else: detect it
    found_round = round_for(published, gazetteer.rounds)
    if not text.strip():
        return Reading(language, found_round, ())
    if language is None:
        detected = detect_language(text)
        language = detected if detected in ("en", "uk", "ru") else "en"  # the languages the engine reads
    return _Reader(text, gazetteer, language, published).read(found_round)


class _Reader:
    def __init__(self, text: str, gazetteer: Gazetteer, language: str, published: str | None):
        self.text = text
        self.language = language
        self.published = published
        parties, self.new_parties = with_states(gazetteer.parties, language)
        gazetteer = replace(gazetteer, parties=parties)
        self.directory = Directory(gazetteer, language)
        self.ignore = _ignored_words(gazetteer.parties, language)
        self.issues = IssueMatcher(gazetteer.issues, language, self.ignore)
        self.gazetteer_issues = gazetteer.issues
        self._issues_by_topic: dict[str, str] | None = None
        self.last_topic: tuple[Topic, int] | None = None  # the last statement's topic and its paragraph
        self.last_speaker: Person | None = None
        self.last_paragraph: int | None = None
        self.last_index: int | None = None
        self._chosen: Person | None = None  # the person the sentence's statement was given to

    def read(self, found_round: str | None) -> Reading:
        statements: list[Statement] = []
        sentences = split_sentences(self.text)
        self.sentences = sentences
        speakers: list[Person | None] = []
        for index, sentence in enumerate(sentences):
            self._chosen = None
            statement = self.sentence(index, sentence)
            if statement is None:
                continue
            if statement.start < sentence.start:  # "Про це заявив X" took in the sentence before
                kept = [n for n, s in enumerate(statements) if s.end <= statement.start]
                statements = [statements[n] for n in kept]
                speakers = [speakers[n] for n in kept]
            statements.append(statement)
            speakers.append(self._chosen)
        self._parties_by_office()
        statements = [replace(s, new_party=(s.party or s.speaker_party) in self.new_parties)
                      for s in self._learnt_later(statements, speakers)]
        return Reading(self.language, found_round, tuple(statements))

    def _parties_by_office(self) -> None:
        """A new speaker the report never gives a party: the party their office implies, if any
        ("уповноважений Верховної Ради", a bare "Президент" in Ukrainian news; see nationality.py)."""
        for person in self.directory.people:
            if not person.known and person.party is None and person.role:
                person.party = party_by_office(person.role, self.language, self.directory.party_named)

    def _learnt_later(self, statements: list[Statement], speakers: list[Person | None]) -> list[Statement]:
        """A headline's "Песков заявил…" gets the full name, office and party the body gives later."""
        out = []
        for statement, person in zip(statements, speakers):
            if person is not None and not person.known and statement.speaker is not None:
                party = statement.party or person.party
                statement = replace(statement, speaker=person.name, role=statement.role or person.role,
                                    party=party, speaker_party=party,
                                    confidence=statement.confidence + (0.05 if party and not statement.party else 0))
            out.append(statement)
        return out

    def _cataphoric(self, toks) -> bool:
        """Does the sentence open with "Про це"/"Об этом": its speaker said the sentence before?"""
        words = tuple(t.lower for t in toks[:2])
        return words in CATAPHORA

    def _antecedent_start(self, index: int) -> int | None:
        """Where the passage "Про це" points back to begins: the sentence before,
        or the whole paragraph before when "Про це" opens a paragraph."""
        if index == 0:
            return None
        here = self.sentences[index]
        before = self.sentences[index - 1]
        if before.paragraph == here.paragraph:
            return before.start
        paragraph = [s for s in self.sentences if s.paragraph == before.paragraph]
        return paragraph[0].start

    def sentence(self, index: int, sentence: Sentence) -> Statement | None:
        toks = tokens(self.text, sentence)
        if not toks:
            return None
        self.sentence_toks = toks
        mentions = SentenceMentions(self.text, toks, self.directory, self.language, sentence.start).find()
        attribution = attribute(self.text, toks, mentions, self.language)
        quote_words = sum(1 for t in toks if t.quoted)
        mention, cue, by_verb, continued = None, "", False, False
        if attribution is not None:
            mention, cue, by_verb = attribution.mention, attribution.cue, attribution.by_verb
        elif self._headline_source(toks, mentions) is not None:
            mention = self._headline_source(toks, mentions)
            if mention.first == 0:
                cue = ":"
            else:
                cue = self.text[toks[mention.first - 1].end:toks[mention.first].start].strip()
        elif quote_words >= 3:
            mention = _beside_quote(toks, mentions)
            cue = self._marks(sentence)
            if mention is None and (quote_words >= 0.6 * len(toks) or not mentions) and self._continues(index, sentence):
                continued = True  # a quotation that goes on from the last speaker's statement
        speaker, party, role, new = self._resolve(mention, mentions)
        if continued:
            speaker, party, role, new = self._person_fields(self.last_speaker)
        if mention is not None and mention.kind in ("pronoun", "role") and speaker is None:
            return None
        if speaker is None and party is None and (mention is None or (mention.kind not in ("joint", "media")
                                                                      and not mention.coordinated)):
            return None
        return self._statement(index, sentence, toks, mention, cue, by_verb, speaker, party, role, new, continued)

    def _headline_source(self, toks, mentions: list[Mention]) -> Mention | None:
        """"Обмін відбудеться найближчими тижнями — Лубінець", "…'a beacon of hope': UN chief":
        a headline that ends with a dash or colon and who said it."""
        if not mentions or len(toks) < 4:
            return None
        first = mentions[0]
        if first.kind in ("person", "party") and first.first == 0 and first.last + 1 < len(toks) \
                and self.text[toks[first.last].end:toks[first.last + 1].start].strip() == ":":
            return first  # "Песков: Москва готова к новому раунду", "Umerov: talks will go on"
        last = mentions[-1]
        if last.kind not in ("person", "party") or last.last != len(toks) - 1 or last.first == 0:
            return None
        if self.text[toks[last.last].end:].split("\n", 1)[0].strip(" .") != "":
            return None
        gap = self.text[toks[last.first - 1].end:toks[last.first].start].strip()
        return last if gap in ("—", "–", "-", ":", "':", "\":", "»:", "”:", "’:", "» —", "» –") else None

    def _marks(self, sentence: Sentence) -> str:
        quote = sentence.quotes[0]
        opening = self.text[quote.start - 1]
        closing = self.text[quote.end] if quote.end < len(self.text) else ""
        return opening + (closing if closing in CLOSERS else "")  # a dash paragraph has no closing mark

    def _continues(self, index: int, sentence: Sentence) -> bool:
        return (self.last_speaker is not None and self.last_index is not None and index - self.last_index <= 2
                and self.last_paragraph is not None and sentence.paragraph - self.last_paragraph <= 1)

    def _resolve(self, mention: Mention | None, mentions: list[Mention]):
        if mention is None:
            return None, None, "", False
        if mention.kind == "pronoun":
            earlier = [m for m in mentions if m.kind == "person" and m.last < mention.first and not m.preposition]
            if earlier:
                return self._person_fields(earlier[-1].person)
        if mention.kind == "party" and mention.coordinated:
            return None, None, "", False  # "Washington and Kyiv announced": both, so no single party
        headed = any(m.kind == "role" and m.last == mention.first - 1 for m in mentions)  # "Глава … делегації"
        if mention.kind == "party" and mention.role and _names_a_person(mention.role, headed):
            # "the UN chief", "глава МИД России": the person last named for the party,
            # or the only one the workspace lists for it
            person = self.directory.last_of_party.get(mention.party) or self.directory.only_person_of(mention.party)
            if person is not None:
                return self._person_fields(person)
        if mention.kind == "person":
            fields = self._person_fields(mention.person)
            party = fields[1] or mention.party
            return fields[0], party, fields[2] or mention.role, fields[3]
        if mention.kind == "party":
            return None, mention.party, "", False
        if mention.kind in ("pronoun", "role") and self.last_speaker is not None:
            if mention.kind == "role":
                self._office_party(mention, mentions, self.last_speaker)
            return self._person_fields(self.last_speaker)
        return None, None, "", False

    def _topic(self, passage: str, first: int) -> Topic | None:
        """The topic the passage names, else the nearest one named earlier in its paragraph, else the
        last statement's when it was in this paragraph or the one before
        ("The fate of deported children was discussed. Kyiv handed over a list of 339 names.")."""
        topic = topic_of(passage, self.language)
        paragraph = self.sentences[first].paragraph
        k = first - 1
        while topic is None and k >= 0 and self.sentences[k].paragraph == paragraph:
            topic = topic_of(self.text[self.sentences[k].start:self.sentences[k].end], self.language)
            k -= 1
        if topic is None and self.last_topic is not None and paragraph - self.last_topic[1] <= 1:
            topic = self.last_topic[0]  # a speaker's next words, in the next paragraph: the same subject
        if topic is not None:
            self.last_topic = (topic, paragraph)
        return topic

    def _issue_topics(self) -> dict[str, str]:
        """The workspace's issues by the topic their name or description names (worked out once, when needed)."""
        if self._issues_by_topic is None:
            self._issues_by_topic = _topic_keys(self.gazetteer_issues)
        return self._issues_by_topic

    def _office_party(self, mention: Mention, mentions: list[Mention], person: Person) -> None:
        """"По словам помощника президента РФ" stands for the last speaker (as "he added" would); when the
        report never gave that new speaker a party, the state in the office is theirs."""
        if person.known or person.party is not None:
            return
        for other in mentions:
            if other.kind == "party" and not other.coordinated and 0 < other.first - mention.last <= 4 \
                    and not re.search(r"[,;:.!?—–()«»\"“”]", self.text[self.sentence_toks[mention.last].end:
                                                                        self.sentence_toks[other.first].start]):
                person.party = other.party
                return

    def _person_fields(self, person: Person | None):
        self._chosen = person
        if person is None:
            return None, None, "", False
        return person.name, person.party, person.role, not person.known

    def _statement(self, index, sentence, toks, mention, cue, by_verb, speaker, party, role, new, continued):
        start, end = sentence.start, sentence.end
        if by_verb and self._cataphoric(toks):
            earlier = self._antecedent_start(index)
            if earlier is not None:
                start = earlier
        passage = self.text[start:end]
        first = index
        while first > 0 and self.sentences[first - 1].start >= start:
            first -= 1
        quotes = [self.text[q.start:q.end] for s in self.sentences[first:index + 1] for q in s.quotes]
        kind = _kind(toks, mention, cue) if quotes else "indirect"
        figures = tuple(read_figures(passage, self.language, self.published))
        issue, _score = self.issues.match(passage)
        new_issue = None
        if issue is None:
            topic = self._topic(passage, first)
            if topic is not None:
                issue = self._issue_topics().get(topic.key)  # "перемирие" finds the workspace's "Ceasefire"
                new_issue = None if issue else topic.label
            else:
                speaker_words = frozenset(t.lower for t in toks[mention.first:mention.last + 1]) if mention else frozenset()
                speaker_words |= frozenset(cue.lower().split())
                new_issue = propose_issue_name(passage, self.language, self.ignore, speaker_words)
        confidence = 0.45
        if by_verb:
            confidence += 0.2
        if mention is not None and mention.kind == "person":
            confidence += 0.15 if not new else 0.1
        if party is not None:
            confidence += 0.1
        if mention is not None and mention.kind in ("pronoun", "role") or continued:
            confidence -= 0.1
        if speaker is not None and mention is not None and mention.kind == "person":
            self.last_speaker = mention.person
        self.last_index, self.last_paragraph = index, sentence.paragraph
        return Statement(
            party=party, speaker=speaker, new_speaker=new, role=role, kind=kind,
            quote=" … ".join(quotes), text=passage, start=start, end=end,
            issue=issue, new_issue=new_issue, figures=figures, cue=cue,
            confidence=max(0.05, min(0.95, confidence)), speaker_party=party if new else None,
        )


@lru_cache(maxsize=16)
def _ignored_words(parties, language: str) -> frozenset[str]:
    """Party names and cue verbs: words every statement has, so no issue is named or matched by them
    (kept per set of parties: the built-in states make the list long)."""
    ignore = set(cue_forms(language))
    for party in parties:
        for alias in (party.name, *party.aliases):
            ignore |= content_lemmas(alias, language)
    return frozenset(ignore)


def _topic_keys(issues) -> dict[str, str]:
    found: dict[str, str] = {}
    for issue in issues:
        key = topic_of_issue(issue.name, issue.description)
        if key is not None:
            found.setdefault(key, issue.name)
    return found


def _names_a_person(role: str, headed: bool = False) -> bool:
    """"chief", "глава": an office holder; "foreign ministry": the institution itself."""
    last = role.split()[-1].lower()
    first = role.split()[0].lower()
    if is_cyrillic(first) and set(lemmas(first, dictionary_language(None, first))) & _BODY_LEMMAS_CYR:
        return headed  # "українська делегація запропонувала": the delegation as a body, no one person
    return last in PERSON_ROLE_WORDS_EN or (is_cyrillic(last) and first in role_forms("ru") | role_forms("uk"))


_BODY_LEMMAS_CYR = {"делегація", "делегация"}


def _beside_quote(toks, mentions: list[Mention]) -> Mention | None:
    """The person or party named outside the quotation, nearest to it."""
    quoted = [i for i, t in enumerate(toks) if t.quoted]
    if not quoted:
        return None
    candidates = [m for m in mentions if m.kind in ("person", "party", "pronoun") and not m.possessive
                  and not m.preposition and m.subject]
    if not candidates:
        return None
    return min(candidates, key=lambda m: min(abs(m.first - q) for q in (quoted[0], quoted[-1])))


def _kind(toks, mention: Mention | None, cue: str) -> str:
    """Direct when, outside the quotation, little but the speaker and the cue is left."""
    outside = []
    for i, token in enumerate(toks):
        if token.quoted:
            continue
        if mention is not None and mention.first <= i <= mention.last:
            continue
        if token.text == cue or token.lower in _FUNCTION_WORDS or token.lower in PLURAL_PRONOUNS:
            continue
        outside.append(token.lower)
    if any(word in ("that", "що", "что", "щоб", "чтобы") for word in outside[:3]):
        return "mixed"
    if sum(1 for token in toks if token.quoted) < 4:
        return "mixed"  # a quoted word or two inside the author's sentence: «нереалістичною»
    return "direct" if len(outside) <= 4 else "mixed"
