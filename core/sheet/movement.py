"""What moved between the comparison round and the round shown: words, figures and statuses.

The sheet says what a change was, not only that there was one: a changed
stance shows its earlier wording with the words that are gone struck
through, and a status shows its move ("Open → Agreed", "Agreed (both) →
Agreed according to Russia"). One-sided claims count as a move of their
own, since a claim by one side is not agreement.
"""

from __future__ import annotations

from core.compare.worddiff import word_diff
from core.domain.labels import NEW_MARK, NO_RECORD, claimant, format_value, stance_text
from core.domain.records import STATUS_LABELS, IssueStatus

# A letter per status that survives greyscale printing; '*' marks a status claimed by one side only.
STATUS_LETTERS = {"agreed": "A", "narrowing": "N", "open": "O", "opposed": "X", "not_discussed": "D"}
ONE_SIDED_MARK = "*"
NO_STATUS_LETTER = NO_RECORD


def status_letter(status: IssueStatus | None) -> str:
    if status is None:
        return NO_STATUS_LETTER
    letter = STATUS_LETTERS.get(status.status, "?")
    return letter + ONE_SIDED_MARK if status.claimed_by_party_id else letter


def status_phrase(status: IssueStatus | None, party_names: dict[str, str]) -> str:
    """'Open', 'Agreed (both)', 'Agreed according to Russia', 'No status recorded'."""
    if status is None:
        return "No status recorded"
    label = STATUS_LABELS.get(status.status, status.status)
    if status.claimed_by_party_id:
        return f"{label} according to {claimant(status, party_names)}"
    return f"{label} (both)" if status.status == "agreed" else label


def _status_key(status: IssueStatus) -> tuple[str, str]:
    return status.status, status.claimed_by_party_id or ""


def status_move(row, party_names: dict[str, str]) -> str:
    """'' when the status did not move since the comparison round, 'new', or 'Open → Agreed (both)'."""
    now, then = row.status, row.previous_status
    if now is None:
        return ""
    if then is None:
        return NEW_MARK if row.status_changed else ""
    if _status_key(now) == _status_key(then):
        return ""
    return f"{status_phrase(then, party_names)} → {status_phrase(now, party_names)}"


def earlier_wording(cell) -> list[tuple[str, str]]:
    """The earlier stance of a changed cell as word-diff segments ('same' or 'removed'); [] if none.

    Only the words of the earlier wording: 'removed' words are gone from the
    stance now, the rest are still in it.
    """
    if not cell.changed or cell.previous is None:
        return []
    before, after = stance_text(cell.previous), stance_text(cell.position)
    return [(op, words) for op, words in word_diff(before, after) if op != "added"]


def earlier_figure(cell) -> str:
    """The earlier figure of a changed cell when it differs from the figure now ('' otherwise)."""
    if not cell.changed or cell.previous is None:
        return ""
    before = format_value(cell.previous)
    return before if before != format_value(cell.position) else ""
