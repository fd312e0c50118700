"""``parley read REPORT...``: proposals printed (JSON lines or text), bad files reported, nothing written."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cli import main
from core.reports import read_report_file
from core.store.workspace import open_workspace
from tests.core.reports.samples import html_page

ROOT = Path(__file__).resolve().parents[3]
SEED_REPORT = ROOT / "resources/seed/istanbul-talks-2025-07-23.txt"


@pytest.fixture
def empty_path(tmp_path):
    path = tmp_path / "empty.parley"
    open_workspace(path).close()
    return path


def read_json(capsys, *argv) -> tuple[int, list[dict], str]:
    status = main(["read", *map(str, argv), "--format", "json"])
    captured = capsys.readouterr()
    return status, [json.loads(line) for line in captured.out.splitlines()], captured.err


def with_speaker(statements, surname, *phrases):
    return [s for s in statements
            if s["speaker"] and surname in s["speaker"] and all(p in s["text"] for p in phrases)]


def figure_lows(statement):
    return {f["low"] for f in statement["figures"]}


@pytest.mark.parametrize("workspace", ["empty", "seed"])
def test_the_seed_report_proposes_its_statements_on_an_empty_and_on_the_seed_workspace(
        capsys, request, workspace):
    path = request.getfixturevalue("empty_path" if workspace == "empty" else "seed_path")
    status, (out,), err = read_json(capsys, SEED_REPORT, "--workspace", path)
    assert status == 0 and err == ""
    statements = out["statements"]
    summit = with_speaker(statements, "Umerov", "proposed a meeting between")
    short_ceasefires = with_speaker(statements, "Medinsky", "short ceasefires")
    prisoners = with_speaker(statements, "Medinsky", "1,200")
    bodies = with_speaker(statements, "Medinsky", "3,000", "bodies")
    names = with_speaker(statements, "Medinsky", "339 names")
    assert summit and short_ceasefires and prisoners and bodies and names, [s["text"] for s in statements]
    assert {(f["low"], f["high"], f["unit"]) for f in short_ceasefires[0]["figures"]} == {(24, 48, "hours")}
    assert 1200 in figure_lows(prisoners[0]) and 3000 in figure_lows(bodies[0]) and 339 in figure_lows(names[0])
    if workspace == "seed":  # the workspace's names come through: parties and existing issues
        assert {s["party"] for s in summit + short_ceasefires} == {"Ukraine", "Russia"}
        assert summit[0]["issue"] == "Leaders' summit: purpose and timing"
        assert prisoners[0]["issue"] == "Prisoner-of-war exchange" and bodies[0]["issue"] == "Return of bodies"
    else:  # nothing to match against: the issues are proposed as new ones
        assert all(s["issue"] is None and s["new_issue"] for s in statements)


def test_the_json_has_exactly_the_documented_shape_and_exact_offsets(capsys, seed_path):
    status, (out,), _ = read_json(capsys, SEED_REPORT, "--workspace", seed_path)
    assert status == 0
    assert set(out) == {"report", "round", "statements"}
    assert set(out["report"]) == {"title", "outlet", "url", "published", "language", "text"}
    for key in ("title", "outlet", "url", "published"):
        assert out["report"][key] is None or isinstance(out["report"][key], str)
    assert out["report"]["language"] == "en"
    report_text = out["report"]["text"]
    assert report_text == read_report_file(SEED_REPORT).text
    assert out["round"] is None  # a .txt carries no date, so no round is guessed
    assert len(out["statements"]) >= 15
    for statement in out["statements"]:
        assert set(statement) == {"party", "speaker", "kind", "quote", "text", "start", "end", "issue",
                                  "new_issue", "figures", "confidence"}
        for key in ("party", "speaker", "issue", "new_issue"):
            assert statement[key] is None or isinstance(statement[key], str)
        assert statement["kind"] in ("direct", "indirect", "mixed")
        assert isinstance(statement["quote"], str) and isinstance(statement["text"], str)
        assert isinstance(statement["start"], int) and isinstance(statement["end"], int)
        assert report_text[statement["start"]:statement["end"]] == statement["text"]
        assert all(piece in statement["text"] for piece in statement["quote"].split(" … "))  # mixed: joined by …
        assert isinstance(statement["confidence"], (int, float)) and 0 <= statement["confidence"] <= 1
        for figure in statement["figures"]:
            assert set(figure) == {"low", "high", "unit", "qualifier", "label"}
            assert isinstance(figure["unit"], str) and isinstance(figure["label"], str)


def test_the_json_keeps_non_ascii_characters_as_they_are(capsys, seed_path):
    main(["read", str(SEED_REPORT), "--workspace", str(seed_path), "--format", "json"])
    out = capsys.readouterr().out
    assert "’" in out and "\\u2019" not in out


def test_a_dated_html_report_gets_its_metadata_and_the_round_of_its_date(capsys, seed_path, tmp_path):
    page = tmp_path / "round3.html"
    page.write_text(html_page(["Medinsky said that Russia had offered to hand over another 3,000 bodies.",
                               "Umerov said Ukraine proposed a meeting of the presidents before the end of August."],
                              title="Talks in Istanbul", site="Example News",
                              url="https://news.example.org/istanbul", date="2025-07-23"), encoding="utf-8")
    status, (out,), _ = read_json(capsys, page, "--workspace", seed_path)
    assert status == 0
    assert out["report"]["published"] == "2025-07-23" and out["report"]["title"] == "Talks in Istanbul"
    assert out["report"]["url"] == "https://news.example.org/istanbul"
    assert out["round"] == "Round 3"
    assert with_speaker(out["statements"], "Medinsky", "3,000")


def test_round_forces_the_round_by_name_date_or_id(capsys, seed_path):
    for given_round in ("Round 1", "2025-05-16", "ec71c71f-67df-5bd4-8376-0406e7978303", "round 1"):
        status, (out,), _ = read_json(capsys, SEED_REPORT, "--workspace", seed_path, "--round", given_round)
        assert status == 0 and out["round"] == "Round 1"


def test_an_unknown_round_exits_2_in_one_line_and_prints_no_proposals(capsys, seed_path):
    status = main(["read", str(SEED_REPORT), "--workspace", str(seed_path), "--round", "Round 9"])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("parley read: no round “Round 9”")


def test_bad_arguments_exit_2(capsys, seed_path):
    assert main(["read", "--workspace", str(seed_path)]) == 2  # no report
    assert main(["read", str(SEED_REPORT), "--format", "xml", "--workspace", str(seed_path)]) == 2
    assert capsys.readouterr().out == ""


def test_two_reports_give_two_json_lines_in_order(capsys, seed_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Medinsky said that the exchange of 1,200 prisoners would go ahead.\n", encoding="utf-8")
    status, outs, err = read_json(capsys, SEED_REPORT, other, "--workspace", seed_path)
    assert status == 0 and err == ""
    assert len(outs) == 2
    assert outs[0]["report"]["text"] == read_report_file(SEED_REPORT).text
    assert outs[1]["report"]["text"] == other.read_text(encoding="utf-8")
    assert [s["speaker"] for s in outs[1]["statements"]] == ["Vladimir Medinsky"]


def test_an_unreadable_report_among_good_ones_gets_one_line_and_exit_1(capsys, seed_path, tmp_path):
    empty = tmp_path / "blank.txt"
    empty.write_bytes(b"")
    status, outs, err = read_json(capsys, empty, SEED_REPORT, "--workspace", seed_path)
    assert status == 1
    assert err.splitlines() == ["parley read: blank.txt: the file is empty"]
    assert len(outs) == 1 and outs[0]["statements"]
    status = main(["read", str(tmp_path / "missing.txt"), str(SEED_REPORT), "--workspace", str(seed_path)])
    captured = capsys.readouterr()
    assert status == 1 and captured.err == "parley read: missing.txt: no such file\n"
    assert "Vladimir Medinsky (Russia)" in captured.out


def test_text_lists_speaker_party_kind_issue_figures_and_passage(capsys, seed_path):
    assert main(["read", str(SEED_REPORT), "--workspace", str(seed_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{SEED_REPORT} — en · round: none")
    prisoners = [line for line in lines if "1,200" in line]
    assert prisoners and prisoners[0].startswith("  ")
    assert ("Vladimir Medinsky (Russia) · indirect · issue: Prisoner-of-war exchange · "
            "at least 1,200 more prisoners of war · ") in prisoners[0]
    assert "“Medinsky announced that negotiators had agreed to exchange at least 1,200" in prisoners[0]
    assert all(len(line) < 400 for line in lines)  # passages are trimmed


def every_file_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_reading_writes_nothing_no_change_backup_lock_wal_or_file(capsys, tmp_path):
    from core.interchange.seed import ensure_default_workspace
    from core.store.paths import data_dir

    default = ensure_default_workspace()  # the default workspace, in the data directory
    named = tmp_path / "named.parley"
    open_workspace(named).close()
    before = every_file_under(tmp_path) | every_file_under(data_dir())
    assert main(["read", str(SEED_REPORT), "--format", "json"]) == 0  # the default workspace
    assert main(["read", str(SEED_REPORT), "--workspace", str(named), "--round", "nope"]) == 2
    assert main(["read", str(SEED_REPORT), str(tmp_path / "missing.txt"), "--workspace", str(named)]) == 1
    capsys.readouterr()
    after = every_file_under(tmp_path) | every_file_under(data_dir())
    assert after == before
    assert default.exists() and not any(name.endswith(("-wal", "-shm")) for name in after)


def test_without_a_default_workspace_it_says_so_and_creates_nothing(capsys):
    from core.store.paths import data_dir

    folder = data_dir(create=False)
    assert not folder.exists()
    assert main(["read", str(SEED_REPORT)]) == 1
    assert "there is no default workspace yet" in capsys.readouterr().err
    assert not folder.exists()


def test_the_entry_point_routes_read_to_the_command_line(capsys, seed_path):
    from gui.app import main as entry_point

    assert entry_point(["read", str(SEED_REPORT), "--workspace", str(seed_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["statements"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=3),
       st.sampled_from([".txt", ".html", ".pdf", ".docx", ""]))
def test_any_bytes_in_report_files_give_proposals_or_one_line_each_never_a_traceback(seed_path, contents, suffix):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, data in enumerate(contents):
            path = Path(folder) / f"r{number}{suffix}"
            path.write_bytes(data)
            paths.append(str(path))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["read", *paths, "--workspace", str(seed_path), "--format", "json"])
        refused = err.getvalue().splitlines()
        assert all(line.startswith("parley read: r") for line in refused)
        assert "Traceback" not in err.getvalue()
        assert len(refused) + len(out.getvalue().splitlines()) == len(contents)
        assert status == (1 if refused else 0)
        for line in out.getvalue().splitlines():
            report = json.loads(line)
            for statement in report["statements"]:
                assert report["report"]["text"][statement["start"]:statement["end"]] == statement["text"]
    assert os.path.exists(seed_path)
