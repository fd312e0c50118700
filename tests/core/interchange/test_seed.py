"""The seed workspace says what the report says, tied to who said it and where."""

import hashlib
import re

import pytest

from core.domain.records import Position
from core.reports import read_report_file
from core.resources import resource
from core.interchange.seed import ensure_default_workspace, write_seed_workspace

SEED_REPORT = resource("seed", "istanbul-talks-2025-07-23.txt")
REPORT = SEED_REPORT.read_text(encoding="utf-8")


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("“", '"').replace("”", '"'))


@pytest.fixture
def seed(seed_ws):
    class Seed:
        parties = {p.name: p for p in seed_ws.parties()}
        issues = {i.name: i for i in seed_ws.issues()}
        rounds = {r.date: r for r in seed_ws.rounds()}
        people = {p.id: p for p in seed_ws.people()}
        reports = seed_ws.reports()
        outlets = seed_ws.outlets()
        citations = seed_ws.citations()
        positions = seed_ws.positions()
        statuses = seed_ws.statuses()

        def position(self, issue, party) -> Position:
            found = [p for p in self.positions
                     if p.issue_id == self.issues[issue].id and p.party_id == self.parties[party].id]
            assert len(found) == 1, (issue, party)
            return found[0]

        def cited_reports(self, position) -> list[str]:
            return [c.report_id for c in self.citations if c.position_id == position.id]

        def speaker(self, position):
            return self.people[position.speaker_id].name

    return Seed()


def test_rounds_are_the_three_istanbul_sessions(seed):
    assert sorted(seed.rounds) == ["2025-05-16", "2025-06-02", "2025-07-23"]
    july = seed.rounds["2025-07-23"]
    assert july.duration_minutes == 40 and july.place == "Istanbul"
    for earlier in ("2025-05-16", "2025-06-02"):
        assert "under three hours" in seed.rounds[earlier].duration_note


def test_parties_and_their_roles(seed):
    roles = {name: p.role for name, p in seed.parties.items()}
    assert roles == {"Ukraine": "party", "Russia": "party", "United States": "observer", "Türkiye": "host"}


def test_every_issue_the_report_covers_is_there(seed):
    for name in ("Ceasefire: length and scope", "Leaders' summit: purpose and timing",
                 "Prisoner-of-war exchange", "Return of bodies", "Deported children",
                 "Civilian detainees", "Zelenskiy's legitimacy", "Territorial demands",
                 "US 50-day sanctions deadline"):
        assert name in seed.issues


def test_ukraine_and_russia_each_have_an_entry_on_every_issue(seed):
    for issue in seed.issues:
        for party in ("Ukraine", "Russia"):
            seed.position(issue, party)


# (issue, party, speaker, low, high, unit, qualifier, date)
NUMBERS = [
    ("Ceasefire: length and scope", "Russia", "Vladimir Medinsky", 24, 48, "hours", None, None),
    ("Prisoner-of-war exchange", "Russia", "Vladimir Medinsky", 1200, None, "prisoners of war per side", "at_least", None),
    ("Return of bodies", "Russia", "Vladimir Medinsky", 3000, 3000, "bodies", None, None),
    ("Deported children", "Russia", "Vladimir Medinsky", 339, 339, "names", None, None),
    ("Deported children", "Ukraine", "Rustem Umerov", 19000, None, "children", "at_least", None),
    ("US 50-day sanctions deadline", "United States", "Donald Trump", None, 50, "days", "at_most", None),
    ("Leaders' summit: purpose and timing", "Ukraine", "Rustem Umerov", None, None, "", "before", "2025-08-31"),
]


@pytest.mark.parametrize("issue,party,speaker,low,high,unit,qualifier,date", NUMBERS)
def test_numbers_are_stored_as_numbers_with_speaker_round_and_source(seed, issue, party, speaker, low, high,
                                                                     unit, qualifier, date):
    p = seed.position(issue, party)
    assert (p.value_low, p.value_high, p.value_unit, p.value_qualifier, p.value_date) == (
        low, high, unit, qualifier, date)
    for value in (low, high):
        assert value is None or isinstance(value, float | int)
    assert seed.speaker(p) == speaker
    assert p.round_id == seed.rounds["2025-07-23"].id
    assert set(seed.cited_reports(p)) == {seed.reports[0].id}


