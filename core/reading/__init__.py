"""The reading engine: proposes who said what, on which issue, with which numbers.

Qt-free and store-free: the caller maps its workspace onto a Gazetteer and
files what the analyst accepts. Dictionaries and the language detector load
lazily on first use; :func:`warm_up` loads them ahead (in a thread, say).
"""

from __future__ import annotations

from .engine import read_report
from .model import (
    Figure,
    Gazetteer,
    KnownIssue,
    KnownParty,
    KnownPerson,
    KnownRound,
    Reading,
    Statement,
)


def warm_up() -> None:
    """Load the morphology dictionaries, form tables, language detector, states and topics now."""
    from core.reports.language import detector
    from .morphology import warm_up as warm_morphology
    from .states import states
    from .topics import LANGUAGES, _index

    warm_morphology()
    detector()
    states()
    for language in LANGUAGES:
        _index(language)


__all__ = ["Figure", "Gazetteer", "KnownIssue", "KnownParty", "KnownPerson", "KnownRound", "Reading",
           "Statement", "read_report", "warm_up"]
