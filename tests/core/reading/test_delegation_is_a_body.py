"""A delegation that proposes is the party speaking, not the one person the workspace lists for it.

Sentences invented for these tests, in the style of news text.
"""


def test_a_russian_text_delegation_is_no_person(read):
    reading = read("Украинская делегация предложила провести следующую встречу в июне.", language="ru")
    assert [(s.speaker, s.party) for s in reading.statements] == [(None, "Ukraine")]


def test_a_ukrainian_text_delegation_is_no_person(read):
    reading = read("Російська делегація запропонувала провести наступну зустріч у червні.", language="uk")
    assert [(s.speaker, s.party) for s in reading.statements] == [(None, "Russia")]


def test_the_head_of_a_delegation_is_still_a_person(read):
    reading = read("Глава украинской делегации заявил, что списки готовы.", language="ru")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Rustem Umerov", "Ukraine")]
