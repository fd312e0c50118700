"""Numbers in positions: whether a side gives one, and the gap between two sides.

Positions keep numbers as numbers (a low and high value with a unit, or a
date) so that sides can be compared; this module compares them. How a figure
or a gap reads ('24–48 hours', 'gap 120 hours') is ``labels``' work.
"""

from __future__ import annotations

from datetime import date

from core.domain.records import Position


def has_value(position: Position | None) -> bool:
    if position is None or not position.stated:
        return False
    return position.value_low is not None or position.value_high is not None or bool(position.value_date)


def _bounds(position: Position) -> tuple[float, float] | None:
    if position.value_date:
        try:
            ordinal = float(date.fromisoformat(position.value_date).toordinal())
        except ValueError:
            return None
        return ordinal, ordinal
    low, high = position.value_low, position.value_high
    if low is None and high is None:
        return None
    low = high if low is None else low
    high = low if high is None else high
    return float(low), float(high)


def gap(a: Position | None, b: Position | None) -> float | None:
    """The distance between two sides' figures (0 when their ranges overlap).

    None when either side has no figure, or their units differ (3,000 bodies
    and 339 names are not comparable).
    """
    if not (has_value(a) and has_value(b)):
        return None
    if a.value_qualifier == "unspecified" or b.value_qualifier == "unspecified":
        return None
    if bool(a.value_date) != bool(b.value_date) or a.value_unit != b.value_unit:
        return None
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return None
    return max(0.0, bb[0] - ba[1], ba[0] - bb[1])
