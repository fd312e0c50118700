"""A timeline finds the latest record at or before a round, in round order whatever the order added."""

from __future__ import annotations

from core.compare.timeline import Timeline, content_key
from core.domain.records import Position


def positions(*stances):
    return [Position(stance=s) for s in stances]


def test_the_latest_record_at_or_before_a_round():
    first, third = positions("first", "third")
    timeline = Timeline()
    timeline.add(2, third)
    timeline.add(0, first)  # added out of order
    assert timeline.at(0) == (0, first)
    assert timeline.at(1) == (0, first)  # nothing new at round 1: round 0's still stands
    assert timeline.at(2) == (2, third)
    assert timeline.at(9) == (2, third)


def test_nothing_before_the_first_record_or_before_round_zero():
    timeline = Timeline()
    assert timeline.at(3) is None
    timeline.add(2, Position())
    assert timeline.at(1) is None
    assert timeline.at(-1) is None


def test_iteration_and_length_follow_round_order():
    a, b, c = positions("a", "b", "c")
    timeline = Timeline()
    for index, item in ((5, c), (1, a), (3, b)):
        timeline.add(index, item)
    assert list(timeline) == [(1, a), (3, b), (5, c)]
    assert len(timeline) == 3


def test_remove_by_id_drops_only_that_record():
    a, b = positions("a", "b")
    timeline = Timeline()
    timeline.add(0, a)
    timeline.add(1, b)
    timeline.remove(a.id)
    assert list(timeline) == [(1, b)]
    assert timeline.at(0) is None
    timeline.remove("not there")  # harmless
    assert len(timeline) == 1


def test_content_key_ignores_who_recorded_it_where():
    said = Position(stance="30 days", value_low=30, value_unit="days", summary="one wording", round_id="r1",
                    speaker_id="p1", analyst_note="mine")
    same = Position(stance="30 days", value_low=30, value_unit="days", summary="another wording", round_id="r2",
                    speaker_id="p2")
    assert content_key(said) == content_key(same)
    assert content_key(said) != content_key(Position(stance="30 days", value_low=60, value_unit="days"))
    assert content_key(said) != content_key(Position(stance="30 days", value_low=30, value_unit="days",
                                                     stated=False))
