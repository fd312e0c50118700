"""Which round a report belongs to, from its date.

A report is usually published on the day of a round or a day or two after
it; one published before a round is about what led up to it and belongs to
no round yet. So: the round on the same day, else the latest round at most
``DAYS_AFTER`` days before the report.
"""

from __future__ import annotations

from datetime import date

from .model import KnownRound

DAYS_AFTER = 3


def round_for(published: str | None, rounds: tuple[KnownRound, ...]) -> str | None:
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    best, best_gap = None, None
    for known in rounds:
        try:
            gap = (day - date.fromisoformat(known.date[:10])).days
        except ValueError:
            continue
        if 0 <= gap <= DAYS_AFTER and (best_gap is None or gap < best_gap):
            best, best_gap = known.name, gap
    return best
