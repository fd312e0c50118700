"""A headline in Title Case is no person's name ("Grain Talks Stall As Envoys Warn")."""

from core.reading import Gazetteer, KnownParty, KnownPerson, read_report


def test_a_title_case_headline_proposes_no_new_person():
    reading = read_report("Grain Talks Stall As Envoys Warn Of Long Delay\n\nThe talks continued on Monday.",
                          Gazetteer(), language="en")
    assert [s.speaker for s in reading.statements if s.speaker] == []


def test_a_known_person_in_a_title_case_headline_is_still_found():
    gazetteer = Gazetteer((KnownParty("Ukraine"),), (KnownPerson("Rustem Umerov", "Ukraine"),))
    reading = read_report("Umerov Says Prisoner Swap Will Go Ahead Next Week\n\nThe talks continued on Monday.",
                          gazetteer, language="en")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Rustem Umerov", "Ukraine")]


def test_an_ordinary_sentence_full_of_names_still_proposes_the_person():
    reading = read_report("Turkish Foreign Minister Hakan Fidan said Monday that Ankara would host the talks.",
                          Gazetteer(), language="en")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Hakan Fidan", "Türkiye")]
