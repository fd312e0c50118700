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
    """Load the morphology dictionaries, form tables and language detector now."""
    from core.reports.language import detector
    from .morphology import warm_up as warm_morphology

    warm_morphology()
    detector()


__all__ = ["Figure", "Gazetteer", "KnownIssue", "KnownParty", "KnownPerson", "KnownRound", "Reading",
           "Statement", "read_report", "warm_up"]
