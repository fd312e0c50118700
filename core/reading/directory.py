"""The people and parties a reading can attribute statements to.

It starts from the analyst's gazetteer and grows while a report is read: the
first time a report names someone it does not know ("Turkish Foreign Minister
Hakan Fidan"), that person is proposed with the role and party the text gives,
and a later "Fidan said" finds the same proposal.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Gazetteer
from .morphology import is_cyrillic, tags
from .names import alias_word_matches, fold, same_name_word
from .sentences import Token


@dataclass
class Person:
    name: str
    party: str | None
    role: str = ""
    known: bool = True
    spellings: list[list[str]] = field(default_factory=list)  # each a list of name words


class Directory:
    def __init__(self, gazetteer: Gazetteer, language: str):
        self.language = language
        self.parties: list[tuple[str, list[str]]] = []
        for party in gazetteer.parties:
            for alias in (party.name, *party.aliases):
                words = [w for w in alias.replace("’s", "").split() if w]
                if words and fold(words[0]) == "the" and len(words) > 1:
                    words = words[1:]
                if words:
                    self.parties.append((party.name, words))
        self.parties.sort(key=lambda entry: -len(entry[1]))
        # Every way a word can match an alias word keeps its first two letters
        # (Ukraine/Ukrainian, Києва/київ, Росії/російський), so a token is only
        # compared with the aliases that begin like it.
        self._by_prefix: dict[str, list[tuple[str, list[str]]]] = {}
        for entry in self.parties:
            self._by_prefix.setdefault(fold(entry[1][0])[:2], []).append(entry)
        self.people: list[Person] = []
        for known in gazetteer.people:
            spellings = [known.name.split()] + [alias.split() for alias in known.aliases if alias.split()]
            self.people.append(Person(known.name, known.party, known.role, True, spellings))
        self.last_of_party: dict[str, Person] = {}
        self.last_institution: str | None = None  # the party of the ministry named last (mentions.py)

    def note(self, person: Person, party: str | None) -> None:
        """Remember the last person named for a party ("the UN chief" later means them)."""
        if party:
            self.last_of_party[party] = person

    def party_at(self, toks: list[Token], i: int, language: str) -> tuple[str, int] | None:
        """The party whose alias begins at token i, and how many tokens it takes."""
        if toks[i].quoted:
            return None
        for name, words in self._by_prefix.get(fold(toks[i].text)[:2], ()):
            n = len(words)
            if i + n > len(toks) or any(t.quoted for t in toks[i:i + n]):
                continue
            if all(self._alias_word(toks[i + k].text, words[k], language, n == 1) for k in range(n)):
                return name, n
        return None

    def _alias_word(self, token: str, alias_word: str, language: str, single: bool) -> bool:
        if single and not is_cyrillic(token) and not token[0].isupper():
            return False  # a lower-case English word is no party name ("turkey" the bird aside)
        return alias_word_matches(token, alias_word, language)

    def party_named(self, word: str) -> str | None:
        for name, words in self.parties:
            if len(words) == 1 and alias_word_matches(word, words[0], self.language):
                return name
        return None

    def person_for(self, name_words: list[str], language: str, known_only: bool = False) -> Person | None:
        """A known (or already proposed) person whose surname is among ``name_words``."""
        surname = name_words[-1]
        best = None
        for person in self.people:
            for spelling in person.spellings:
                if not spelling:
                    continue
                if same_name_word(surname, spelling[-1], language):
                    if len(name_words) > 1 and len(spelling) > 1 and not _first_names_agree(name_words[0], spelling[0], language):
                        continue
                    if person.known:
                        return person
                    if not known_only:
                        best = best or person
        if best is None and len(name_words) == 1:
            # "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani":
            # a long name may be shortened to its first word
            for person in self.people:
                if known_only and not person.known:
                    continue
                for spelling in person.spellings:
                    if len(spelling) >= 3 and same_name_word(name_words[0], spelling[0], language):
                        return person
        return best

    def only_person_of(self, party: str) -> Person | None:
        """The one person the workspace lists for a party, if it lists exactly one."""
        found = [p for p in self.people if p.known and p.party == party]
        return found[0] if len(found) == 1 else None

    def learn(self, person: Person, name_words: list[str], role: str, party: str | None, language: str) -> None:
        """A proposed person named again, more fully: "Мединский" becomes "Владимир Мединский"."""
        if len(name_words) > len(person.name.split()):
            person.name = " ".join(nominative(name_words, language))
            person.spellings.append(person.name.split())
        person.role = person.role or role
        person.party = person.party or party

    def discover(self, name_words: list[str], role: str, party: str | None, language: str) -> Person:
        name = " ".join(nominative(name_words, language))
        person = Person(name, party, role, False, [name.split()])
        self.people.append(person)
        return person


def _first_names_agree(a: str, b: str, language: str) -> bool:
    if len(a) <= 2 or len(b) <= 2:
        return fold(a)[:1] == fold(b)[:1]  # an initial
    return same_name_word(a, b, language) or fold(a)[:1] == fold(b)[:1]


_OBLIQUE = {"gent", "datv", "accs", "ablt", "loct"}


def nominative(words: list[str], language: str) -> list[str]:
    """Rustema Umierova → Рустем Умєров: a proposed person's name in the nominative."""
    if not words or not is_cyrillic(words[0]) or language not in ("ru", "uk"):
        return words
    from .morphology import analyser

    morph = analyser(language)
    oblique = False
    out = []
    for word in words:
        parses = morph.parse(word)
        named = [p for p in parses if {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))]
        if named:
            if any(p.tag.case == "nomn" for p in named):
                out.append(word)  # already the nominative ("Петрова" as a woman's surname)
                continue
            oblique = True
            inflected = named[0].inflect({"nomn"})  # keeps the gender: Анни Петрової → Анна Петрова
            out.append((inflected.word if inflected else named[0].normal_form).capitalize())
        else:
            out.append(word)
    if oblique:
        out = [_surname_nominative(w) if w == original else w for w, original in zip(out, words)]
    return out


def _surname_nominative(word: str) -> str:
    for ending, replacement in (("ського", "ський"), ("ского", "ский"), ("цького", "цький"), ("цкого", "цкий"),
                                ("ському", "ський"), ("скому", "ский"), ("ським", "ський"), ("ским", "ский"),
                                ("ова", "ов"), ("ева", "ев"), ("єва", "єв"), ("іна", "ін"), ("ина", "ин"),
                                ("ову", "ов"), ("ові", "ов"), ("овим", "ов"), ("овым", "ов"), ("енка", "енко"),
                                ("енку", "енко")):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word
