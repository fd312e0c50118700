"""The matching rules of tests/reading_eval (see the development-set format).

A proposal matches an expected statement when its passage contains the
expected phrase. Recall counts matched expected statements, precision the
proposals that match some expected statement. Among matched statements (the
first proposal containing the phrase): party accuracy (same party name, null
= null), speaker accuracy (same surname after folding case and diacritics
and Cyrillic inflection, or the same in Latin letters: Песков = Peskov), figure accuracy (every expected figure's low and
high appear among the proposal's figures; counted over matched statements
that expect figures).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.reading import Gazetteer, KnownIssue, KnownParty, KnownPerson
from core.reading.morphology import is_cyrillic, lemmas, translit
from core.reading.names import fold, stem


class BadReport(ValueError):
    """A development-set file that cannot be used; the message is one line."""


def gazetteer_from(data: dict) -> Gazetteer:
    try:
        parties = tuple(KnownParty(str(p["name"]), tuple(str(a) for a in p.get("aliases", ()))) for p in data.get("parties", ()))
        people = tuple(KnownPerson(str(p["name"]), p.get("party"), str(p.get("role") or ""),
                                   tuple(str(a) for a in p.get("aliases", ()))) for p in data.get("people", ()))
        issues = tuple(KnownIssue(str(i["name"]), str(i.get("description") or ""),
                                  tuple(str(w) for w in i.get("words", ()))) for i in data.get("issues", ()))
    except (KeyError, TypeError, AttributeError) as error:
        raise BadReport(f"parties, people or issues malformed ({error})") from None
    return Gazetteer(parties, people, issues, ())


def surname_keys(name: str | None) -> frozenset[str]:
    if not name or not name.split():
        return frozenset()
    surname = fold(name.split()[-1])
    keys = {surname, stem(surname)}
    if is_cyrillic(surname):
        for language in ("ru", "uk"):
            keys.update(fold(lemma) for lemma in lemmas(surname, language))
        keys.update({translit(key) for key in keys})  # "Песков" = "Peskov" (a new person keeps the text's script)
    return frozenset(keys)


def same_speaker(expected: str | None, proposed: str | None) -> bool:
    if not expected or not proposed:
        return not expected and not proposed
    return bool(surname_keys(expected) & surname_keys(proposed))


def figures_found(expected: list[dict], proposed: list[dict]) -> bool:
    def number(value):
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    pairs = {(number(f.get("low")), number(f.get("high"))) for f in proposed}
    return all((number(f.get("low")), number(f.get("high"))) in pairs for f in expected)


@dataclass
class Tally:
    expected: int = 0
    matched: int = 0
    proposals: int = 0
    matching_proposals: int = 0
    party_right: int = 0
    speaker_right: int = 0
    with_figures: int = 0
    figures_right: int = 0
    reports: int = 0
    milliseconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("expected", "matched", "proposals", "matching_proposals", "party_right", "speaker_right",
                     "with_figures", "figures_right", "reports", "milliseconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        def ratio(a, b):
            return f"{a / b:.2f}" if b else "n/a"
        per_report = self.milliseconds / self.reports if self.reports else 0
        return (f"{label}: reports {self.reports}, expected {self.expected}, proposals {self.proposals} | "
                f"recall {ratio(self.matched, self.expected)}, precision {ratio(self.matching_proposals, self.proposals)}, "
                f"party {ratio(self.party_right, self.matched)}, speaker {ratio(self.speaker_right, self.matched)}, "
                f"figures {ratio(self.figures_right, self.with_figures)} ({self.with_figures} with figures), "
                f"{per_report:.0f} ms/report")


def score(report_id: str, expected: list[dict], proposals: list[dict]) -> Tally:
    tally = Tally(reports=1, proposals=len(proposals), expected=len(expected))
    used = [False] * len(proposals)
    for item in expected:
        phrase = str(item.get("phrase", ""))
        hits = [n for n, p in enumerate(proposals) if phrase and phrase in p["text"]]
        if not hits:
            tally.misses.append(f"{report_id}: missed [{item.get('party')}|{item.get('speaker')}] {phrase}")
            continue
        for n in hits:
            used[n] = True
        tally.matched += 1
        proposal = proposals[hits[0]]
        if proposal["party"] == item.get("party"):
            tally.party_right += 1
        else:
            tally.wrong.append(f"{report_id}: party {proposal['party']} ≠ {item.get('party')}: {phrase}")
        if same_speaker(item.get("speaker"), proposal["speaker"]):
            tally.speaker_right += 1
        else:
            tally.wrong.append(f"{report_id}: speaker {proposal['speaker']} ≠ {item.get('speaker')}: {phrase}")
        if item.get("figures"):
            tally.with_figures += 1
            if figures_found(item["figures"], proposal["figures"]):
                tally.figures_right += 1
            else:
                got = [(f["low"], f["high"]) for f in proposal["figures"]]
                want = [(f.get("low"), f.get("high")) for f in item["figures"]]
                tally.wrong.append(f"{report_id}: figures {got} lack {want}: {phrase}")
    tally.matching_proposals = sum(used)
    for n, proposal in enumerate(proposals):
        if not used[n]:
            tally.false_positives.append(
                f"{report_id}: extra [{proposal['party']}|{proposal['speaker']}|{proposal['kind']}] {proposal['text'][:140]}")
    return tally
