"""Run every benchmark: ``python -m tests.benchmarks [--quick] [--scale]``.

Prints one ``name: value unit`` line per figure, each beside a baseline
measured in the same run. The large workspace is 2,000 issues × 4 parties ×
30 rounds (240,000 positions); ``--quick`` uses 500 × 4 × 10 and fewer
repetitions, and finishes in about a minute; ``--scale`` adds 8,000 issues
to the growth lines.

Hermetic: the whole run, and every child process it starts, uses data
directories (and so ``settings.ini``) in its own temporary folder, never the
user's; the window is measured both with fresh settings (default) and with
the settings a user leaves who opened everything (worst: ``window``).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller workspaces, fewer repetitions: about a minute")
    parser.add_argument("--scale", action="store_true", help="add 8,000 issues to the growth lines (slow)")
    args = parser.parse_args()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARLEY_DATA_DIR"] = str(Path(tmp) / "data")  # this process's own: backups, settings
        from tests.benchmarks.window import keep_settings_in

        keep_settings_in(Path(tmp) / "data")
        run(args.quick, args.scale, Path(tmp))
    print(f"benchmark_total: {time.perf_counter() - began:.0f} s")


def run(quick: bool, scale: bool, tmp: Path) -> None:
    from tests.benchmarks import data_exchange, growth, pdf_export, reading, startup, window
    from tests.generate_workspace import generate

    issues, parties, rounds = (500, 4, 10) if quick else (2000, 4, 30)
    large = tmp / "large.parley"
    start = time.perf_counter()
    generate(large, issues, parties, rounds)
    print(f"large_workspace_positions: {issues * parties * rounds} positions")
    print(f"large_generate: {(time.perf_counter() - start) * 1000:.0f} ms")
    startup.report(3 if quick else 5, large)
    windows = window.run(quick, large)
    exchange = data_exchange.report(large)
    growth.run(quick, scale, {issues: (windows["worst"], exchange)})
    pdf_export.run(quick)
    reading.report(3 if quick else 5)


if __name__ == "__main__":
    main()
