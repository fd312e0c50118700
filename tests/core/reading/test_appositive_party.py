"""An office and party before a comma and the name, at a sentence's start after an article.

Sentences and people invented for these tests, in the style of news text.
"""


def test_an_office_after_a_capitalised_article_gives_the_party(read):
    reading = read("A Russian Foreign Ministry spokeswoman, Anna Sidorenko, said the meeting was possible.",
                   language="en")
    s = reading.statements[0]
    assert (s.speaker, s.party) == ("Anna Sidorenko", "Russia")
    assert "spokeswoman" in s.role


def test_an_office_after_the_definite_article_still_gives_the_party(read):
    reading = read("The Turkish foreign minister, Ahmet Ozkan, said talks would resume in Istanbul.", language="en")
    s = reading.statements[0]
    assert (s.speaker, s.party) == ("Ahmet Ozkan", "Türkiye")


def test_a_relative_clause_closing_the_sentence_gives_the_party(read):
    reading = read("The swap will happen on Thursday, said Taras Melnychuk, who heads Ukraine's delegation.",
                   language="en")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Taras Melnychuk", "Ukraine")]


def test_a_ukrainian_relative_clause_closing_the_sentence_gives_the_party(read):
    reading = read("Обмін відбудеться в четвер, заявив Тарас Мельничук, який очолює російську делегацію.",
                   language="uk")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Тарас Мельничук", "Russia")]


def test_a_closing_phrase_that_names_someone_else_gives_no_party(read):
    reading = read("The talks went well, said Taras Melnychuk, after meeting Turkish President Ahmet Ozkan.",
                   language="en")
    assert reading.statements[0].speaker == "Taras Melnychuk"
    assert reading.statements[0].party is None