QUOTES = [
    ("Leaders' summit: purpose and timing", "Ukraine", "Rustem Umerov", "clearly demonstrate its constructive approach"),
    ("Leaders' summit: purpose and timing", "Russia", "Vladimir Medinsky", "discuss everything from scratch"),
    ("Prisoner-of-war exchange", "Ukraine", "Rustem Umerov", "further progress"),
    ("Civilian detainees", "Ukraine", "Rustem Umerov", "insist on the release of civilians, including children"),
    ("Deported children", "Russia", "Vladimir Medinsky",
     "Some of the children have already been returned to Ukraine. Work is under way on the rest."),
]


@pytest.mark.parametrize("issue,party,speaker,quote", QUOTES)
def test_quotes_are_verbatim_and_tied_to_their_speaker(seed, issue, party, speaker, quote):
    p = seed.position(issue, party)
    assert p.quote.startswith(quote)
    assert normalise(p.quote) in normalise(REPORT)
    assert seed.speaker(p) == speaker
    assert seed.people[p.speaker_id].party_id == seed.parties[party].id
    assert p.round_id == seed.rounds["2025-07-23"].id and set(seed.cited_reports(p)) == {seed.reports[0].id}


def test_every_quote_in_the_seed_is_in_the_report(seed):
    quoted = [p.quote for p in seed.positions if p.quote]
    quoted += re.findall(r'"([^"]+)"', " ".join(s.note for s in seed.statuses))
    quoted += re.findall(r'"([^"]+)"', " ".join(r.notes for r in seed.rounds.values()))
    assert len(quoted) >= 8
    for quote in quoted:
        assert normalise(quote) in normalise(REPORT), quote


def test_no_original_language_text_is_invented(seed):
    for p in seed.positions:
        assert p.original_text == "" and p.translation == "" and p.original_language == ""


def test_every_figure_in_the_seed_appears_in_the_report(seed):
    report = normalise(REPORT)
    for p in seed.positions:
        for value in (p.value_low, p.value_high):
            if value is not None:
                assert f"{int(value):,}" in report or str(int(value)) in report, value


def test_no_stated_position_is_explicit(seed):
    for issue, party in [("Zelenskiy's legitimacy", "Ukraine"), ("Territorial demands", "Ukraine"),
                         ("Return of bodies", "Ukraine"), ("Civilian detainees", "Russia")]:
        p = seed.position(issue, party)
        assert p.stated is False and p.stance == ""


def test_one_sided_claim_is_flagged(seed):
    pows = next(s for s in seed.statuses if s.issue_id == seed.issues["Prisoner-of-war exchange"].id)
    assert pows.status == "agreed" and pows.claimed_by_party_id == seed.parties["Russia"].id


def test_the_source_is_the_report_kept_whole_and_ungraded(seed):
    (report,) = seed.reports
    assert normalise(report.title) in normalise(REPORT)
    assert report.published == "2025-07-23"
    assert report.text == read_report_file(SEED_REPORT).text  # as the reader extracts it, offsets and all
    assert report.outlet_id is None and seed.outlets == []  # the copy names no outlet: graded F


def test_each_seed_citation_cuts_its_exact_passage_out_of_the_stored_report(seed):
    (report,) = seed.reports
    assert len(seed.citations) >= 20
    for citation in seed.citations:
        assert citation.report_id == report.id
        assert 0 <= citation.passage_start < citation.passage_end <= len(report.text)
        assert report.text[citation.passage_start:citation.passage_end] == citation.passage
        assert citation.passage.strip() == citation.passage and len(citation.passage) > 30


def test_every_stated_position_rests_on_its_sentence_and_a_quote_lies_inside_it(seed):
    for p in seed.positions:
        cited = [c for c in seed.citations if c.position_id == p.id]
        assert bool(cited) == p.stated, p.stance
        if p.quote:
            assert any(normalise(p.quote[:40]) in normalise(c.passage) for c in cited), p.quote
    medinsky_pows = seed.position("Prisoner-of-war exchange", "Russia")
    (passage,) = [c.passage for c in seed.citations if c.position_id == medinsky_pows.id]
    assert passage == ("Medinsky announced that negotiators had agreed to exchange at least 1,200 more prisoners "
                       "of war from each side.")


def test_first_start_seeds_the_default_workspace_and_never_overwrites_it(isolated_dirs):
    path = ensure_default_workspace()
    assert path.parent == isolated_dirs / "data" and path.exists()
    path.write_bytes(path.read_bytes() + b"")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert ensure_default_workspace() == path
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    with pytest.raises(FileExistsError):
        write_seed_workspace(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_seeding_leaves_no_stray_files(tmp_path):
    write_seed_workspace(tmp_path / "w.parley")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.parley"]
