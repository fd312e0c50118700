"""Figures a statement states: numbers, ranges and dates, with unit and qualifier.

A passage is cut into words, digits and signs; runs of number words or
digits become quantities ("шість тисяч" → 6000, "1,200" → 1200, "1,5 млн" →
1,500,000); two quantities joined by "to", "-", "between … and", "від … до"
become a range, and by "for"/"на"/"за" an exchange ("6,000 for 6,000": one
figure). The qualifier is read from the words just before ("at least", "no
fewer than", "щонайменше", "не менее"), the unit from the noun just after
("prisoners of war", "30-day" → day). Month names make dates, resolved to a
year from the report's date; a bare year or an ordinal is no figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from .model import Figure
from .morphology import analyses, is_cyrillic, lemmas
from .numbers import ABBREVIATED_SCALES, number_words

_PIECE = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d+)*|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*|[%$€£]|[-–—]|[^\s\w]", re.UNICODE)

QUALIFIERS = [
    ("at least", ("at least", "no fewer than", "no less than", "not less than", "a minimum of", "minimum of",
                  "щонайменше", "не менше", "не менше ніж", "принаймні", "як мінімум", "мінімум",
                  "не менее", "по меньшей мере", "как минимум", "минимум", "не меньше")),
    ("up to", ("up to", "as many as", "до", "a maximum of", "максимум", "не більше", "не более",
               "no more than", "not more than", "at most")),
    ("under", ("under", "less than", "fewer than", "below", "менше", "менше ніж", "менее", "меньше", "меньше чем",
               "нижче", "ниже", "не досягаючи")),
    ("more than", ("more than", "over", "above", "in excess of", "понад", "більше", "більше ніж", "більш ніж",
                   "более", "более чем", "свыше", "больше", "больше чем")),
    ("about", ("about", "around", "approximately", "roughly", "nearly", "almost", "some", "близько",
               "приблизно", "майже", "близько до", "около", "примерно", "почти", "порядка", "estimated")),
]
_QUALIFIER_OF = {}
for label, phrases in QUALIFIERS:
    for phrase in phrases:
        _QUALIFIER_OF[tuple(phrase.split())] = label

RANGE_WORDS = {"to", "-", "–", "—", "or", "до", "і", "и", "та", "and", "или", "або", "чи"}
RANGE_OPENERS = {"between", "from", "від", "от", "між", "между", "з", "с"}
EXCHANGE_WORDS = {"for", "на", "за"}
UNIT_SKIP = {"more", "additional", "other", "further", "new", "extra", "of", "the", "ще", "еще", "ещё", "more",
             "інших", "других", "додаткових", "дополнительных", "their", "its", "his", "her", "our", "own",
             "total", "than", "per"}
CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds"}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
    "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}


@dataclass
class _Piece:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class _Quantity:
    value: float
    first: int  # piece indices, inclusive
    last: int


def read_figures(passage: str, language: str | None, published: str | None = None) -> list[Figure]:
    pieces = [_Piece(m.group(), m.start(), m.end()) for m in _PIECE.finditer(passage)]
    words, scales = number_words(language or "en")
    quantities = _quantities(pieces, words, scales, language or "en")
    figures: list[Figure] = []
    used: set[int] = set()
    for n, q in enumerate(quantities):
        if n in used:
            continue
        used.add(n)
        month = _month_near(pieces, q)
        if month is not None:
            figures.append(_date_figure(passage, pieces, q, quantities, n, used, month, published))
            continue
        if _is_year(pieces, q) or _is_ordinal(pieces, q):
            continue
        low = high = q.value
        last = q.last
        first = q.first
        opener = first > 0 and pieces[first - 1].lower in RANGE_OPENERS
        if n + 1 < len(quantities):
            nxt = quantities[n + 1]
            between = [p.lower for p in pieces[q.last + 1:nxt.first]]
            if between[:1] == ["-"] and len(between) == 2:
                between = between[1:]  # "a two- to three-day pause"
            if len(between) == 1 and between[0] in RANGE_WORDS and (between[0] not in {"and", "і", "и", "та"} or opener) \
                    and nxt.value > q.value:
                high, last = nxt.value, nxt.last
                used.add(n + 1)
                if opener:
                    first -= 1
            elif len(between) == 1 and between[0] in EXCHANGE_WORDS and nxt.value == q.value:
                last = nxt.last
                used.add(n + 1)
        if first > 0 and pieces[first - 1].text in CURRENCIES:
            first -= 1  # "$5 billion": the sign is the unit
            unit = CURRENCIES[pieces[first].text]
        else:
            unit, last = _unit(pieces, last, language or "en")
        qualifier, first = _qualifier(pieces, first)
        label = passage[pieces[first].start:pieces[last].end]
        figures.append(Figure(_clean(low), _clean(high), unit, qualifier, label))
    return figures


def _clean(value: float):
    return int(value) if float(value).is_integer() else value


def _parse_digits(text: str) -> float | None:
    """The number the digits say, or None; a run of digits too long for a float (infinity) is no figure."""
    compact = text.replace("\u00a0", " ").replace("\u202f", " ")
    value = None
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", compact):
        value = float(compact.replace(",", "").replace(" ", ""))
    elif re.fullmatch(r"\d+", compact):
        value = float(compact)
    elif re.fullmatch(r"\d+[.,]\d+", compact):
        value = float(compact.replace(",", "."))
    return value if value is not None and math.isfinite(value) else None


def _quantities(pieces, words, scales, language) -> list[_Quantity]:
    found: list[_Quantity] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        value = None
        first = i
        if piece.text[0].isdigit():
            if " " in piece.text and not re.fullmatch(r"\d{1,3}(?: \d{3})+", piece.text):
                # "2025 40" — two numbers side by side, not thousands
                head = piece.text.split(" ")[0]
                pieces[i] = _Piece(head, piece.start, piece.start + len(head))
                piece = pieces[i]
            value = _parse_digits(piece.text)
            if value is not None and i + 1 < len(pieces):
                scale = _scale(pieces[i + 1].lower, scales)
                if scale:
                    value *= scale
                    i += 1
                    if i + 1 < len(pieces) and pieces[i + 1].text == "." and pieces[i].lower in ABBREVIATED_SCALES:
                        i += 1  # "2 тис. полонених"
        else:
            value, i = _word_number(pieces, i, words, scales, language)
            if value is None:
                i += 1
                continue
            i -= 1
        if value is not None:
            found.append(_Quantity(value, first, i))
        i += 1
    return found


def _scale(word: str, scales) -> float | None:
    return scales.get(word) or ABBREVIATED_SCALES.get(word.rstrip("."))


def _word_number(pieces, i, words, scales, language):
    """A run of number words starting at piece i: (value, index after the run) or (None, i)."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    while j < len(pieces):
        word = pieces[j].lower
        if word in ("a", "an") and language == "en":
            nxt = pieces[j + 1].lower if j + 1 < len(pieces) else ""
            if nxt in scales or nxt == "dozen":
                current += 1
                seen = True
                j += 1
                continue
            break
        if word in words and word not in ("a", "an"):
            if word == "one" and j + 1 < len(pieces) and pieces[j + 1].lower in ("of", "side", "another"):
                break
            current += words[word]
            seen = True
        elif word in scales and (seen or word in ("тисяча", "тысяча", "тисячу", "тысячу", "thousand", "hundred", "million")):
            current = (current or 1) * scales[word]
            if scales[word] >= 1000:
                total += current
                current = 0
            seen = True
        elif word == "and" and seen and j + 1 < len(pieces) and pieces[j + 1].lower in words and language == "en" \
                and total + current >= 100:
            pass
        elif word == "-" and seen and j + 1 < len(pieces) and pieces[j + 1].lower in words and words[pieces[j + 1].lower] < 10:
            pass  # twenty-five
        else:
            break
        j += 1
    if not seen:
        return None, i
    return total + current, j


