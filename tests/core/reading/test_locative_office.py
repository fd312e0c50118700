""""В российском МИД заявили": a party word and an office's abbreviation after "в/у" speak for the party.

Sentences invented for these tests, in the style of news text.
"""


def test_in_the_russian_foreign_ministry_they_said(read):
    reading = read("В российском МИД заявили, что обмен пленными состоится на этой неделе.", language="ru")
    assert [(s.speaker, s.party) for s in reading.statements] == [(None, "Russia")]


def test_in_the_ukrainian_text_too(read):
    reading = read("У російському МЗС заявили, що обмін полоненими відбудеться цього тижня.", language="uk")
    assert [(s.speaker, s.party) for s in reading.statements] == [(None, "Russia")]


def test_a_place_with_a_party_word_still_does_not_speak(read):
    reading = read("В украинском городе Сумы заявили о новых обстрелах.", language="ru")
    assert [s.party for s in reading.statements] == []
