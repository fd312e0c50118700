"""Admiralty (NATO) grades: how reliable an outlet is (A..F) and how credible one
piece of information is (1..6), written together as "B2".

F and 6 mean "cannot be judged". They are the defaults, because Parley must
not invent a grade the analyst never gave. A report with no outlet is graded F.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.i18n import QT_TRANSLATE_NOOP, translate

# English keys of the window's choices; shown through translate("Reliability" / "Credibility", label).
RELIABILITY_LABELS = {
    "A": QT_TRANSLATE_NOOP("Reliability", "Completely reliable"),
    "B": QT_TRANSLATE_NOOP("Reliability", "Usually reliable"),
    "C": QT_TRANSLATE_NOOP("Reliability", "Fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Reliability", "Not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Reliability", "Unreliable"),
    "F": QT_TRANSLATE_NOOP("Reliability", "Reliability cannot be judged"),
}
CREDIBILITY_LABELS = {
    1: QT_TRANSLATE_NOOP("Credibility", "Confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Credibility", "Probably true"),
    3: QT_TRANSLATE_NOOP("Credibility", "Possibly true"),
    4: QT_TRANSLATE_NOOP("Credibility", "Doubtful"),
    5: QT_TRANSLATE_NOOP("Credibility", "Improbable"),
    6: QT_TRANSLATE_NOOP("Credibility", "Truth cannot be judged"),
}
UNJUDGED_RELIABILITY = "F"
UNJUDGED_CREDIBILITY = 6


def grade(reliability: str | None, credibility: int | None) -> str:
    """'B2': the outlet's letter, then the information's number."""
    letter = reliability if reliability in RELIABILITY_LABELS else UNJUDGED_RELIABILITY
    number = credibility if credibility in CREDIBILITY_LABELS else UNJUDGED_CREDIBILITY
    return f"{letter}{number}"


def grade_order(text: str) -> tuple[int, int]:
    """A sort key: the most reliable letter first, then the most credible number.

    Reliability ranks before credibility: a usually reliable outlet's
    doubtful claim (B4) is listed before an unjudged outlet's "probably
    true" (F2), as analysts read the letter first. F and 6 ("cannot be
    judged") sort last of their kind.
    """
    letter, number = text[:1], text[1:]
    return ("ABCDEF".find(letter) if letter in RELIABILITY_LABELS else 5,
            int(number) if number.isdigit() and 1 <= int(number) <= 6 else 6)


def best_grade(grades: Iterable[str]) -> str:
    """The best of several grades ('' for none)."""
    found = sorted(grades, key=grade_order)
    return found[0] if found else ""


def grade_words(text: str) -> str:
    """'B2 — usually reliable, probably true', for a tooltip or the README."""
    order = grade_order(text)
    letter = "ABCDEF"[order[0]]
    reliability = translate("Reliability", RELIABILITY_LABELS[letter]).lower()
    credibility = translate("Credibility", CREDIBILITY_LABELS[order[1]]).lower()
    return f"{letter}{order[1]} — {reliability}, {credibility}"
