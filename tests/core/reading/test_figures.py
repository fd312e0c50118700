"""Figures in digits and in words, en/uk/ru, with unit, qualifier and label."""

import pytest

from core.reading.figures import read_figures


def figures(text, language="en", published="2031-07-23"):
    return [(f.low, f.high, f.unit, f.qualifier) for f in read_figures(text, language, published)]


@pytest.mark.parametrize("text, language, expected", [
    ("a pause of two to three days", "en", [(2, 3, "days", "")]),
    ("a 2-3 day pause", "en", [(2, 3, "day", "")]),
    ("a 30-day ceasefire", "en", [(30, 30, "day", "")]),
    ("no fewer than 1,000 prisoners", "en", [(1000, 1000, "prisoners", "at least")]),
    ("under 25 years old", "en", [(25, 25, "years", "under")]),
    ("an exchange of 6,000 for 6,000", "en", [(6000, 6000, "", "")]),
    ("a thousand for a thousand", "en", [(1000, 1000, "", "")]),
    ("at least 1,200 more prisoners of war", "en", [(1200, 1200, "prisoners of war", "at least")]),
    ("about twenty-five ships", "en", [(25, 25, "ships", "about")]),
    ("a $5 billion package", "en", [(5000000000, 5000000000, "dollars", "")]),
    ("at least $40 a tonne", "en", [(40, 40, "dollars", "at least")]),
    ("шість тисяч полонених", "uk", [(6000, 6000, "полонений", "")]),
    ("щонайменше 1 200 військовополонених", "uk", [(1200, 1200, "військовополонений", "at least")]),
    ("понад двісті тіл", "uk", [(200, 200, "тіло", "more than")]),
    ("близько 2 тис. полонених", "uk", [(2000, 2000, "полонений", "about")]),
    ("не менее 1,5 млн тонн зерна", "ru", [(1500000, 1500000, "тонна", "at least")]),
    ("около двухсот пленных", "ru", [(200, 200, "пленный", "about")]),
    ("от 24 до 48 часов", "ru", [(24, 48, "часов", "")]),  # час or часы: the word is kept
    ("обмен 1000 на 1000", "ru", [(1000, 1000, "", "")]),
    ("припинення вогню щонайменше на 30 днів", "uk", [(30, 30, "день", "at least")]),
    ("between 20 and 30 days", "en", [(20, 30, "days", "")]),
])
def test_numbers_in_digits_and_words(text, language, expected):
    assert figures(text, language) == expected


def test_dates_are_resolved_against_the_report_date():
    assert figures("between June 20 and 30") == [("2031-06-20", "2031-06-30", "date", "")]
    assert figures("до 20 червня", "uk") == [("2031-06-20", "2031-06-20", "date", "")]
    assert figures("on May 16", published=None) == [("--05-16", "--05-16", "date", "")]
    assert figures("між 10 і 15 липня", "uk") == [("2031-07-10", "2031-07-15", "date", "")]


def test_years_and_ordinals_are_no_figures():
    assert figures("in 2022 the 3rd round began") == []


def test_the_label_is_the_words_of_the_text():
    (figure,) = read_figures("they agreed to exchange at least 1,200 more prisoners of war", "en", None)
    assert figure.label == "at least 1,200 more prisoners of war"
