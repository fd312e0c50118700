"""How the worst window's figures and the JSON round trip grow with the number of issues.

Sizes: 500 and 2,000 issues (4 parties, 30 rounds), and 8,000 with
``--scale``; ``--quick`` uses 200 and 500 issues with 10 rounds. The
largest regular size is the run's large workspace, measured once and
reused here. Each line gives every size's figure and, at the end, how much
it grew from the smallest size to the largest against how much the issues
grew, so that the slope shows, not just one point.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.benchmarks import data_exchange, window

# (line name, figure key, unit, scale to the unit)
WINDOW_FIGURES = (
    ("open_window", "open", "ms", 1000), ("open_window_process", "process_open", "ms", 1000),
    ("peak_memory", "peak_memory", "MiB", 1), ("round_switch_median", "switch_median", "ms", 1000),
    ("round_switch_p95", "switch_p95", "ms", 1000), ("search_median", "search_median", "ms", 1000),
    ("search_p95", "search_p95", "ms", 1000), ("search_broad_prefix_worst", "search_broad_prefix", "ms", 1000),
    ("scroll_frame", "scroll_frame", "ms", 1000), ("single_edit_p95", "edit_p95", "ms", 1000),
)
JSON_FIGURES = (("json_export", "export", "ms", 1000), ("json_import_checked", "import", "ms", 1000))


def sizes(quick: bool, scale: bool) -> tuple[list[int], int]:
    """The issue counts to measure, and the rounds of each workspace."""
    if quick:
        return [200, 500], 10
    return [500, 2000, *([8000] if scale else [])], 30


def measure(issues: int, rounds: int, quick: bool) -> tuple[dict, dict]:
    """The worst window (own process, own settings) and the JSON round trip on a new workspace of this size."""
    from tests.generate_workspace import generate

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / f"growth{issues}.parley"
        generate(path, issues, 4, rounds)
        figures = window.measure_worst(path, quick, tmp)
        return figures, data_exchange.measure(path)


def run(quick: bool, scale: bool, known: dict[int, tuple[dict, dict]]) -> None:
    """Measure the sizes not in ``known`` (issues → (worst window, JSON) figures) and print the lines."""
    wanted, rounds = sizes(quick, scale)
    found = {n: known[n] if n in known else measure(n, rounds, quick) for n in wanted}
    print(f"growth_sizes: {', '.join(f'{n} issues' for n in wanted)} × 4 parties × {rounds} rounds (worst window)")
    for name, key, unit, factor in WINDOW_FIGURES:
        line(name, {n: found[n][0][key] * factor for n in wanted}, unit)
    for name, key, unit, factor in JSON_FIGURES:
        line(name, {n: found[n][1][key] * factor if found[n][1][key] is not None else None for n in wanted}, unit)
    line("json_export_import_vs_baseline", {n: data_exchange.ratio(found[n][1]) for n in wanted}, "x")


def line(name: str, values: dict[int, float | None], unit: str) -> None:
    """Every size's figure and the growth from the smallest to the largest size measured
    (None: not measured at that size, e.g. a JSON file over the import limit)."""
    shown = " ".join(f"{n}={value:.1f} {unit}" if value is not None else f"{n}=n/a (over the import limit)"
                     for n, value in values.items())
    known = [n for n, value in values.items() if value is not None]
    first, last = min(known), max(known)
    slope = f" (x{values[last] / values[first]:.1f} for x{last / first:.0f} issues)" if values[first] else ""
    print(f"growth_{name}: {shown}{slope}")
