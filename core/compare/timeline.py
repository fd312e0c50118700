"""What was said when: records of one issue (and party) in round order.

Comparing "as they stood at a round" is a lookup of the latest record at or
before that round, done for every cell on every round switch; a Timeline
makes that a C-level binary search.
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from core.domain.records import Position

# Fields whose difference counts as a change of position between rounds.
POSITION_CONTENT = (
    "stated", "stance", "value_low", "value_high", "value_unit", "value_qualifier", "value_date",
)


_content_getter = attrgetter(*POSITION_CONTENT)  # C-level: it runs for every position at load


def content_key(position: Position) -> tuple:
    """What a position says (not who recorded it where): equal keys mean no change."""
    return _content_getter(position)


# Fields whose difference counts as a change of status between rounds: the
# status and who alone confirms it ("Agreed" by both sides and "Agreed —
# according to Russia" are different findings). Common ground and notes are
# commentary on a status, not a move of it.
STATUS_CONTENT = ("status", "claimed_by_party_id")


def status_key(status) -> tuple:
    """What a status says: equal keys mean the status did not move."""
    return tuple(getattr(status, name) for name in STATUS_CONTENT)


class Timeline:
    """Records of one issue (and party) in round order, found by round in O(log n).

    The round indices sit in a plain int list beside the records, so the
    lookup is a C-level ``bisect`` with no Python key function; it runs for
    every cell on every round switch.
    """

    __slots__ = ("indices", "items")

    def __init__(self):
        self.indices: list[int] = []
        self.items: list = []

    def add(self, index: int, item) -> None:
        at = bisect_right(self.indices, index)
        self.indices.insert(at, index)
        self.items.insert(at, item)

    def remove(self, item_id: str) -> None:
        for n, item in enumerate(self.items):
            if item.id == item_id:
                del self.indices[n], self.items[n]
                return

    def at(self, index: int) -> tuple[int, object] | None:
        """The latest (round index, record) at or before round ``index``."""
        if index < 0:
            return None
        n = bisect_right(self.indices, index)
        return (self.indices[n - 1], self.items[n - 1]) if n else None

    def __iter__(self):
        return zip(self.indices, self.items)

    def __len__(self) -> int:
        return len(self.items)
