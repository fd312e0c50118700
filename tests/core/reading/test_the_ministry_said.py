""""The ministry said": the ministry named last, and so its state."""

from core.reading import Gazetteer, read_report


def test_a_bare_ministry_is_the_one_named_before_it_in_russian():
    reading = read_report("Согласно заявлению Министерства иностранных дел ОАЭ, обмен состоялся.\n\n"
                          "Министерство выразило благодарность России и Украине за сотрудничество.",
                          Gazetteer(), language="ru")
    thanks = [s for s in reading.statements if "благодарность" in s.text]
    assert [(s.party, s.speaker) for s in thanks] == [("United Arab Emirates", None)]


def test_a_bare_ministry_in_english_and_ukrainian():
    reading = read_report("Qatar's foreign ministry hosted the talks on Monday. The ministry said that the "
                          "next exchange of 200 prisoners would take place in June.", Gazetteer(), language="en")
    assert [s.party for s in reading.statements if "200" in s.text] == ["Qatar"]
    reading = read_report("Міністерство закордонних справ Туреччини прийняло делегації. Міністерство заявило, "
                          "що наступна зустріч відбудеться у червні.", Gazetteer(), language="uk")
    assert [s.party for s in reading.statements if "червні" in s.text] == ["Türkiye"]


def test_a_bare_ministry_with_none_named_before_is_no_party():
    reading = read_report("The ministry said that the next exchange of 200 prisoners would take place in June.",
                          Gazetteer(), language="en")
    assert all(s.party is None for s in reading.statements)
