"""Filing accepted statements: one ChangeSet holding the report, the new records, positions and citations."""

from __future__ import annotations

import pytest

from core.compare.citations import disagrees, own_version
from core.compare.comparison import Snapshot
from core.domain.records import Citation, Figure, Issue, Outlet, Party, Person, Position, Report, Round
from core.reading.filing import Accepted, FilingError, NewRound, file_report, new_names
from core.reading.model import Figure as ReadFigure
from core.reports import read_pasted_text
from core.store.workspace import open_workspace

TEXT = ("Talks resume\n\nMedinsky announced that Russia would hand over another 3,000 bodies. "
        "Umerov said Ukraine wanted 6,000 for 6,000 bodies and under 25 prisoners a day.")
BODIES_3000 = ReadFigure(3000, 3000, "bodies", "", "3,000 bodies")


def passage(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def empty_ws(tmp_path):
    workspace = open_workspace(tmp_path / "empty.parley")
    yield workspace
    workspace.close()


def counts(workspace) -> dict[str, int]:
    return {cls.__name__: len(workspace.all(cls)) for cls in
            (Party, Person, Issue, Round, Outlet, Report, Position, Citation, Figure)}


def report(text: str = TEXT, outlet: str = ""):
    pasted = read_pasted_text(text)
    from dataclasses import replace

    return replace(pasted, outlet=outlet, published="2025-07-24")


def seed_round(snapshot: Snapshot) -> Round:
    return next(r for r in snapshot.rounds if r.date == "2025-07-23")


def test_a_statement_in_an_empty_workspace_creates_its_party_person_issue_round_and_position(empty_ws):
    start, end = passage(TEXT, "Medinsky announced that Russia would hand over another 3,000 bodies.")
    statement = Accepted(party="Russia", issue="Return of bodies", stance="Another 3,000 bodies",
                         start=start, end=end, speaker="Vladimir Medinsky", named="Medinsky",
                         speaker_role="head of delegation", figures=(BODIES_3000,))
    filing = file_report(Snapshot(empty_ws), report(outlet="Reuters"), NewRound("Round 1", "2025-07-23"),
                         [statement], today="2025-07-25")
    filing.changes.apply(empty_ws)

    (position,) = empty_ws.all(Position)
    (citation,) = empty_ws.all(Citation)
    (stored,) = empty_ws.all(Report)
    (person,) = empty_ws.all(Person)
    (party,) = empty_ws.all(Party)
    assert (filing.positions, filing.citations, filing.versions) == (1, 1, 0)
    assert filing.new_parties == ["Russia"] and filing.new_people == ["Vladimir Medinsky"]
    assert filing.new_issues == ["Return of bodies"]
    assert stored.text == TEXT and stored.accessed == "2025-07-25" and stored.published == "2025-07-24"
    assert empty_ws.all(Outlet)[0].name == "Reuters" and empty_ws.all(Outlet)[0].reliability == "F"
    assert (person.name, person.party_id, person.role) == ("Vladimir Medinsky", party.id, "head of delegation")
    assert position.party_id == party.id and position.speaker_id == person.id
    assert (position.value_low, position.value_high, position.value_unit) == (3000, 3000, "bodies")
    assert position.stance == "Another 3,000 bodies" and position.stated_on == "2025-07-24"
    assert citation.position_id == position.id and citation.report_id == stored.id
    assert citation.passage == stored.text[citation.passage_start:citation.passage_end]
    assert citation.passage.startswith("Medinsky announced") and citation.speaker == "Medinsky"
    assert (citation.value_low, citation.value_unit) == (3000, "bodies")
    assert own_version(citation, position) is None


def test_further_figures_become_figure_rows_of_the_new_position(empty_ws):
    start, end = passage(TEXT, "Umerov said Ukraine wanted 6,000 for 6,000 bodies and under 25 prisoners a day.")
    figures = (ReadFigure(6000, 6000, "bodies", "", "6,000 for 6,000"),
               ReadFigure(25, 25, "prisoners", "under", "under 25 prisoners"))
    statement = Accepted(party="Ukraine", issue="Bodies", stance="6,000 for 6,000", start=start, end=end,
                         figures=figures)
    file_report(Snapshot(empty_ws), report(), NewRound("R", "2025-07-23"), [statement],
                today="2025-07-25").changes.apply(empty_ws)
    (position,) = empty_ws.all(Position)
    (figure,) = empty_ws.all(Figure)
    assert position.value_low == 6000 and position.speaker_id is None
    assert (figure.position_id, figure.low, figure.qualifier, figure.label) == (
        position.id, 25, "at_most", "under 25 prisoners")


def test_a_statement_saying_what_the_position_at_the_round_says_becomes_a_second_citation(seed_ws):
    snapshot = Snapshot(seed_ws)
    before = counts(seed_ws)
    start, end = passage(TEXT, "Medinsky announced that Russia would hand over another 3,000 bodies.")
    statement = Accepted(party="russia", issue="Return of bodies", stance="Hands over 3,000 bodies",
                         start=start, end=end, speaker="Vladimir Medinsky", figures=(BODIES_3000,))
    filing = file_report(snapshot, report(), seed_round(snapshot).id, [statement], today="2025-07-25")
    filing.changes.apply(seed_ws)

    after = counts(seed_ws)
    assert after["Position"] == before["Position"] and after["Citation"] == before["Citation"] + 1
    assert (filing.positions, filing.citations, filing.versions) == (0, 1, 0)
    assert after["Person"] == before["Person"] and after["Issue"] == before["Issue"]
    (citation,) = [c for c in seed_ws.all(Citation) if c.passage == TEXT[start:end]]
    position = seed_ws.get(Position, citation.position_id)
    assert position.value_low == 3000 and not disagrees(position, [citation])
    earlier = snapshot.citations_by_position[position.id]
    assert earlier and citation.sort_order == max(c.sort_order for c in earlier) + 1  # listed after them


def test_a_statement_saying_something_else_becomes_a_citation_with_its_own_version(seed_ws):
    snapshot = Snapshot(seed_ws)
    round_ = seed_round(snapshot)
    russia = next(p for p in snapshot.parties if p.name == "Russia")
    bodies = next(i for i in snapshot.issues if i.name == "Return of bodies")
    filed = next(p for p in snapshot.positions_by_id.values()
                 if (p.party_id, p.issue_id, p.round_id) == (russia.id, bodies.id, round_.id))
    start, end = passage(TEXT, "Umerov said Ukraine wanted 6,000 for 6,000 bodies")
    statement = Accepted(party="Russia", issue="Return of bodies", stance="6,000 for 6,000", start=start, end=end,
                         figures=(ReadFigure(6000, 6000, "bodies", "", "6,000 for 6,000"),))
    filing = file_report(snapshot, report(), round_.id, [statement], today="2025-07-25")
    filing.changes.apply(seed_ws)

    assert (filing.positions, filing.citations, filing.versions) == (0, 1, 1)
    assert seed_ws.get(Position, filed.id) == filed  # not overwritten
    (citation,) = [c for c in seed_ws.all(Citation) if c.position_id == filed.id and c.passage == TEXT[start:end]]
    assert citation.value_low == 6000 and citation.stance == "6,000 for 6,000"
    assert disagrees(filed, [citation])


def test_two_statements_on_one_cell_in_one_batch_make_one_position_with_two_citations(empty_ws):
    first = Accepted(party="Russia", issue="Bodies", stance="3,000 bodies",
                     figures=(BODIES_3000,), **dict(zip(("start", "end"), passage(TEXT, "Medinsky announced"))))
    second = Accepted(party="Russia", issue="bodies", stance="Another batch", figures=(BODIES_3000,),
                      **dict(zip(("start", "end"), passage(TEXT, "another 3,000 bodies"))))
    filing = file_report(Snapshot(empty_ws), report(), NewRound("R", "2025-07-23"), [first, second],
                         today="2025-07-25")
    filing.changes.apply(empty_ws)
    assert len(empty_ws.all(Position)) == 1 and len(empty_ws.all(Issue)) == 1
    assert sorted(c.sort_order for c in empty_ws.all(Citation)) == [0, 1]
    assert filing.summary() == "Filed 1 position and 2 citations"


def test_the_whole_batch_reverts_as_one_step(seed_ws):
    snapshot = Snapshot(seed_ws)
    before = counts(seed_ws)
    statements = [
        Accepted(party="Türkiye", issue="Venue", stance="Hosts the next round", speaker="Hakan Fidan",
                 speaker_role="Foreign Minister", **dict(zip(("start", "end"), passage(TEXT, "Talks resume")))),
        Accepted(party="Mediator Club", issue="Return of bodies", stance="3,000", figures=(BODIES_3000,),
                 **dict(zip(("start", "end"), passage(TEXT, "another 3,000 bodies")))),
    ]
    assert new_names(snapshot, statements) == {"parties": ["Mediator Club"], "people": ["Hakan Fidan"],
                                               "issues": ["Venue"]}
    filing = file_report(snapshot, report(outlet="Anadolu"), seed_round(snapshot).id, statements,
                         today="2025-07-25")
    filing.changes.apply(seed_ws)
    assert counts(seed_ws) != before
    filing.changes.revert(seed_ws)
    assert counts(seed_ws) == before


def test_an_existing_outlet_is_found_by_name(seed_ws):
    seed_ws.insert(Outlet(name="Reuters", reliability="B"))
    snapshot = Snapshot(seed_ws)
    statement = Accepted(party="Russia", issue="Return of bodies", stance="x",
                         **dict(zip(("start", "end"), passage(TEXT, "Medinsky"))))
    file_report(snapshot, report(outlet="reuters"), seed_round(snapshot).id, [statement],
                today="2025-07-25").changes.apply(seed_ws)
    assert [o.name for o in seed_ws.all(Outlet)] == ["Reuters"]


@pytest.mark.parametrize("change, message", [
    ({"party": " "}, "needs a party"),
    ({"issue": ""}, "needs an issue"),
    ({"end": len(TEXT) + 5}, "passage is not in the report"),
])
def test_a_statement_without_party_issue_or_passage_is_refused_whole(empty_ws, change, message):
    good = Accepted(party="Russia", issue="Bodies", stance="x", start=0, end=5)
    bad = Accepted(**{**good.__dict__, **change})
    with pytest.raises(FilingError, match=message):
        file_report(Snapshot(empty_ws), report(), NewRound("R", "2025-07-23"), [good, bad], today="2025-07-25")
    assert counts(empty_ws) == dict.fromkeys(counts(empty_ws), 0)
