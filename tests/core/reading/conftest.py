"""A small workspace for the reading tests: invented parties and people."""

from __future__ import annotations

import pytest

from core.reading import Gazetteer, KnownIssue, KnownParty, KnownPerson, KnownRound, read_report


PARTIES = (
    KnownParty("Ukraine", ("Kyiv", "Ukrainian", "the Ukrainian delegation", "Україна", "Київ", "українська сторона",
                           "Украина", "Киев", "украинская сторона")),
    KnownParty("Russia", ("Moscow", "the Kremlin", "Russian", "the Russian side", "Росія", "Москва", "Кремль",
                          "Россия", "російська сторона", "российская сторона")),
    KnownParty("Türkiye", ("Turkey", "Turkish", "Ankara", "Туреччина", "Турция")),
)
PEOPLE = (
    KnownPerson("Rustem Umerov", "Ukraine", "Minister of Defence", ("Умєров", "Умеров")),
    KnownPerson("Vladimir Medinsky", "Russia", "Presidential aide", ("Мединский", "Медінський")),
)
ISSUES = (
    KnownIssue("Prisoner exchange", "exchange of prisoners of war", ("swap of captured soldiers",)),
    KnownIssue("Ceasefire", "a halt to hostilities on the front line", ()),
)
ROUNDS = (KnownRound("Round 1", "2031-05-16"), KnownRound("Round 2", "2031-06-02"))


@pytest.fixture
def gazetteer() -> Gazetteer:
    return Gazetteer(PARTIES, PEOPLE, ISSUES, ROUNDS)


@pytest.fixture
def read(gazetteer):
    def run(text: str, **kwargs):
        return read_report(text, gazetteer, **kwargs)
    return run
