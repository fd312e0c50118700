"""Figures in positions: whether a side gives one, and the gap between two sides."""

from __future__ import annotations

import pytest

from core.domain.figures import gap, has_value
from core.domain.records import Position


def hours(low, high=None):
    return Position(value_low=low, value_high=high, value_unit="hours")


def test_a_figure_is_a_number_or_a_date_of_a_stated_position():
    assert has_value(hours(24))
    assert has_value(Position(value_high=48))
    assert has_value(Position(value_date="2025-08-31"))
    assert not has_value(Position(stance="a ceasefire"))
    assert not has_value(Position(stated=False, value_low=24))
    assert not has_value(None)


@pytest.mark.parametrize("a,b,distance", [
    (hours(24, 48), hours(168), 120.0),  # 48 to 168
    (hours(168), hours(24, 48), 120.0),  # either order
    (hours(24, 48), hours(30, 40), 0.0),  # overlapping ranges: no gap
    (hours(24, 48), hours(48, 72), 0.0),  # touching ends
    (hours(24), hours(24), 0.0),
    (Position(value_high=30, value_unit="hours"), hours(40), 10.0),  # an open lower end is its upper end
])
def test_gap_between_ranges(a, b, distance):
    assert gap(a, b) == distance


def test_gap_between_dates_is_in_days():
    assert gap(Position(value_date="2025-08-01"), Position(value_date="2025-08-31")) == 30.0
    assert gap(Position(value_date="2025-08-31"), Position(value_date="2025-08-31")) == 0.0


@pytest.mark.parametrize("a,b", [
    (hours(24), Position(value_low=3, value_unit="days")),  # different units are not comparable
    (hours(24), Position(value_date="2025-08-31")),  # a number and a date
    (hours(24), Position(value_unit="hours", value_qualifier="unspecified")),  # "no figure given"
    (hours(24), Position(stance="no figure")),
    (hours(24), None),
    (Position(value_date="not a date"), Position(value_date="2025-08-31")),  # unreadable: no gap, no error
])
def test_no_gap_where_figures_cannot_be_compared(a, b):
    assert gap(a, b) is None
