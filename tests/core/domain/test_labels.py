"""Every label and format the window and the sheet share, read from one place."""

from __future__ import annotations

import time
from datetime import date

import pytest

from core.domain import labels
from core.domain.labels import (
    CHANGE_COLOUR,
    CHANGED_MARK,
    NEW_MARK,
    NO_POSITION,
    NO_RECORD,
    change_mark,
    citation_parts,
    citation_sentence_parts,
    date_text,
    day_month_year,
    format_gap,
    format_number,
    format_value,
    number_range,
    qualified,
    source_citation,
    source_name,
    reports_badge,
    stance_text,
    status_counts_text,
    status_label,
)
from core.domain.records import IssueStatus, Outlet, Position, Report

NAMES = {"ua": "Ukraine", "ru": "Russia"}


@pytest.mark.parametrize("key,label", [
    ("agreed", "Agreed"), ("narrowing", "Narrowing"), ("open", "Open"), ("opposed", "Opposed"),
    ("not_discussed", "Not discussed"),
])
def test_each_status_reads_as_its_label(key, label):
    assert status_label(IssueStatus(status=key), NAMES) == label


@pytest.mark.parametrize("party,name", [("ru", "Russia"), ("ua", "Ukraine")])
def test_a_one_sided_claim_names_the_party_that_makes_it(party, name):
    claim = IssueStatus(status="agreed", claimed_by_party_id=party)
    assert status_label(claim, NAMES) == f"Agreed — according to {name}"
    assert labels.claimant(claim, NAMES) == name


def test_a_claim_by_a_party_no_longer_known_is_one_sides():
    claim = IssueStatus(status="narrowing", claimed_by_party_id="gone")
    assert status_label(claim, NAMES) == "Narrowing — according to one side"


def test_no_status_is_the_no_record_dash():
    assert status_label(None, NAMES) == NO_RECORD == "—"


def test_an_unknown_status_key_is_shown_as_stored():
    assert status_label(IssueStatus(status="paused"), NAMES) == "paused"


def test_stance_text_tells_a_stance_from_no_position_and_no_record():
    assert stance_text(Position(stance="30-day ceasefire")) == "30-day ceasefire"
    assert stance_text(Position(stated=False, stance="ignored")) == NO_POSITION == "No stated position"
    assert stance_text(None) == NO_RECORD


def test_change_mark_is_new_without_a_previous_and_changed_with_one():
    assert change_mark(False, Position()) == ""
    assert change_mark(False, None) == ""
    assert change_mark(True, None) == NEW_MARK == "new"
    assert change_mark(True, Position()) == CHANGED_MARK == "changed"


def test_the_change_colour_is_one_hex_colour():
    assert CHANGE_COLOUR == "#C25400"


def test_status_counts_line():
    counts = {"agreed": 3, "narrowing": 2, "open": 5, "opposed": 1, "not_discussed": 9}
    assert status_counts_text(counts, " · ") == "3 agreed · 2 narrowing · 5 open · 1 opposed"
    assert status_counts_text(counts, ", ") == "3 agreed, 2 narrowing, 5 open, 1 opposed"


@pytest.mark.parametrize("value,text", [
    (1200, "1,200"), (1200.0, "1,200"), (2.5, "2.5"), (2.25, "2.25"), (2.125, "2.12"), (0, "0"),
    (-30, "-30"), (1_000_000, "1,000,000"),
])
def test_format_number(value, text):
    assert format_number(value) == text


def test_number_range_and_qualifier():
    assert number_range(24, 48) == "24–48"
    assert number_range(30, 30) == "30"
    assert qualified("at_least", "1,200") == "at least 1,200"
    assert qualified("at_most", "60 days") == "at most 60 days"
    assert qualified("about", "6,000") == "about 6,000"
    assert qualified("before", "31 Aug 2025") == "before 31 Aug 2025"
    assert qualified(None, "7") == "7"
    assert qualified("unspecified", "7") == "7"


