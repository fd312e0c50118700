""""сообщили турецкие СМИ", "Turkish media reported": the press reports; the state does not speak."""

from core.reading import Gazetteer, read_report


def test_a_countrys_media_report_without_giving_the_state_as_party():
    reading = read_report("Встреча длилась около трёх часов. Её продолжение намечено на 30 марта, сообщили турецкие СМИ.",
                          Gazetteer(), language="ru")
    assert [(s.party, s.speaker) for s in reading.statements] == [(None, None)]
    assert "30 марта" in reading.statements[0].text


def test_english_media_words_as_well():
    reading = read_report("The next round will be held in Istanbul next week, Turkish media reported.",
                          Gazetteer(), language="en")
    assert [(s.party, s.speaker) for s in reading.statements] == [(None, None)]


def test_the_state_itself_still_speaks():
    reading = read_report("Её продолжение намечено на 30 марта, сообщила турецкая сторона.", Gazetteer(), language="ru")
    assert [s.party for s in reading.statements] == ["Türkiye"]


def test_a_newspaper_named_after_a_capital_is_the_press():
    reading = read_report("The Washington Post reported that the talks would resume in June.\n\n"
                          "Russian state media said that the delegation would arrive on Monday.",
                          Gazetteer(), language="en")
    assert [s.party for s in reading.statements] == [None, None]
    reading = read_report("Российские государственные СМИ сообщили, что делегация прибудет в понедельник.",
                          Gazetteer(), language="ru")
    assert [s.party for s in reading.statements] == [None]