_QUALIFIER_GAP = {"на", "в", "у", "for", "on", "of"}  # "щонайменше на 30 днів", "at least for 30 days"


def _qualifier(pieces, first):
    for skip in (0, 1):
        end = first - skip
        if skip and (end <= 0 or pieces[end].lower not in _QUALIFIER_GAP):
            continue
        for length in (4, 3, 2, 1):
            if end - length < 0:
                continue
            phrase = tuple(p.lower for p in pieces[end - length:end])
            if phrase in _QUALIFIER_OF:
                return _QUALIFIER_OF[phrase], end - length
    return "", first


def _unit(pieces, last, language):
    k = last + 1
    if k < len(pieces) and pieces[k].text == "-" and k + 1 < len(pieces) and pieces[k + 1].text.isalpha():
        return _unit_word(pieces[k + 1].text, language), k + 1  # 30-day, 40-minute
    if k < len(pieces) and pieces[k].text == "%":
        return "percent", k
    skipped = 0
    if k < len(pieces) and pieces[k].text == "." and pieces[k - 1].lower in ABBREVIATED_SCALES:
        k += 1
    while k < len(pieces) and skipped < 3:
        word = pieces[k]
        if not word.text.isalpha():
            return "", last
        if word.lower in UNIT_SKIP or (word.text[0].isupper() and skipped < 2 and not is_cyrillic(word.text)) \
                or _is_demonym_adjective(word.text, language, pieces[k + 1].text if k + 1 < len(pieces) else ""):
            skipped += 1
            k += 1
            continue
        unit = _unit_word(word.text, language)
        end = k
        if k + 2 < len(pieces) and pieces[k + 1].lower == "of" and pieces[k + 2].lower == "war":
            unit, end = unit + " of war", k + 2
        return unit, end
    return "", last


