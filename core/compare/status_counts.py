"""How many issues stood agreed, narrowing, open, opposed or not discussed at each round.

A status holds from its round until the issue's next status, so each
status adds one to its count over that span: a difference array over the
rounds, O(statuses), rather than a lookup per issue per round (which the
changes dock paid on every round switch of a 2,000-issue workspace).
"""

from __future__ import annotations

from core.domain.records import STATUSES


def count_statuses(rounds: list, status_history) -> list[tuple[object, dict[str, int]]]:
    """Per round, the counts; ``status_history`` maps an issue to its Timeline of statuses (by round index)."""
    round_count = len(rounds)
    steps = [dict.fromkeys(STATUSES, 0) for _ in range(round_count + 1)]
    end = round_count
    for timeline in status_history.values():
        indices, items = timeline.indices, timeline.items
        for n, (start, status) in enumerate(zip(indices, items)):
            stop = indices[n + 1] if n + 1 < len(indices) else end
            if start < stop:
                steps[start][status.status] += 1
                steps[stop][status.status] -= 1
    result = []
    running = dict.fromkeys(STATUSES, 0)
    for index, round_ in enumerate(rounds):
        for key, step in steps[index].items():
            running[key] += step
        result.append((round_, dict(running)))
    return result
