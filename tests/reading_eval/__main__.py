"""Score the reading engine: ``python -m tests.reading_eval [--dir D] [--half first|second] [--empty] [--verbose]``.

Reads every ``<id>.txt``/``<id>.json`` pair in the directory (format:
the development-set contract), builds the workspace from the json's parties,
people and issues, reads the report and prints, per language and overall:
recall, precision, party, speaker and figure accuracy, and milliseconds per
report (language detection and morphology included; dictionaries loaded
first). ``--half`` scores one half of the set, split by hand against overfitting:
within each language, the reports in alphabetical order of id, the 1st, 3rd,
5th… in the first half and the others in the second (develop on the first,
check on the second). ``--empty`` reads every report with an empty workspace, as an analyst's
first report is read (the built-in states table is then all the engine knows). The seed report, which the engine was developed against, is scored on
its own line and never counted in the overall figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from core.reading import Gazetteer, read_report, warm_up

from .scoring import BadReport, Tally, gazetteer_from, score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def evaluate(report_id: str, text: str, data: dict, empty: bool = False) -> Tally:
    gazetteer = Gazetteer() if empty else gazetteer_from(data)
    expected = data.get("statements")
    if not isinstance(expected, list):
        raise BadReport("no statements list")
    published = data.get("published") if isinstance(data.get("published"), str) else None
    start = time.perf_counter()
    reading = read_report(text, gazetteer, published=published)
    elapsed = (time.perf_counter() - start) * 1000
    proposals = reading.to_json({"text": text, "published": published})["statements"]
    tally = score(report_id, [e for e in expected if isinstance(e, dict)], proposals)
    tally.milliseconds = elapsed
    for item in expected:
        if isinstance(item, dict) and str(item.get("phrase", "")) not in text:
            tally.wrong.append(f"{report_id}: phrase not in the text (a data error): {item.get('phrase')}")
    return tally


def load_pair(json_path: Path) -> tuple[str, dict]:
    text_path = json_path.with_suffix(".txt")
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadReport(f"cannot read ({error.__class__.__name__}: {error})") from None
    if not isinstance(data, dict):
        raise BadReport("the json is not an object")
    return text, data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reading_eval")
    parser.add_argument("--dir", default=str(HERE / "reports"), help="folder of <id>.txt/<id>.json pairs")
    parser.add_argument("--verbose", action="store_true", help="list misses, wrong fields and false positives")
    parser.add_argument("--half", choices=("first", "second"), help="score one half only (see the docstring)")
    parser.add_argument("--empty", action="store_true",
                        help="read every report with an empty workspace (no parties, people or issues: "
                             "the built-in states table only)")
    args = parser.parse_args(argv)
    warm_up()
    seed = score_seed(args.verbose, args.empty)
    folder = Path(args.dir)
    pairs = sorted(p for p in folder.glob("*.json") if p.with_suffix(".txt").exists()) if folder.is_dir() else []
    if args.half:
        pairs = half_of(pairs, args.half)
    if not pairs:
        print(f"no reports to score in {folder} (expected <id>.txt and <id>.json pairs)")
        return 0
    by_language: dict[str, Tally] = {}
    overall = Tally()
    for json_path in pairs:
        try:
            text, data = load_pair(json_path)
            tally = evaluate(json_path.stem, text, data, args.empty)
        except BadReport as error:
            print(f"skipped {json_path.name}: {error}", file=sys.stderr)
            continue
        language = str(data.get("language") or "?")
        by_language.setdefault(language, Tally()).add(tally)
        overall.add(tally)
        if args.verbose:
            for line in tally.misses + tally.wrong + tally.false_positives:
                print("  " + line)
    for language in sorted(by_language):
        print(by_language[language].line(language))
    print(overall.line("overall"))
    del seed
    return 0


def half_of(pairs: list[Path], half: str) -> list[Path]:
    """Within each language (the id's prefix), alternate reports in id order: first, second, first…"""
    by_language: dict[str, list[Path]] = {}
    for path in sorted(pairs, key=lambda p: p.stem):
        by_language.setdefault(path.stem.split("-", 1)[0], []).append(path)
    wanted = 0 if half == "first" else 1
    return sorted(p for paths in by_language.values() for n, p in enumerate(paths) if n % 2 == wanted)


def score_seed(verbose: bool, empty: bool = False) -> Tally | None:
    path = HERE / "seed_expected.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / data["text_file"]).read_text(encoding="utf-8")
    except (OSError, KeyError, ValueError) as error:
        print(f"seed report not scored: {error}")
        return None
    tally = evaluate("seed", text, data, empty)
    if verbose:
        for line in tally.misses + tally.wrong + tally.false_positives:
            print("  " + line)
    print(tally.line("seed (developed against; not in overall)"))
    return tally


if __name__ == "__main__":
    sys.exit(main())
