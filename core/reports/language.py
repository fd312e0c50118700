"""Which language a report is in: English, Ukrainian, Russian and a few neighbours.

Ukrainian and Russian share an alphabet, so the script says nothing; lingua
compares letter n-gram statistics and tells them apart. The detector is built
once per process, on first use (not at start-up), limited to the languages
analysts of these talks meet, in lingua's low-accuracy mode (trigrams only):
about 0.1-0.2 s and 10-16 MB to load, against about 3.5 s and 210 MB for the
full models of the same languages. On the tests' short sentences (five or six
words, Ukrainian against Russian) it is as right as the full models; on
reports, which are long, the difference vanishes.

``detect_language`` is meant to be shared: the reading engine needs the same
answer for the same text.
"""

from __future__ import annotations

import threading

# ISO 639-1 codes of the languages looked for; English, Ukrainian and Russian
# first, then the languages of mediators and neighbours met in reports.
LANGUAGES = ("en", "uk", "ru", "de", "fr", "pl", "tr")
# A long text is judged from three slices (start, middle, end) of this many
# characters: as reliable as the whole, and a 2-million-character report costs
# the same as a page.
SAMPLE_CHARS = 6_000

_lock = threading.Lock()
_detector = None


def detector():
    """The one detector, built on first use (the reading engine's warm-up calls this off the window's thread)."""
    global _detector
    if _detector is not None:
        return _detector
    with _lock:
        if _detector is None:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
            _detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
        return _detector


def _sample(text: str) -> str:
    if len(text) <= 3 * SAMPLE_CHARS:
        return text
    middle = len(text) // 2 - SAMPLE_CHARS // 2
    return "\n".join((text[:SAMPLE_CHARS], text[middle:middle + SAMPLE_CHARS], text[-SAMPLE_CHARS:]))


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language among ``LANGUAGES``, or "" when there is too little to tell."""
    sample = _sample(text or "")
    if sum(1 for ch in sample if ch.isalpha()) < 3:
        return ""
    language = detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else ""
