"""Child process for the kill -9 test: edit a workspace until killed.

    python -m tests.crash_child WORKSPACE

Each edit is one transaction: a new position (a fresh round each time, so
the unique key never clashes) or a change of an existing stance. Only after
the commit returns does the child print ``ok <kind> <id> <stance>``, so every
reported edit must survive the kill. Stances carry a nanosecond clock, so a
later edit (reported or committed just before the kill) is recognisable as
newer than the one reported.
"""

from __future__ import annotations

import random
import sys
import time

from core.domain.records import Position, Round
from core.store.workspace import open_workspace


def main(path: str) -> None:
    ws = open_workspace(path)
    issue = ws.issues()[0].id
    party = ws.parties()[0].id
    rng = random.Random()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if rng.random() < 0.5 or not ws.positions():
            round_ = Round(name=f"crash round {n}", date="2025-09-01")
            position = Position(issue_id=issue, party_id=party, round_id=round_.id, stance=f"edit {time.time_ns()}")
            ws.insert_many([round_, position])
            print(f"ok insert {position.id} {position.stance}", flush=True)
        else:
            position = rng.choice(ws.positions())
            position.stance = f"edit {time.time_ns()}"
            ws.update(position)
            print(f"ok update {position.id} {position.stance}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
