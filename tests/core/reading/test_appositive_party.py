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
