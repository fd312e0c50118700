"""Run every benchmark: ``python -m tests.benchmarks [--quick]``."""

from __future__ import annotations

import argparse

from . import pdf_export, startup, window


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions; under a minute")
    args = parser.parse_args()
    startup.main(args.quick)
    window.run(args.quick)
    pdf_export.run(args.quick)


if __name__ == "__main__":
    main()
