"""Two parties joined by "and" speak together: the statement is kept with no single party.

Sentences invented for these tests, in the style of news text.
"""


def _parties(reading):
    return [(s.speaker, s.party) for s in reading.statements]


def test_two_capitals_announcing_together_get_no_single_party(read):
    reading = read("Delegations from Moscow and Kyiv said on Friday that the exchange would take place next week.",
                   language="en")
    assert _parties(reading) == [(None, None)]


def test_two_demonyms_before_one_noun_get_no_single_party(read):
    reading = read("The Turkish and Ukrainian delegations announced a new round of talks in Istanbul.", language="en")
    assert _parties(reading) == [(None, None)]


def test_two_parties_joined_in_ukrainian_get_no_single_party(read):
    reading = read("Москва і Київ заявили, що обмін полоненими відбудеться найближчими днями.", language="uk")
    assert _parties(reading) == [(None, None)]


def test_a_party_named_apart_from_another_still_speaks_for_itself(read):
    reading = read("Kyiv said on Friday that it would send a delegation to talks with Moscow.", language="en")
    assert _parties(reading) == [(None, "Ukraine")]
