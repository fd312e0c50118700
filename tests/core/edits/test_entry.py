"""Quicker entry by hand: remembered report and date, the party's speakers first, the first citation."""

from __future__ import annotations

from core.domain.records import Citation, Party, Person, Position, Round
from core.edits.entry import (
    EntryMemory,
    default_report,
    default_stated_on,
    first_citation,
    speaker_choices,
    speaker_warning,
)

UKRAINE, RUSSIA = Party(name="Ukraine"), Party(name="Russia")
PARTIES = {UKRAINE.id: "Ukraine", RUSSIA.id: "Russia"}
UMEROV = Person(name="Rustem Umerov", party_id=UKRAINE.id)
MEDINSKY = Person(name="Vladimir Medinsky", party_id=RUSSIA.id)
BEVZ = Person(name="Oleksandr Bevz", party_id=UKRAINE.id)
ROUND = Round(name="Round 3", date="2025-07-23")
TEXT = "Medinsky said Russia would hand over another 3,000 bodies."


def test_stated_on_is_the_rounds_date_unless_the_last_entry_at_this_round_gave_another():
    assert default_stated_on(ROUND, None) == "2025-07-23"
    assert default_stated_on(ROUND, EntryMemory("r", ROUND.id, "2025-07-24")) == "2025-07-24"
    assert default_stated_on(ROUND, EntryMemory("r", "another round", "2025-07-24")) == "2025-07-23"


def test_the_memory_follows_each_saved_entry_and_forgets_a_deleted_report():
    position = Position(round_id=ROUND.id, stated_on="2025-07-24")
    memory = EntryMemory().after(position, "report-1")
    assert memory == EntryMemory("report-1", ROUND.id, "2025-07-24")
    assert memory.after(Position(round_id=ROUND.id), None).report_id == "report-1"
    assert default_report(memory, {"report-1": object()}) == "report-1"
    assert default_report(memory, {}) is None


def test_the_partys_speakers_come_first_and_others_are_named_with_their_party():
    choices = speaker_choices([MEDINSKY, UMEROV, BEVZ], UKRAINE, PARTIES)
    assert [label for _, label in choices] == ["—", "Oleksandr Bevz", "Rustem Umerov", "Vladimir Medinsky (Russia)"]


def test_a_speaker_of_another_party_gets_one_warning_line():
    assert speaker_warning(MEDINSKY, UKRAINE, PARTIES) == "Vladimir Medinsky speaks for Russia, not Ukraine."
    assert speaker_warning(UMEROV, UKRAINE, PARTIES) == ""
    assert speaker_warning(Person(name="Nobody's"), UKRAINE, PARTIES) == ""


def test_the_passage_becomes_the_first_citation_with_its_offsets():
    position = Position()
    rows, problems = first_citation(position, None, "report-1", "another 3,000 bodies", 2, TEXT)
    assert problems == [] and len(rows) == 1 and rows[0].before is None
    row = rows[0].after
    assert TEXT[row["passage_start"]:row["passage_end"]] == row["passage"] == "another 3,000 bodies"
    assert (row["position_id"], row["report_id"], row["credibility"]) == (position.id, "report-1", 2)


def test_a_passage_not_in_the_report_is_refused():
    rows, problems = first_citation(Position(), None, "report-1", "6,000 bodies", 6, TEXT)
    assert rows == [] and "not in the report's text" in problems[0]


def test_editing_or_removing_the_first_citation_changes_that_row():
    position = Position()
    old = Citation(report_id="report-1", position_id=position.id, passage="x", passage_start=0, passage_end=1)
    rows, _ = first_citation(position, old, "report-1", "Medinsky", 3, TEXT)
    assert rows[0].before["id"] == rows[0].after["id"] == old.id and rows[0].after["credibility"] == 3
    rows, _ = first_citation(position, old, None, "", 6, TEXT)
    assert rows[0].before["id"] == old.id and rows[0].after is None
    assert first_citation(position, None, None, "", 6, TEXT) == ([], [])
