"""The built-in states table: parties on an empty workspace, inflected forms, the workspace first."""

import json
from pathlib import Path
from types import SimpleNamespace

from core.reading import Gazetteer, KnownParty, read_report
from core.reading.from_workspace import gazetteer_of
from core.reading.listing import reading_lines
from tests.reading_eval.scoring import score

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "resources/seed/istanbul-talks-2025-07-23.txt"
STATE_WORDS = {"kremlin", "russian", "russia", "kyiv", "ukraine", "ukrainian", "moscow", "ukrainian authorities"}


def seed_on_empty_workspace():
    text = SEED.read_text(encoding="utf-8")
    return text, read_report(text, Gazetteer(), published="2025-07-23")


def statement_with(reading, phrase):
    found = [s for s in reading.statements if phrase in s.text]
    assert found, f"no statement with {phrase!r}"
    return found[0]


def test_the_seed_report_on_an_empty_workspace_gives_speakers_their_states():
    _text, reading = seed_on_empty_workspace()
    summit = statement_with(reading, "formally proposed a meeting")
    assert (summit.speaker, summit.party) == ("Rustem Umerov", "Ukraine")
    ceasefires = statement_with(reading, "short ceasefires")
    assert (ceasefires.speaker, ceasefires.party) == ("Vladimir Medinsky", "Russia")
    assert {(f.low, f.high, f.unit) for f in ceasefires.figures} == {(24, 48, "hours")}
    for phrase, number in (("1,200 more prisoners", 1200), ("3,000 Ukrainian bodies", 3000), ("339 names", 339)):
        statement = statement_with(reading, phrase)
        assert (statement.speaker, statement.party) == ("Vladimir Medinsky", "Russia"), phrase
        assert number in {f.low for f in statement.figures}
    insists = statement_with(reading, "Ukraine, conversely, continues to insist")
    assert (insists.speaker, insists.party) == (None, "Ukraine")
    denies = statement_with(reading, "Russia denies the abduction charge")
    assert (denies.speaker, denies.party) == (None, "Russia")
    trump = statement_with(reading, "heavy new sanctions")
    assert trump.party == "United States"


def test_the_seed_report_on_an_empty_workspace_scores_as_with_the_parties_entered():
    text, reading = seed_on_empty_workspace()
    data = json.loads((ROOT / "tests/reading_eval/seed_expected.json").read_text(encoding="utf-8"))
    tally = score("seed", data["statements"], reading.to_json({"text": text})["statements"])
    assert tally.matched >= 17, tally.misses
    assert tally.party_right == tally.matched, tally.wrong
    assert tally.speaker_right == tally.matched, tally.wrong


def test_no_state_institution_or_headline_is_proposed_as_a_person():
    _text, reading = seed_on_empty_workspace()
    speakers = {s.speaker for s in reading.statements if s.speaker}
    assert not {s.casefold() for s in speakers} & STATE_WORDS, speakers
    assert not any("Progress" in s or "Make" in s for s in speakers), speakers
    assert speakers <= {"Rustem Umerov", "Vladimir Medinsky", "Oleksandr Bevz", "Donald Trump"}, speakers


def test_a_state_the_workspace_lacks_is_marked_a_new_party_in_the_text_list():
    text, reading = seed_on_empty_workspace()
    denies = statement_with(reading, "Russia denies")
    assert denies.new_party
    lines = "\n".join(reading_lines("seed", {"text": text}, reading))
    assert "(Russia) [new party]" in lines


def test_ukrainian_inflected_state_names_give_the_party():
    reading = read_report("У Кремлі заявили, що переговори з Києвом триватимуть наступного тижня.\n\n"
                          "Офіційний Київ наполягає на повному припиненні вогню щонайменше на 30 днів.\n\n"
                          "Представники Туреччини підтвердили, що готові прийняти наступний раунд.",
                          Gazetteer(), language="uk")
    parties = [s.party for s in reading.statements]
    assert parties == ["Russia", "Ukraine", "Türkiye"], [(s.party, s.text) for s in reading.statements]
    assert not any(s.speaker for s in reading.statements)


def test_russian_inflected_state_names_give_the_party():
    reading = read_report("В Кремле заявили, что готовы передать Киеву ещё 1000 тел.\n\n"
                          "Вашингтон пригрозил России новыми санкциями.\n\n"
                          "Киев настаивает на прекращении огня сроком не менее 30 дней.",
                          Gazetteer(), language="ru")
    parties = [s.party for s in reading.statements]
    assert parties == ["Russia", "United States", "Ukraine"], [(s.party, s.text) for s in reading.statements]


def _workspace(parties):
    """A stand-in for an open workspace, with records that carry ``aliases`` (the issue-11 column)."""
    records = [SimpleNamespace(id=str(n), name=name, short_name=short, aliases=aliases)
               for n, (name, short, aliases) in enumerate(parties)]
    return SimpleNamespace(parties=lambda: records, people=lambda: [], issues=lambda: [], rounds=lambda: [],
                           positions=lambda: [])


def test_workspace_aliases_are_read_one_per_line():
    gazetteer = gazetteer_of(_workspace([("Ukraine", "UA", "Kyiv\n the Ukrainian delegation \n\n")]))
    assert gazetteer.parties == (KnownParty("Ukraine", ("UA", "Kyiv", "the Ukrainian delegation")),)


def test_workspace_aliases_override_the_table():
    gazetteer = gazetteer_of(_workspace([("Ukrainian negotiators", "", "Kyiv"), ("Russian Federation", "RF", "")]))
    reading = read_report("Kyiv insists on a full ceasefire of at least 30 days.\n\n"
                          "The Kremlin rejected the proposal for a ceasefire.\n\n"
                          "Ankara offered to host the next round.", gazetteer, language="en")
    assert [(s.party, s.new_party) for s in reading.statements] == [
        ("Ukrainian negotiators", False), ("Russian Federation", False), ("Türkiye", True)]


def test_a_workspace_without_aliases_still_reads_the_record_of_before_issue_11():
    record = SimpleNamespace(id="1", name="Russia", short_name="")
    workspace = SimpleNamespace(parties=lambda: [record], people=lambda: [], issues=lambda: [], rounds=lambda: [],
                                positions=lambda: [])
    assert gazetteer_of(workspace).parties == (KnownParty("Russia", ()),)


def test_a_state_before_a_dash_is_not_the_party_of_the_name_after_it():
    reading = read_report("Україна підпише договір із Туреччиною, а не з Росією – Подоляк\n\n"
                          "Україна не підписуватиме ніяких документів з Росією, заявив радник голови Офісу президента "
                          "Михайло Подоляк.", Gazetteer(), language="uk")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Михайло Подоляк", "Ukraine")] * 2
