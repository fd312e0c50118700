"""Who a sentence names: people (with role and party), parties, pronouns.

A mention is found from the name outwards: a run of capitalised name words
("Hakan Fidan", "Рустема Умєрова"), then the office and party words just
before it ("Turkish Foreign Minister", "міністр оборони України") or in an
appositive between commas ("Ukraine’s chief delegate, Rustem Umerov," /
"Oleksandr Bevz, another member of the Ukrainian delegation,"). Party words
that belong to no person are party mentions ("the Kremlin", "Москва").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bodies import BodyMentions
from .directory import Directory, Person
from .morphology import analyses, is_cyrillic, is_known, is_name_word, is_surname_word, tags
from .names import fold
from .roles import role_forms, ORGANISATION_WORDS_EN, NAME_PARTICLES, PERSON_ROLE_WORDS_EN, NOT_NAME_POS, NOT_NAMES_CYR, PREPOSITIONS, NOT_NAMES_EN, ROLE_COMPLEMENTS_EN, ROLE_LEMMAS_CYR, ROLE_WORDS_EN
from .cues import PRONOUNS, cue_forms
from .sentences import Token

MAX_PREFIX = 7
# Both parties speaking at once: a statement with no single party.
JOINT_NOUNS = {"sides", "parties", "delegations", "сторони", "стороны", "делегації", "делегации", "сторін", "сторон"}
# "Washington and Kyiv", "Москва і Анкара": two parties joined so, speaking together.
COORDINATORS = {"and", "і", "й", "та", "и"}
JOINT_DETERMINERS = {"both", "two", "обидві", "обидва", "обе", "оба", "дві", "две", "обох", "обеих", "обоих"}
MAX_APPOSITIVE = 9
ARTICLES_EN = {"a", "an", "the"}  # "A Russian Foreign Ministry spokeswoman, <name>,": capitalised at a sentence's start


@dataclass
class Mention:
    kind: str  # "person" | "party" | "pronoun" | "role" | "joint" | "media"
    first: int  # token indices, inclusive
    last: int
    person: Person | None = None
    party: str | None = None
    role: str = ""
    possessive: bool = False
    preposition: str = ""  # the preposition just before the mention, if any
    subject: bool = True  # False for an office in an oblique case ("в Офісі президента")
    coordinated: bool = False  # a party joined by "and" to another party: neither speaks alone


class SentenceMentions(BodyMentions):
    def __init__(self, text: str, toks: list[Token], directory: Directory, language: str, sentence_start: int):
        self.text = text
        self.toks = toks
        self.directory = directory
        self.language = language
        self.sentence_start = sentence_start

    def gap(self, i: int) -> str:
        """The characters between token i and token i+1."""
        return self.text[self.toks[i].end:self.toks[i + 1].start]

    def is_role(self, i: int) -> bool:
        word = self.toks[i].lower
        if is_cyrillic(word):
            forms = role_forms(self.language)
            return word in forms or ("-" in word and word.rsplit("-", 1)[1] in forms)  # "віцепрем'єр-міністерка"
        return word in ROLE_WORDS_EN

    def is_namey(self, i: int, aliases: dict[int, tuple[str, int]]) -> bool:
        token = self.toks[i]
        word = token.text
        if token.quoted or not word[0].isupper() or i in aliases or self.is_role(i):
            return False
        if len(word) > 1 and word.isupper():
            return False  # ISTANBUL (a dateline), МЗС: not a person's name
        if is_cyrillic(word):
            lowered = word.lower()
            if lowered in NOT_NAMES_CYR or lowered in PREPOSITIONS:
                return False
            if self.language == "ru" and any(ch in lowered for ch in "іїєґ"):
                return False  # a Ukrainian word quoted in Russian text ("Єдині новини")
            if self.language == "uk" and any(ch in lowered for ch in "ыэъё"):
                return False
            best = tags(word, self.language)
            pos = {t for t in best if t.isupper() and len(t) == 4}
            if pos & NOT_NAME_POS and not is_name_word(word, self.language):
                return False
            return True
        return fold(word) not in NOT_NAMES_EN and any(ch.isalpha() for ch in word)

    def find(self) -> list[Mention]:
        toks = self.toks
        aliases: dict[int, tuple[str, int]] = {}
        i = 0
        while i < len(toks):
            if not toks[i].quoted:
                hit = self.directory.party_at(toks, i, self.language)
                if hit:
                    for k in range(i, i + hit[1]):
                        aliases[k] = (hit[0], hit[1] if k == i else 0)
                    i += hit[1]
                    continue
            i += 1
        used: set[int] = set()
        mentions: list[Mention] = []
        i = 0
        while i < len(toks):
            if not self.is_namey(i, aliases):
                i += 1
                continue
            j = i
            while j + 1 < len(toks) and self.gap(j).strip() == "":
                if self.is_namey(j + 1, aliases):
                    j += 1
                elif (toks[j + 1].lower in NAME_PARTICLES and j + 2 < len(toks) and self.gap(j + 1).strip() == ""
                      and self.is_namey(j + 2, aliases)):
                    j += 2
                else:
                    break
            if self.title_case():
                found = [self._person(k, k, aliases) for k in range(i, j + 1)
                         if self.directory.person_for([toks[k].text], self.language, known_only=True)]
            else:
                found = [self._person(i, j, aliases) if self._could_be_person(i, j) else None]
            for mention in found:
                if mention:
                    mentions.append(mention)
                    used.update(range(mention.first, mention.last + 1))
            i = j + 1
        for index, (party, length) in aliases.items():
            if length and index not in used and not toks[index].quoted:
                end = index + length - 1
                word = toks[end].text
                possessive = word.endswith(("’s", "'s", "ʼs")) or self.text[toks[end].end:toks[end].end + 2] in ("’s", "'s")
                role, start, stop = "", index, end
                press = None if possessive else self.media_after(end)
                if press is not None:
                    # "турецкие СМИ сообщили", "Turkish media reported": the press, no party speaks
                    mentions.append(Mention("media", start, press))
                    used.update(range(start, press + 1))
                    continue
                if possessive:
                    # "Ukraine's foreign ministry said": the party speaks through its office
                    k = end + 1
                    while k < len(toks) and k - end <= 3 and self.is_role(k) and not toks[k].quoted \
                            and self.gap(k - 1).strip() in ("", "’s", "'s"):
                        k += 1
                    if k > end + 1 and (k >= len(toks) or not self.is_namey(k, aliases)):
                        role, stop, possessive = " ".join(t.text for t in toks[end + 1:k]), k - 1, False
                if role:
                    pass
                elif end + 1 < len(toks) and self.gap(end).strip() == "" and self.is_role(end + 1) \
                        and not toks[end + 1].quoted and end + 1 not in used:
                    role, stop = toks[end + 1].text, end + 1  # "the UN chief", "IAEA chief"
                elif index > 0 and self.gap(index - 1).strip() == "" and self.is_role(index - 1) and index - 1 not in used:
                    role, start = toks[index - 1].text, index - 1  # "глава МИД России"
                mentions.append(Mention("party", start, stop, party=party, possessive=possessive, role=role))
                used.update(range(start, stop + 1))
        for k, party, role, subject in self.bare_institutions(aliases, used):
            mentions.append(Mention("party", k, k, party=party, role=role, subject=subject))
            used.add(k)
        pronouns = PRONOUNS.get(self.language, PRONOUNS["en"])
        for index, token in enumerate(toks):
            if index in used or token.quoted:
                continue
            if token.lower in pronouns:
                mentions.append(Mention("pronoun", index, index))
            elif token.lower in JOINT_NOUNS and index > 0 and toks[index - 1].lower in JOINT_DETERMINERS:
                mentions.append(Mention("joint", index - 1, index))  # "both sides", "обидві сторони"
            elif self.is_role(index) and (is_cyrillic(token.text) or token.lower in PERSON_ROLE_WORDS_EN):
                mentions.append(Mention("role", index, index, role=token.text, subject=self._could_be_subject(index)))
        for mention in mentions:
            k = mention.first - 1
            if k >= 0 and not toks[k].quoted and toks[k].lower in PREPOSITIONS and self.gap(k).strip() == "":
                mention.preposition = toks[k].lower
        mentions.sort(key=lambda m: m.first)
        self._mark_coordinated(mentions)
        return mentions

    def _mark_coordinated(self, mentions: list[Mention]) -> None:
        """"Delegations from Washington and Kyiv shared…", "the U.S. and Ukrainian delegations
        announced": a statement of two parties together is no single party's."""
        parties = [m for m in mentions if m.kind == "party" and not m.possessive]
        for a, b in zip(parties, parties[1:]):
            if a.party != b.party and b.first == a.last + 2 and self.toks[a.last + 1].lower in COORDINATORS \
                    and self.gap(a.last).strip() == "" and self.gap(a.last + 1).strip() == "":
                a.coordinated = b.coordinated = True

    def _could_be_person(self, first: int, last: int) -> bool:
        """In Ukrainian or Russian text a person's name has a word the dictionary
        calls a name or surname, or one it does not know (most surnames);
        "Верховної Ради" or a Latin "Twitter" is no person unless already known."""
        words = [self.toks[k].text for k in range(first, last + 1)]
        if self.language not in ("ru", "uk"):
            if self.directory.person_for(words, self.language) is not None:
                return True
            return not any(fold(w) in ORGANISATION_WORDS_EN or _not_a_name_shape(w) for w in words)
        if self.directory.person_for(words, self.language, known_only=True) is not None:
            return True
        if not all(is_cyrillic(w) for w in words if w.lower() not in NAME_PARTICLES):
            return False
        for n, word in enumerate(words):
            if is_surname_word(word, self.language) or not is_known(word, self.language):
                return True
            if is_name_word(word, self.language) and n + 1 < len(words):
                return True  # a first name and what follows it: "Георгій Тихий"
        return False

    def _person(self, first: int, last: int, aliases) -> Mention | None:
        toks = self.toks
        name_words = [toks[k].text for k in range(first, last + 1)]
        start, role_words, party = self._prefix(first, aliases)
        end = last
        if not role_words and first > 0 and self.gap(first - 1).strip() == ",":
            start2, role2, party2 = self._before_comma(first - 1, aliases)
            if role2:
                start, role_words, party = start2, role2, party2 or party
        after_end, after_role, after_party = self._appositive_after(last, aliases)
        if after_end is not None and (after_role or after_party):
            end = after_end
            if not role_words:
                role_words = after_role
            party = party or after_party
        while name_words and name_words[0].lower() in NAME_PARTICLES:
            name_words = name_words[1:]
        if not name_words:
            return None  # "Al" alone is no name
        person = self.directory.person_for(name_words, self.language)
        role = " ".join(role_words)
        if person is None:
            before = toks[start - 1].lower if start > 0 and self.gap(start - 1).strip() == "" else ""
            if before in PREPOSITIONS and not role_words and before not in ("by",):
                return None  # "in Sharm El Sheikh", "to Istanbul": a place, most likely
            if len(name_words) == 1 and not role_words and not party and first == 0 and not is_cyrillic(name_words[0]) \
                    and not (last + 1 < len(toks) and toks[last + 1].lower in cue_forms(self.language)):
                return None  # a capitalised sentence opener, most likely (but "Fidan says…" is a name)
            person = self.directory.discover(name_words, role, party, self.language)
        if not person.known:
            self.directory.learn(person, name_words, role, party, self.language)
        self.directory.note(person, person.party or party)
        return Mention("person", start, end, person=person, party=person.party or party, role=role or person.role)

    def _could_be_subject(self, k: int) -> bool:
        """A bare office speaks only in the nominative: "міністр додав", not "в Офісі президента"."""
        word = self.toks[k].lower
        if not is_cyrillic(word):
            return True
        cases = {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"}
        return any("nomn" in grammemes or not grammemes & cases for _n, grammemes in analyses(word, self.language))

    def _prefix(self, first: int, aliases):
        """Office and party words right before a name: 'Turkish Foreign Minister',
        'Глава Минобороны Украины и член делегации на переговорах с США'.

        The walk goes left over office words, party words, abbreviations and (in
        Cyrillic) nouns, adjectives, prepositions and "і/и/та", then keeps only
        what follows the leftmost office word. The person's party is a party word
        there that no preposition governs ("з США" names the talks' partner).
        """
        toks = self.toks
        limit = MAX_PREFIX * 2 if self.language in ("ru", "uk") else MAX_PREFIX
        k = first - 1
        taken: list[int] = []
        while k >= 0 and first - k <= limit and (self.gap(k).strip() in ("", "-", "(", ")") or self._abbreviation_gap(k)):
            token = toks[k]
            if token.quoted:
                break
            if (k in aliases or self.is_role(k) or (token.lower in ROLE_COMPLEMENTS_EN and taken)
                    or self._institution_word(k)):
                taken.append(k)
            elif is_cyrillic(token.text) and token.text.islower() and k > 0 and (
                    token.lower in PREPOSITIONS or token.lower in ("і", "и", "та", "й") or self._cyr_complement(k)):
                taken.append(k)
            else:
                break
            k -= 1
        taken.reverse()
        offices = [k for k in taken if self.is_role(k) and k not in aliases]
        if not offices:
            # no office: only a party word right before the name ("Ukrainian Volodymyr X") counts
            adjacent = first - 1 in aliases and not re.search(r"[–—,;:.!?]", self.gap(first - 1))  # not "з Росією – Подоляк"
            party = aliases[self._alias_head(first - 1, aliases)][0] if adjacent else None
            return first, [], party
        begin = offices[0]
        while begin - 1 in aliases and begin - 1 in taken:
            begin -= 1  # "Turkish Foreign Minister", "UN Secretary-General": the party word before the office
        taken = [k for k in taken if k >= begin]
        party = None
        governed = False
        for k in taken:
            if toks[k].lower in PREPOSITIONS and is_cyrillic(toks[k].text):
                governed = True
            elif self.is_role(k) and k not in aliases:
                governed = False
            elif k in aliases and not governed and party is None:
                party = aliases[self._alias_head(k, aliases)][0]
        role_words = [toks[k].text for k in taken if k not in aliases or self.is_role(k)]
        while role_words and fold(role_words[-1]) in ROLE_COMPLEMENTS_EN | PREPOSITIONS:
            role_words.pop()
        return taken[0], role_words, party

    def _cyr_complement(self, k: int) -> bool:
        """A lower-case noun or adjective that can complete an office: 'оборони', 'закордонних'."""
        for _normal, grammemes in analyses(self.toks[k].lower, self.language):
            if grammemes & {"NOUN", "ADJF", "PRTF"} and not grammemes & {"VERB", "INFN", "GRND"}:
                return True
        return False

    def _institution_word(self, k: int) -> bool:
        """An abbreviation (МЗС, IAEA) or a capitalised dictionary word (Верховної Ради) inside an office."""
        word = self.toks[k].text
        if len(word) > 1 and word.isupper():
            return True
        return is_cyrillic(word) and word[0].isupper() and is_known(word, self.language) \
            and not is_name_word(word, self.language)

    def _abbreviation_gap(self, k: int) -> bool:
        """'U.S. President': the full stop after an abbreviation does not part it from the office."""
        return self.gap(k).strip() == "." and "." in self.toks[k].text

    def _is_role_word(self, word: str) -> bool:
        if is_cyrillic(word):
            return word.lower() in role_forms(self.language)
        return word.lower() in ROLE_WORDS_EN

    def _alias_head(self, k: int, aliases) -> int:
        while aliases[k][1] == 0:
            k -= 1
        return k

    def _before_comma(self, k: int, aliases):
        """'Ukraine’s chief delegate, <name>': the phrase before a comma."""
        toks = self.toks
        role_words: list[str] = []
        party = None
        start = k
        while k >= 0 and start - k < 6:
            if toks[k].quoted:
                break
            if k in aliases:
                party = party or aliases[self._alias_head(k, aliases)][0]
            elif self.is_role(k):
                role_words.insert(0, toks[k].text)
            elif fold(toks[k].text) in ROLE_COMPLEMENTS_EN | ARTICLES_EN or toks[k].text.islower():
                if not role_words:
                    return k, [], None
            else:
                break
            if k == 0 or self.gap(k - 1).strip():
                return k, role_words, party
            k -= 1
        return k + 1, [], None

    def _appositive_after(self, last: int, aliases):
        """'<name>, another member of the Ukrainian delegation,': the phrase after a comma, up to the
        next comma or the sentence's end (where it must name nobody else: '…, meeting Turkish President X.')."""
        toks = self.toks
        if last + 1 >= len(toks) or self.gap(last).strip() != ",":
            return None, [], None
        words: list[str] = []
        party = None
        has_role = False
        k = last + 1
        while k < len(toks) and k - last <= MAX_APPOSITIVE and not toks[k].quoted:
            if k in aliases:
                party = party or aliases[self._alias_head(k, aliases)][0]
            if self.is_role(k):
                has_role = True
            words.append(toks[k].text)
            gap = self.gap(k) if k + 1 < len(toks) else self.text[toks[k].end:toks[k].end + 1]
            if re.search(r"[,;:—–()]", gap):
                break
            if re.search(r"[.!?]", gap):
                if k == len(toks) - 1 and not any(self.is_namey(n, aliases) for n in range(last + 1, k + 1)):
                    break  # "…, said X, who heads Ukraine's delegation.": it may close the sentence
                return None, [], None
            k += 1
        else:
            return None, [], None
        if not has_role:
            return None, [], None
        while words and fold(words[0]) in {"another", "the", "a", "an"}:
            words.pop(0)
        return k, words, party


def _not_a_name_shape(word: str) -> bool:
    """"WeasyPrint", "G7", "COVID": a product, a code or an acronym, not a person's name."""
    if any(ch.isdigit() for ch in word) or len(word) == 1:
        return True
    for possessive in ("'s", "’s"):
        if word.endswith(possessive):
            word = word[: -len(possessive)]
    core = word.split("-")[-1].split("’")[-1].split("'")[-1]
    inner = core[1:]
    if core.startswith(("Mc", "Mac")):
        inner = core[3:] if core.startswith("Mac") else core[2:]
    return any(ch.isupper() for ch in inner)
