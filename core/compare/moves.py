"""What moved at a round, one line per move: a stance, a figure, a status (and who confirms it).

The changes view lists these and the table's tags mark the same cells: a
position counts as changed when its content key differs (``timeline``), a
status when its status or its one-sided claimant does (``status_key``).
Here each change is split into what a reader compares: the stance text
(including "No stated position"), the figure ("2–3 days → 24–48 hours")
and the status label ("Agreed → Agreed — according to Russia"), each as
before → after with a word difference. Qt-free, so a report or the command
line can say the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from core.compare.rows import FIGURE_MOVED, STANCE_MOVED
from core.compare.worddiff import word_diff
from core.domain.labels import format_value, stance_text, status_label
from core.domain.records import Issue, Party
from core.i18n import QT_TRANSLATE_NOOP, translate

NOTHING_BEFORE = ""  # a first position or status: there is no "before"
NO_FIGURE = QT_TRANSLATE_NOOP("Moves", "no figure")

STANCE, FIGURE, STATUS = "stance", "figure", "status"
WHAT_LABELS = {STANCE: QT_TRANSLATE_NOOP("Moves", "Stance"), FIGURE: QT_TRANSLATE_NOOP("Moves", "Figure"),
               STATUS: QT_TRANSLATE_NOOP("Moves", "Status")}


@dataclass(frozen=True, slots=True)
class Move:
    """One thing that moved on one issue (for one party, or the issue's status) at a round."""

    issue: Issue
    party: Party | None  # None for a status move
    what: str  # STANCE, FIGURE or STATUS
    before: str  # NOTHING_BEFORE when it is new
    after: str

    @property
    def is_new(self) -> bool:
        return self.before == NOTHING_BEFORE

    @property
    def subject(self) -> str:
        """'Ceasefire: length and scope — Russia — Figure', or '… — Status'."""
        who = f" — {self.party.name}" if self.party is not None else ""
        return f"{self.issue.name}{who} — {translate('Moves', WHAT_LABELS[self.what])}"

    def diff(self) -> list[tuple[str, str]]:
        """Word-level segments from before to after (see ``worddiff.word_diff``)."""
        return word_diff(self.before, self.after)


# What ``format_value`` reads: equal keys give equal figure texts (a C-level getter: it runs
# for every changed cell on every round switch).
_figure_key = attrgetter("stated", "value_low", "value_high", "value_unit", "value_qualifier", "value_date")


def moves_in(comparison, party_names: dict[str, str]) -> list[Move]:
    """Every move a comparison marks (its rows' changed cells and statuses), issue by issue."""
    figures: dict[tuple, str] = {}  # figure key -> text: a round's thousands of moves share a few hundred figures
    found: list[Move] = []
    for row in comparison.rows:
        found.extend(moves_of_row(row, party_names, figures))
    return found


def moves_of_row(row, party_names: dict[str, str], figures: dict[tuple, str] | None = None) -> list[Move]:
    """The moves one issue's row marks: its status, then each party's stance and figure.

    ``figures`` caches figure texts by figure key across the rows of one
    comparison (the caller's; a fresh one when not given).
    """
    if figures is None:
        figures = {}
    found: list[Move] = []
    if row.status_changed and row.status is not None:
        before = status_label(row.previous_status, party_names) if row.previous_status else NOTHING_BEFORE
        found.append(Move(row.issue, None, STATUS, before, status_label(row.status, party_names)))
    for cell in row.cells:
        if not cell.changed or cell.position is None:
            continue
        previous, now = cell.previous, cell.position
        old_stance = stance_text(previous) if previous is not None else NOTHING_BEFORE
        if old_stance != stance_text(now):
            found.append(Move(row.issue, cell.party, STANCE, old_stance, stance_text(now)))
        new_key = _figure_key(now)
        if previous is None:
            old_value = ""
        else:
            old_key = _figure_key(previous)
            if old_key == new_key:
                continue  # the same figure reads the same
            old_value = figures.get(old_key)
            if old_value is None:
                old_value = figures[old_key] = format_value(previous)
        new_value = figures.get(new_key)
        if new_value is None:
            new_value = figures[new_key] = format_value(now)
        if old_value != new_value and (old_value or new_value):
            no_figure = translate("Moves", NO_FIGURE)
            before = (old_value or no_figure) if previous is not None else NOTHING_BEFORE
            found.append(Move(row.issue, cell.party, FIGURE, before, new_value or no_figure))
    return found


def move_slots(row) -> list[tuple]:
    """Where a row's moves are, without reading a position: (row, None, STATUS) and (row, party's
    place, STANCE or FIGURE), in ``moves_of_row``'s order, from the timelines' hashes (``Row.move_bits``)."""
    found: list[tuple] = []
    if row.status_changed and row.status is not None:
        found.append((row, None, STATUS))
    for place, bits in enumerate(row.move_bits()):
        if bits & STANCE_MOVED:
            found.append((row, place, STANCE))
        if bits & FIGURE_MOVED:
            found.append((row, place, FIGURE))
    return found


def move_at(slot: tuple, party_names: dict[str, str], figures: dict[tuple, str] | None = None) -> Move:
    """The move a slot stands for, worded as ``moves_of_row`` words it (reading its positions)."""
    row, place, what = slot
    if what == STATUS:
        before = status_label(row.previous_status, party_names) if row.previous_status else NOTHING_BEFORE
        return Move(row.issue, None, STATUS, before, status_label(row.status, party_names))
    cell = row.cells[place]
    previous, now = cell.previous, cell.position
    if what == STANCE:
        return Move(row.issue, cell.party, STANCE, stance_text(previous) if previous is not None else NOTHING_BEFORE,
                    stance_text(now))
    figures = {} if figures is None else figures
    new_key = _figure_key(now)
    new_value = figures.get(new_key)
    if new_value is None:
        new_value = figures[new_key] = format_value(now)
    no_figure = translate("Moves", NO_FIGURE)
    if previous is None:
        return Move(row.issue, cell.party, FIGURE, NOTHING_BEFORE, new_value or no_figure)
    old_key = _figure_key(previous)
    old_value = figures.get(old_key)
    if old_value is None:
        old_value = figures[old_key] = format_value(previous)
    return Move(row.issue, cell.party, FIGURE, old_value or no_figure, new_value or no_figure)


class MoveList(Sequence):
    """A round's moves, worded only when one is read (the changes list shows a screenful).

    Its length is known from the slots alone (``move_slots``), so a round
    where thousands of positions moved costs a list of tuples on a switch.
    """

    def __init__(self, slots: list[tuple], party_names: dict[str, str]):
        self.slots = slots
        self.party_names = party_names
        self._worded: dict[int, Move] = {}
        self._figures: dict[tuple, str] = {}

    def __len__(self) -> int:
        return len(self.slots)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.slots)
        found = self._worded.get(index)
        if found is None:
            found = self._worded[index] = move_at(self.slots[index], self.party_names, self._figures)
        return found
