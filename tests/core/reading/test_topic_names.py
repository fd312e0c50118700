"""New-issue names from the built-in topic vocabulary (resources/reading/topics.json)."""

from pathlib import Path

from core.reading import Gazetteer, KnownIssue, KnownParty, read_report
from core.reading.topics import topic_of

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "resources/seed/istanbul-talks-2025-07-23.txt"
POOR_NAMES = {"Chief delegate", "Constructive approach", "Legal parents", "Day deadline set", "Authorities",
              "Sources close", "List", "Purpose", "Leaders"}


def new_issue_of(reading, phrase):
    found = [s for s in reading.statements if phrase in s.text]
    assert found, phrase
    return found[0].new_issue


def test_seed_statements_on_one_topic_share_a_proposed_issue_name():
    reading = read_report(SEED.read_text(encoding="utf-8"), Gazetteer(), published="2025-07-23")
    ceasefire = new_issue_of(reading, "short ceasefires")
    assert ceasefire == new_issue_of(reading, "comprehensive ceasefire") == "Ceasefire"
    summit = new_issue_of(reading, "formally proposed a meeting")
    assert summit == new_issue_of(reading, "leaders’ summit") == new_issue_of(reading, "Putin-Zelenskiy meeting")
    assert summit == new_issue_of(reading, "purpose of such a high-level meeting")
    assert "summit" in summit.lower()
    assert "prisoner" in new_issue_of(reading, "1,200 more prisoners").lower()
    assert "bodies" in new_issue_of(reading, "3,000 Ukrainian bodies").lower()
    children = new_issue_of(reading, "Russia denies the abduction charge")
    assert "children" in children.lower()
    assert new_issue_of(reading, "Some of the children have already been returned") == children
    assert new_issue_of(reading, "forcibly deported") == children
    assert not {s.new_issue for s in reading.statements} & POOR_NAMES


def test_a_sentence_with_no_topic_word_takes_the_topic_of_its_paragraph():
    reading = read_report("The fate of deported children was discussed. Kyiv said it had handed over a list of 339 names.",
                          Gazetteer(), language="en")
    assert [s.new_issue for s in reading.statements] == ["Return of children"]


def test_topic_words_are_read_in_ukrainian_and_russian_inflected_forms():
    assert topic_of("Москва наполягає на коротких перемир’ях тривалістю від 24 до 48 годин.", "uk").label == "Припинення вогню"
    assert topic_of("Стороны договорились об обмене военнопленными по формуле 1000 на 1000.", "ru").label == "Обмен пленными"
    assert topic_of("Россия предложила передать ещё 3000 тел погибших.", "ru").label == "Возвращение тел погибших"
    assert topic_of("Україна пропонує зустріч президентів до кінця серпня.", "uk").label == "Зустріч лідерів"


def test_a_topic_finds_an_existing_issue_across_languages():
    gazetteer = Gazetteer((KnownParty("Ukraine"), KnownParty("Russia")), (), (KnownIssue("Ceasefire", "length and scope"),))
    reading = read_report("Киев настаивает на немедленном перемирии сроком не менее 30 дней.", gazetteer, language="ru")
    assert [(s.issue, s.new_issue) for s in reading.statements] == [("Ceasefire", None)]
