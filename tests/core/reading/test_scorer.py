"""The development-set scorer: its matching rules and its handling of bad input."""

import json
import subprocess
import sys
from pathlib import Path

from tests.reading_eval.scoring import figures_found, same_speaker, score

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, "-m", "tests.reading_eval", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_speakers_match_by_surname_across_inflection_and_diacritics():
    assert same_speaker("Володимир Зеленський", "Зеленського")
    assert same_speaker("António Guterres", "Antonio Guterres")
    assert same_speaker("Дмитрий Песков", "Песков")
    assert not same_speaker("Sergey Lavrov", "Vladimir Medinsky")
    assert same_speaker(None, None) and not same_speaker("Lavrov", None)


def test_figures_match_by_low_and_high():
    assert figures_found([{"low": 1200, "high": 1200}], [{"low": 1200.0, "high": 1200, "unit": "x"}])
    assert not figures_found([{"low": 24, "high": 48}], [{"low": 24, "high": 24}])
    assert figures_found([], [])


def test_a_proposal_matches_when_its_passage_contains_the_phrase():
    expected = [{"phrase": "agreed to exchange", "party": "Russia", "speaker": "Medinsky", "figures": []},
                {"phrase": "never proposed", "party": None, "speaker": None, "figures": []}]
    proposals = [{"text": "Medinsky said they agreed to exchange all.", "party": "Russia", "speaker": "Vladimir Medinsky",
                  "kind": "indirect", "figures": []},
                 {"text": "Narration.", "party": None, "speaker": None, "kind": "indirect", "figures": []}]
    tally = score("r", expected, proposals)
    assert (tally.matched, tally.matching_proposals, tally.party_right, tally.speaker_right) == (1, 1, 1, 1)
    assert len(tally.misses) == 1 and len(tally.false_positives) == 1


def test_an_empty_or_missing_folder_says_so_and_exits_0(tmp_path):
    result = run("--dir", str(tmp_path / "nowhere"))
    assert result.returncode == 0
    assert "no reports to score" in result.stdout


def test_a_bad_report_is_skipped_with_one_line_and_the_others_are_scored(tmp_path):
    (tmp_path / "en-bad.txt").write_text("Some text.", encoding="utf-8")
    (tmp_path / "en-bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "en-good.txt").write_text("Umerov said the talks went well.", encoding="utf-8")
    (tmp_path / "en-good.json").write_text(json.dumps({
        "language": "en", "published": "2031-01-01",
        "parties": [{"name": "Ukraine", "aliases": ["Kyiv"]}],
        "people": [{"name": "Rustem Umerov", "party": "Ukraine", "aliases": []}], "issues": [],
        "statements": [{"phrase": "the talks went well", "party": "Ukraine", "speaker": "Rustem Umerov",
                        "kind": "indirect", "figures": []}]}), encoding="utf-8")
    result = run("--dir", str(tmp_path), "--verbose")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().count("\n") == 0 and "skipped en-bad.json" in result.stderr
    assert "Traceback" not in result.stderr
    overall = [line for line in result.stdout.splitlines() if line.startswith("overall")][0]
    assert "reports 1," in overall and "recall 1.00" in overall and "party 1.00" in overall


def test_the_halves_alternate_within_each_language_and_cover_the_set():
    from tests.reading_eval.__main__ import half_of

    pairs = [Path(f"{name}.json") for name in ("uk-b", "en-a", "uk-a", "ru-a", "en-b", "uk-c", "en-c")]
    first, second = half_of(pairs, "first"), half_of(pairs, "second")
    assert [p.stem for p in first] == ["en-a", "en-c", "ru-a", "uk-a", "uk-c"]
    assert [p.stem for p in second] == ["en-b", "uk-b"]
    assert sorted(first + second) == sorted(pairs)


def test_null_party_counts_as_right_when_null_is_expected():
    expected = [{"phrase": "the talks went well", "party": None, "speaker": None}]
    proposals = [{"text": "He said the talks went well.", "party": None, "speaker": None, "kind": "indirect",
                  "figures": []}]
    assert score("x", expected, proposals).party_right == 1


def test_empty_reads_every_report_with_an_empty_workspace(tmp_path):
    (tmp_path / "ru-a.txt").write_text("Киев настаивает на прекращении огня сроком не менее 30 дней.", encoding="utf-8")
    (tmp_path / "ru-a.json").write_text(json.dumps({
        "language": "ru", "published": "2031-01-01",
        "parties": [{"name": "Украина (делегация)", "aliases": ["Киев"]}], "people": [], "issues": [],
        "statements": [{"phrase": "Киев настаивает", "party": "Ukraine", "speaker": None, "kind": "indirect",
                        "figures": []}]}), encoding="utf-8")
    with_parties = [line for line in run("--dir", str(tmp_path)).stdout.splitlines() if line.startswith("overall")][0]
    empty = [line for line in run("--dir", str(tmp_path), "--empty").stdout.splitlines() if line.startswith("overall")][0]
    assert "party 0.00" in with_parties  # the report's own party name wins over the built-in table
    assert "party 1.00" in empty  # with no workspace, the built-in table names the state


def test_a_speaker_in_cyrillic_matches_the_same_surname_in_latin_letters():
    assert same_speaker("Dmitry Peskov", "Дмитрий Песков")
    assert same_speaker("Дмитрий Песков", "Dmitry Peskov")
    assert not same_speaker("Dmitry Peskov", "Владимир Мединский")
