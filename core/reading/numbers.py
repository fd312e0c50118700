"""Numbers written in words, in English, Ukrainian and Russian.

"two to three days", "a thousand for a thousand", "шість тисяч", "тысячу
двести": a number word's value is data; Cyrillic number words are listed in
the nominative and all their case forms come from pymorphy3 once per
language (шести, шістьох, тисячі, тысячами...).
"""

from __future__ import annotations

from functools import lru_cache

from .morphology import forms_of

EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "a": 1, "an": 1,
}
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
             "hundreds": 100, "thousands": 1000, "millions": 1_000_000, "dozens": 12}

UK_WORDS = {
    "один": 1, "одна": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "п’ять": 5,
    "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "дев’ять": 9, "десять": 10, "одинадцять": 11,
    "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "п’ятнадцять": 15,
    "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19,
    "дев’ятнадцять": 19, "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50,
    "п’ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90,
    "дев’яносто": 90, "сто": 100, "двісті": 200, "триста": 300, "чотириста": 400,
    "п'ятсот": 500, "п’ятсот": 500, "шістсот": 600, "сімсот": 700, "вісімсот": 800,
    "дев'ятсот": 900, "дев’ятсот": 900, "півтора": 1.5, "десяток": 10, "сотня": 100,
}
UK_SCALES = {"тисяча": 1000, "мільйон": 1_000_000, "мільярд": 1_000_000_000}
RU_WORDS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40,
    "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
    "семьсот": 700, "восемьсот": 800, "девятьсот": 900, "полтора": 1.5, "десяток": 10, "сотня": 100,
}
RU_SCALES = {"тысяча": 1000, "миллион": 1_000_000, "миллиард": 1_000_000_000}
ABBREVIATED_SCALES = {"тис": 1000, "тыс": 1000, "млн": 1_000_000, "млрд": 1_000_000_000,
                      "mln": 1_000_000, "bn": 1_000_000_000}


@lru_cache(maxsize=None)
def number_words(language: str) -> tuple[dict[str, float], dict[str, float]]:
    """(word form → value, scale form → multiplier) for ``language``."""
    if language == "uk":
        words, scales = UK_WORDS, UK_SCALES
    elif language == "ru":
        words, scales = RU_WORDS, RU_SCALES
    else:
        return dict(EN_UNITS), dict(EN_SCALES)
    word_forms: dict[str, float] = {}
    for lemma, value in words.items():
        for form in forms_of(lemma, language, ("NUMR", "NOUN")):
            word_forms.setdefault(form, value)
        word_forms.setdefault(lemma, value)
    scale_forms: dict[str, float] = {}
    for lemma, value in scales.items():
        for form in forms_of(lemma, language, ("NOUN",)):
            scale_forms.setdefault(form, value)
        scale_forms.setdefault(lemma, value)
    for form in ("одну", "одного", "одній", "одним", "одной", "одном", "одному"):
        word_forms.setdefault(form, 1)
    return word_forms, scale_forms
