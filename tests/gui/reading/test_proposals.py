"""The review table's model: a party given once goes to the speaker's other statements; typed figures are read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.reading import Gazetteer, read_report
from gui.reading.proposals import FIGURES, ISSUE, PARTY, SPEAKER, ProposalModel

TEXT = ("Medinsky said Russia would return 3,000 bodies. Medinsky added that talks would go on. "
        "Umerov said Ukraine wanted everyone back.")


def model_of(text: str = TEXT, known_people: dict[str, str] | None = None,
             known_issues: tuple[str, ...] = ()) -> ProposalModel:
    reading = read_report(text, Gazetteer(), language="en")
    model = ProposalModel()
    model.load(reading.statements, text, "en", None, known_people or {}, known_issues)
    return model


def test_a_party_given_to_one_statement_goes_to_the_speakers_others_without_one(qtbot):
    model = model_of()
    assert [row.speaker for row in model.rows] == ["Medinsky", "Medinsky", "Umerov"]
    model.setData(model.index(0, PARTY), "Russia")
    assert [row.party for row in model.rows] == ["Russia", "Russia", ""]


def test_choosing_a_known_speaker_brings_their_party(qtbot):
    model = model_of(known_people={"rustem umerov": "Ukraine"})
    model.setData(model.index(2, SPEAKER), "Rustem Umerov")
    assert (model.rows[2].speaker, model.rows[2].party) == ("Rustem Umerov", "Ukraine")


def test_typed_figures_are_read_again_as_numbers(qtbot):
    model = model_of()
    model.setData(model.index(0, FIGURES), "6,000 for 6,000 bodies")
    (figure,) = model.rows[0].figures
    assert (figure.low, figure.unit) == (6000, "bodies")
    assert model.data(model.index(0, FIGURES)) == "6,000 bodies"
    model.setData(model.index(0, FIGURES), "")
    assert model.rows[0].figures == ()


def test_an_issue_the_workspace_lacks_is_marked_new_until_the_analyst_names_one_it_has(qtbot):
    model = model_of(known_issues=("Return of bodies",))
    model.setData(model.index(0, ISSUE), "Bodies returned")  # as if proposed: filing would create it
    assert model.data(model.index(0, ISSUE)).endswith("(new)")
    assert not model.data(model.index(0, ISSUE), Qt.ItemDataRole.EditRole).endswith("(new)")
    model.setData(model.index(0, ISSUE), "Return of bodies")
    assert model.data(model.index(0, ISSUE)) == "Return of bodies"
    accepted = model.accepted()
    assert accepted == []
    model.toggle(0)
    (statement,) = model.accepted()
    assert (statement.party, statement.issue, statement.start) == ("", "Return of bodies", model.rows[0].statement.start)
