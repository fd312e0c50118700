"""Make a large synthetic workspace for benchmarks and scale tests.

    python -m tests.generate_workspace OUT.parley [--issues 2000] [--parties 4] [--rounds 30]

Every party states a position on every issue at every round (2,000 × 4 × 30
= 240,000 positions by default); about a third of positions change from one
round to the next. Text is made-up words: each issue draws four in five
words from its own topic of 40 words and the rest from the whole vocabulary
of 3,000, so that a term narrows the table to a few dozen issues as the
words of a real negotiation do (a word-salad over the whole vocabulary would
put every term in most issues). Deterministic for a given seed.

Each round has two reports of 200 sentences from two graded outlets. A new
or changed position cites a sentence of the first (about 83,000 citations by
default), and one in twenty of those is disputed by the second report with
another figure, so the cells' "reports disagree" marks are exercised too.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from core.domain.records import Issue, IssueStatus, Outlet, Party, Report, Round, Track, new_id
from core.store.workspace import open_workspace, row_of

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ra", "ti", "vo", "de", "pa", "zu", "ge", "shi", "mor", "tan", "vel"]
CYRILLIC = ["мир", "обмін", "полонені", "діти", "перемир'я", "саміт", "санкції", "територія", "переговори"]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words) + CYRILLIC


def sentence(rng: random.Random, words: list[str], length: int, topic: list[str] | None = None) -> str:
    return " ".join(rng.choice(topic if topic and rng.random() < 0.8 else words) for _ in range(length))


def generate(path: Path, issues: int = 2000, parties: int = 4, rounds: int = 30, seed: int = 7) -> None:
    rng = random.Random(seed)
    words = vocabulary(rng)
    ws = open_workspace(path)
    try:
        party_rows = [Party(name=f"Party {n + 1}", short_name=f"P{n + 1}", colour=f"#{rng.randrange(0x1000000):06x}",
                            sort_order=n, role="party" if n < 2 else "observer") for n in range(parties)]
        track_rows = [Track(name=f"Track {n + 1}", sort_order=n) for n in range(max(1, issues // 100))]
        issue_rows = [Issue(track_id=track_rows[n % len(track_rows)].id, name=f"Issue {n + 1}: {sentence(rng, words, 3)}",
                            quantity_kind=rng.choice([None, "duration", "count"]), sort_order=n)
                      for n in range(issues)]
        start = date(2025, 1, 6)
        round_rows = [Round(name=f"Round {n + 1}", date=(start + timedelta(days=7 * n)).isoformat(), place="Geneva")
                      for n in range(rounds)]
        outlets = [Outlet(name=f"Outlet {letter}", reliability=letter) for letter in "BCF"]
        reports, passages = [], []  # per round: two reports, and each one's sentence offsets
        for round_ in round_rows:
            for outlet in outlets[:2]:
                sentences = [sentence(rng, words, 12) + "." for _ in range(200)]
                text = " ".join(sentences)
                spans, at = [], 0
                for said in sentences:
                    spans.append((at, at + len(said)))
                    at += len(said) + 1
                reports.append(Report(outlet_id=outlet.id, title=f"Synthetic report, {round_.name}",
                                      published=round_.date, language="en", text=text))
                passages.append(spans)
        with ws.transaction():
            for table, records in (("parties", party_rows), ("tracks", track_rows), ("issues", issue_rows),
                                   ("rounds", round_rows), ("outlets", outlets), ("reports", reports)):
                ws.db[table].insert_all([row_of(r) for r in records], batch_size=1000)
            citations = []

            def cite(position: dict, n_round: int, which: int, differing: int | None = None) -> None:
                report = reports[2 * n_round + which]
                start, end = rng.choice(passages[2 * n_round + which])
                citations.append({"id": new_id(), "report_id": report.id, "position_id": position["id"],
                                  "passage_start": start, "passage_end": end, "passage": report.text[start:end],
                                  "credibility": rng.randint(1, 6),
                                  "value_low": differing, "value_high": differing + 24 if differing else None,
                                  "value_unit": "hours" if differing else ""})

            def positions():
                for issue in issue_rows:
                    topic = rng.sample(words, 40)
                    for party in party_rows:
                        stance, value = sentence(rng, words, 6, topic), rng.randint(1, 500)
                        for n_round, round_ in enumerate(round_rows):
                            moved = n_round == 0 or rng.random() < 0.33
                            if moved:
                                stance, value = sentence(rng, words, 6, topic), rng.randint(1, 500)
                            said = {"id": new_id(), "issue_id": issue.id, "party_id": party.id,
                                    "round_id": round_.id, "stated": 1, "stance": stance,
                                    "summary": sentence(rng, words, 14, topic), "value_low": value,
                                    "value_high": value + 24, "value_unit": "hours",
                                    "quote": sentence(rng, words, 8, topic)}
                            if moved:  # a new or changed stance rests on a report; one in 20 is disputed
                                cite(said, n_round, 0)
                                if rng.random() < 0.05:
                                    cite(said, n_round, 1, differing=value + rng.randint(1, 48))
                            yield said

            ws.db["positions"].insert_all(positions(), batch_size=2000)
            ws.db["citations"].insert_all(citations, batch_size=2000)
            statuses = ("agreed", "narrowing", "open", "opposed")
            ws.db["issue_status"].insert_all(
                (row_of(IssueStatus(issue_id=issue.id, round_id=round_.id, status=rng.choice(statuses),
                                    common_ground=sentence(rng, words, 5)))
                 for issue in issue_rows for round_ in round_rows if rng.random() < 0.5),
                batch_size=2000)
            stamp_base_hashes(ws)
    finally:
        ws.close()


def stamp_base_hashes(ws) -> None:
    """Give every row the base hash Parley's own writes give it (``Workspace.insert``).

    The rows above go in through sqlite-utils directly, for speed, and would
    otherwise carry none: a workspace no Parley ever writes, whose JSON import
    then hashes all 300,000 rows (some 4 s of the large round trip that a
    real workspace never pays).
    """
    from core.domain.hashing import row_hasher

    for table in ws.db.table_names():
        columns = [column.name for column in ws.db[table].columns]
        if "base_hash" not in columns:
            continue
        names, hashed = ", ".join(f"[{c}]" for c in columns), row_hasher(tuple(columns))
        stamped = [(hashed(row[1:]), row[0]) for row in
                   ws.db.execute(f"SELECT rowid, {names} FROM [{table}] WHERE coalesce(base_hash, '') = ''")]
        ws.db.conn.executemany(f"UPDATE [{table}] SET base_hash = ? WHERE rowid = ?", stamped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.generate_workspace", description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--issues", type=int, default=2000)
    parser.add_argument("--parties", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    if args.output.exists():
        print(f"{args.output} exists; not overwriting it", file=sys.stderr)
        return 1
    generate(args.output, args.issues, args.parties, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