@pytest.mark.parametrize("position,text", [
    (Position(value_low=24, value_high=48, value_unit="hours"), "24–48 hours"),
    (Position(value_low=1200, value_unit="prisoners", value_qualifier="at_least"), "at least 1,200 prisoners"),
    (Position(value_high=30, value_unit="days", value_qualifier="at_most"), "at most 30 days"),
    (Position(value_low=6000), "6,000"),
    (Position(value_date="2025-08-31", value_qualifier="before"), "before 31 Aug 2025"),
    (Position(value_unit="hours", value_qualifier="unspecified"), "no figure given"),
    (Position(stance="no figure"), ""),
    (Position(stated=False, value_low=3), ""),
    (None, ""),
])
def test_format_value(position, text):
    assert format_value(position) == text


def test_format_gap():
    truce = Position(value_low=24, value_high=48, value_unit="hours")
    assert format_gap(truce, Position(value_low=168, value_unit="hours")) == "gap 120 hours"
    assert format_gap(truce, Position(value_low=30, value_high=40, value_unit="hours")) == "ranges overlap"
    assert format_gap(Position(value_date="2025-08-01"), Position(value_date="2025-08-31")) == "gap 30 days"
    assert format_gap(truce, Position(value_low=3, value_unit="days")) == ""
    assert format_gap(truce, None) == ""


@pytest.mark.parametrize("day,text", [
    (date(2025, 8, 1), "1 Aug 2025"), (date(2025, 1, 31), "31 Jan 2025"), (date(2025, 12, 9), "9 Dec 2025"),
])
def test_day_month_year(day, text):
    assert day_month_year(day) == text


def test_every_month_has_its_english_abbreviation():
    assert [day_month_year(date(2025, m, 1)).split()[1] for m in range(1, 13)] == \
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def test_a_stored_date_that_is_not_one_reads_as_stored():
    assert date_text("2025-07-23") == "23 Jul 2025"
    assert date_text("summer 2025") == "summer 2025"


def test_dates_use_neither_strftime_nor_the_locale(monkeypatch):
    """``date.strftime`` goes through ``time.strftime``; both follow LC_TIME. A trap on it stays untouched."""
    def trap(*args, **kwargs):
        raise AssertionError("a label used strftime, which follows the locale")

    monkeypatch.setattr(time, "strftime", trap)
    with pytest.raises(AssertionError):
        date(2025, 8, 31).strftime("%b")  # the trap does catch date.strftime
    assert date_text("2025-08-31") == "31 Aug 2025"
    assert format_value(Position(value_date="2025-08-31", value_qualifier="before")) == "before 31 Aug 2025"


REUTERS = Outlet(name="Reuters", reliability="B")
REPORT = Report(title="Istanbul talks end", outlet_id=REUTERS.id, published="2025-07-23", accessed="2025-07-24",
                url="https://example.org/a")


def test_the_detail_pane_citation():
    assert source_citation(REPORT, REUTERS) == (
        "Istanbul talks end · Reuters · published 2025-07-23 · accessed 2025-07-24 · https://example.org/a")
    assert source_citation(Report()) == "(untitled) · outlet not named"
    assert source_citation(None) == ""


def test_the_sheet_citation_capitalises_parleys_words_not_the_users():
    assert [text for _, text in citation_sentence_parts(REPORT, REUTERS)] == [
        "Istanbul talks end", "Reuters", "Published 2025-07-23", "Accessed 2025-07-24", "https://example.org/a"]
    lower = Report(title="tass report")
    assert [text for _, text in citation_sentence_parts(lower, Outlet(name="tass"))] == ["tass report", "tass"]
    assert [text for _, text in citation_sentence_parts(Report())] == ["(untitled)", "Outlet not named"]
    assert [part for part, _ in citation_parts(REPORT, REUTERS)] == ["title", "outlet", "published", "accessed", "url"]


def test_source_name_is_the_title_else_the_outlet():
    assert source_name(REPORT, REUTERS) == "Istanbul talks end"
    assert source_name(Report(), Outlet(name="Interfax")) == "Interfax"
    assert source_name(None) == ""


def test_the_reports_badge_counts_reports_and_gives_the_best_grade():
    assert reports_badge(3, "B2") == "3 reports · B2"
    assert reports_badge(1, "F6") == "1 report · F6"
    assert reports_badge(0, "") == ""
