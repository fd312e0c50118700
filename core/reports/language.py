"""Which language a report is in: English, Ukrainian, Russian and a few neighbours.

Ukrainian and Russian share an alphabet, so the script says nothing; lingua
compares letter n-gram statistics and tells them apart. The detector is built
once per process, on first use (not at start-up), and limited to the languages
analysts of these talks meet, which keeps it small:

* texts of 120 letters or more (every real report) use lingua's low-accuracy
  mode (trigrams only): about 0.07 s and 10 MB to load;
* a shorter text (a pasted sentence) uses the full models, which are more
  reliable on a few words but cost about 1 s and 100 MB, loaded only the
  first time such a text comes.

``detect_language`` is meant to be shared: the reading engine needs the same
answer for the same text.
"""

from __future__ import annotations

import threading

# ISO 639-1 codes of the languages looked for; English, Ukrainian and Russian
# first, then the languages of the mediators and neighbours met in reports.
LANGUAGES = ("en", "uk", "ru", "de", "fr", "pl", "tr")
SHORT_TEXT_LETTERS = 120
# A long text is judged from three slices (start, middle, end) of this many
# characters: as reliable as the whole, and a 2-million-character report costs
# the same as a page.
SAMPLE_CHARS = 6_000

_lock = threading.Lock()
_detectors: dict[str, object] = {}


def _detector(kind: str):
    with _lock:
        if kind not in _detectors:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
            builder = LanguageDetectorBuilder.from_languages(*languages)
            if kind == "long":
                builder = builder.with_low_accuracy_mode()
            _detectors[kind] = builder.build()
        return _detectors[kind]


def _sample(text: str) -> str:
    if len(text) <= 3 * SAMPLE_CHARS:
        return text
    middle = len(text) // 2 - SAMPLE_CHARS // 2
    return "\n".join((text[:SAMPLE_CHARS], text[middle:middle + SAMPLE_CHARS], text[-SAMPLE_CHARS:]))


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language among ``LANGUAGES``, or "" when there is too little to tell."""
    sample = _sample(text or "")
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 3:
        return ""
    detector = _detector("long" if letters >= SHORT_TEXT_LETTERS else "short")
    language = detector.detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else ""