def _is_demonym_adjective(word: str, language: str, following: str = "") -> bool:
    """"3,000 українських тіл": an adjective before the noun that is the unit."""
    return is_cyrillic(word) and word.lower().endswith(("ських", "ских", "цьких", "цких", "ської", "ской")) \
        and following.isalpha()


def _unit_word(word: str, language: str) -> str:
    lower = word.lower()
    if is_cyrillic(lower):
        language = language if language in ("ru", "uk") else "ru"
        nouns = {normal for normal, grammemes in analyses(lower, language) if "NOUN" in grammemes}
        if len(nouns) == 1:
            return nouns.pop()  # полонених → полонений
        return lower if nouns else lemmas(lower, language)[0]  # "часов": час or часы? keep the word
    return lower


def _month_near(pieces, q) -> int | None:
    before = pieces[q.first - 1].lower if q.first > 0 else ""
    after = pieces[q.last + 1].lower if q.last + 1 < len(pieces) else ""
    if q.value != int(q.value) or not 1 <= q.value <= 31:
        return None
    month = MONTHS.get(before) or MONTHS.get(after)
    if month is None and after in RANGE_WORDS and q.last + 3 < len(pieces) and pieces[q.last + 2].text.isdigit():
        month = MONTHS.get(pieces[q.last + 3].lower)  # "між 10 і 15 липня", "10-15 July"
    return month


def _is_year(pieces, q) -> bool:
    text = pieces[q.first].text
    return q.first == q.last and text.isdigit() and len(text) == 4 and 1900 <= q.value <= 2100


def _is_ordinal(pieces, q) -> bool:
    after = pieces[q.last + 1].lower if q.last + 1 < len(pieces) else ""
    return after in ("th", "st", "nd", "rd") or (q.last + 1 < len(pieces) and pieces[q.last + 1].start == pieces[q.last].end and after.isalpha())


def _date_figure(passage, pieces, q, quantities, n, used, month, published) -> Figure:
    year = int(published[:4]) if published and published[:4].isdigit() else None
    day_low = day_high = int(q.value)
    first, last = q.first, q.last
    if MONTHS.get(pieces[q.first - 1].lower if q.first > 0 else "") == month:
        first = q.first - 1
    else:
        last = q.last + 1
    if n + 1 < len(quantities):
        nxt = quantities[n + 1]
        between = [p.lower for p in pieces[last + 1:nxt.first]]
        if len(between) <= 1 and (not between or between[0] in RANGE_WORDS) and nxt.value > q.value and nxt.value <= 31:
            day_high = int(nxt.value)
            last = nxt.last
            used.add(n + 1)
    if first > 0 and pieces[first - 1].lower in RANGE_OPENERS:
        first -= 1
    nxt_piece = pieces[last + 1] if last + 1 < len(pieces) else None
    if nxt_piece is not None and nxt_piece.text.isdigit() and len(nxt_piece.text) == 4:
        year = int(nxt_piece.text)
        last += 1
    label = passage[pieces[first].start:pieces[last].end]
    return Figure(_iso(year, month, day_low), _iso(year, month, day_high), "date", "", label)


def _iso(year: int | None, month: int, day: int) -> str:
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year}-{month:02d}-{day:02d}"
