"""Citing a selected passage of a report, and storing a report that was read in (core.edits.citing).

The report text here is visibly synthetic; nothing in it is about the talks.
"""

import pytest

from core.domain.records import Outlet, Report
from core.edits.citing import EditRefused, adding_report, cite_passage, report_from_text
from core.reports import ReportText, read_pasted_text

TEXT = "Headline of a made-up report\n\nOutlet A says the figure is 123 units. 🙂 Then more text.\n"
REPORT = Report(title="Made-up report", text=TEXT)


def test_a_selected_passage_becomes_one_citation_whose_offsets_cut_it_exactly():
    start = TEXT.index("Outlet A")
    end = TEXT.index(" 🙂")
    changes = cite_passage(REPORT, TEXT, start, end, "position-1", credibility=2, sort_order=3)
    [change] = changes.changes
    row = change.after
    assert change.table == "citations" and change.before is None
    assert row["passage"] == "Outlet A says the figure is 123 units."
    assert TEXT[row["passage_start"]:row["passage_end"]] == row["passage"]
    assert (row["report_id"], row["position_id"], row["status_id"]) == (REPORT.id, "position-1", None)
    assert (row["credibility"], row["sort_order"]) == (2, 3)
    assert changes.text == "Cite Made-up report"


def test_whitespace_around_the_selection_is_left_out_and_the_offsets_follow():
    start = TEXT.index("\n\nOutlet")
    end = TEXT.index("units.") + len("units. ")
    row = cite_passage(REPORT, TEXT, start, end, "p").changes[0].after
    assert row["passage"] == "Outlet A says the figure is 123 units."
    assert TEXT[row["passage_start"]:row["passage_end"]] == row["passage"]


def test_offsets_count_characters_beyond_the_basic_plane_once():
    start = TEXT.index("🙂")
    row = cite_passage(REPORT, TEXT, start, start + len("🙂 Then"), "p").changes[0].after
    assert row["passage"] == "🙂 Then"


@pytest.mark.parametrize("start, end", [(-1, 5), (5, len(TEXT) + 1), (10, 4), (0, 10 ** 9)])
def test_a_passage_outside_the_text_is_refused_with_a_sentence(start, end):
    with pytest.raises(EditRefused, match="outside the report's text"):
        cite_passage(REPORT, TEXT, start, end, "p")


@pytest.mark.parametrize("start, end", [(5, 5), (TEXT.index("\n\n"), TEXT.index("\n\n") + 2)])
def test_an_empty_or_blank_selection_is_refused(start, end):
    with pytest.raises(EditRefused, match="selection is empty"):
        cite_passage(REPORT, TEXT, start, end, "p")


@pytest.mark.parametrize("credibility", [0, 7, True])
def test_a_credibility_outside_one_to_six_is_refused(credibility):
    with pytest.raises(EditRefused, match="Credibility is a grade from 1 to 6"):
        cite_passage(REPORT, TEXT, 0, 8, "p", credibility=credibility)


def test_a_report_read_in_keeps_its_text_exactly_and_links_an_outlet_of_the_same_name():
    pasted = "  A made-up headline\r\n\r\nBody   with  odd   spacing.\t\n"
    read = read_pasted_text(pasted)
    outlet = Outlet(name="Outlet A", reliability="B")
    report = report_from_text(ReportText(**{**read.__dict__, "outlet": "outlet a "}), "2026-01-02", [outlet])
    assert report.text == pasted.replace("\r\n", "\n")
    assert (report.outlet_id, report.accessed, report.title) == (outlet.id, "2026-01-02", read.title)
    [change] = adding_report(report).changes
    assert change.table == "reports" and change.after["text"] == report.text


def test_an_unknown_outlet_is_not_invented_and_a_long_title_is_shortened():
    read = ReportText(text="Some text.", title="T" * 600, outlet="Outlet Nobody Has")
    report = report_from_text(read, "2026-01-02", [Outlet(name="Outlet A")])
    assert report.outlet_id is None
    assert len(report.title) == 200 and report.title.endswith("…")
    assert adding_report(report).changes


def test_a_report_with_a_bad_date_is_refused():
    with pytest.raises(EditRefused, match="YYYY-MM-DD"):
        adding_report(Report(title="x", text="y", published="23/07/2025"))
