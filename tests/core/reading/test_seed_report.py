"""The seed report's statements (issue 12 "Done when"), scored by the dev-set rules."""

import json
from pathlib import Path

from core.reading import read_report
from tests.reading_eval.scoring import gazetteer_from, score

ROOT = Path(__file__).resolve().parents[3]


def test_the_seed_report_yields_its_expected_statements():
    data = json.loads((ROOT / "tests/reading_eval/seed_expected.json").read_text(encoding="utf-8"))
    text = (ROOT / data["text_file"]).read_text(encoding="utf-8")
    reading = read_report(text, gazetteer_from(data), published=data["published"])
    assert reading.language == "en"
    proposals = reading.to_json({"text": text})["statements"]
    tally = score("seed", data["statements"], proposals)
    assert tally.matched >= 17, tally.misses
    assert tally.party_right == tally.matched, tally.wrong
    assert tally.speaker_right == tally.matched, tally.wrong
    assert tally.figures_right == tally.with_figures, tally.wrong
    speakers = {p["speaker"] for p in proposals}
    assert {"Rustem Umerov", "Vladimir Medinsky", "Oleksandr Bevz"} <= speakers


def test_the_seed_figures_the_issue_names():
    data = json.loads((ROOT / "tests/reading_eval/seed_expected.json").read_text(encoding="utf-8"))
    text = (ROOT / data["text_file"]).read_text(encoding="utf-8")
    reading = read_report(text, gazetteer_from(data), published=data["published"])
    numbers = {(f.low, f.unit) for s in reading.statements for f in s.figures}
    assert {(1200, "prisoners of war"), (3000, "bodies"), (339, "names"), (24, "hours")} <= numbers
