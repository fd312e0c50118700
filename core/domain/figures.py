"""Numbers in positions: how they read, and the gap between two sides.

Positions keep numbers as numbers (a low and high value with a unit, or a
date) so that sides can be compared; this module turns them into the short
text that the table, the detail pane and the PDF all show.
"""

from __future__ import annotations

from datetime import date

from core.domain.records import QUALIFIER_LABELS, Position


def format_number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_month_year(day: date) -> str:
    """'1 Aug 2025' on every platform and in every locale.

    Not strftime: its flag for a day without a leading zero is a glibc
    extension (Windows raises on it), and ``%b`` follows the locale Qt sets
    at start-up.
    """
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _date(iso: str) -> str:
    try:
        return day_month_year(date.fromisoformat(iso))
    except ValueError:
        return iso


def has_value(position: Position | None) -> bool:
    if position is None or not position.stated:
        return False
    return position.value_low is not None or position.value_high is not None or bool(position.value_date)


def format_value(position: Position | None) -> str:
    """'24–48 hours', 'at least 1,200 prisoners of war per side', 'before 31 Aug 2025'."""
    if position is None or not position.stated:
        return ""
    qualifier = position.value_qualifier
    if qualifier == "unspecified":
        return QUALIFIER_LABELS["unspecified"]
    if position.value_date:
        text = _date(position.value_date)
    else:
        low, high = position.value_low, position.value_high
        if low is None and high is None:
            return ""
        if low is not None and high is not None and low != high:
            text = f"{format_number(low)}–{format_number(high)}"
        else:
            text = format_number(low if low is not None else high)
        if position.value_unit:
            text = f"{text} {position.value_unit}"
    if qualifier in ("at_least", "at_most", "about", "before"):
        text = f"{QUALIFIER_LABELS[qualifier]} {text}"
    return text


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


def format_gap(a: Position | None, b: Position | None) -> str:
    distance = gap(a, b)
    if distance is None:
        return ""
    if distance == 0:
        return "ranges overlap"
    unit = "days" if a.value_date else a.value_unit
    return f"gap {format_number(distance)} {unit}".strip()
