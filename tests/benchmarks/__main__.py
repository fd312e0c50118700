"""Run every benchmark: ``python -m tests.benchmarks [--quick]``.

Prints one ``name: value unit`` line per figure, each beside a baseline
measured in the same run. The large workspace is 2,000 issues × 4 parties ×
30 rounds (240,000 positions); ``--quick`` uses 500 × 4 × 10 and fewer
repetitions, and finishes in well under a minute.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from . import data_exchange, pdf_export, reading, startup, window  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller workspace, fewer repetitions; under a minute")
    args = parser.parse_args()
    from tests.generate_workspace import generate

    issues, parties, rounds = (500, 4, 10) if args.quick else (2000, 4, 30)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARLEY_DATA_DIR"] = str(Path(tmp) / "data")
        large = Path(tmp) / "large.parley"
        start = time.perf_counter()
        generate(large, issues, parties, rounds)
        print(f"large_workspace_positions: {issues * parties * rounds} positions")
        print(f"large_generate: {(time.perf_counter() - start) * 1000:.0f} ms")
        startup.report(3 if args.quick else 5, large)
        window.run(args.quick, large)
        pdf_export.run(args.quick)
        data_exchange.report(large)
    reading.report(3 if args.quick else 5)
    print(f"benchmark_total: {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
