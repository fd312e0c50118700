"""English reported speech of every kind, written for these tests in the style of news reports."""


def only(reading):
    assert len(reading.statements) == 1, [s.text for s in reading.statements]
    return reading.statements[0]


def test_speaker_then_quote_is_direct(read):
    s = only(read("Rustem Umerov said: “We are ready to exchange all for all.”", language="en"))
    assert (s.speaker, s.party, s.kind, s.cue) == ("Rustem Umerov", "Ukraine", "direct", "said")
    assert s.quote == "We are ready to exchange all for all."


def test_quote_then_speaker_with_inverted_verb(read):
    s = only(read("“The list is ready,” said Medinsky.", language="en"))
    assert (s.speaker, s.party, s.kind) == ("Vladimir Medinsky", "Russia", "direct")


def test_dash_introduced_speech(read):
    s = only(read("We will not sign anything today — said Umerov.", language="en"))
    assert (s.speaker, s.party) == ("Rustem Umerov", "Ukraine")


def test_indirect_speech_and_other_spellings(read):
    s = only(read("Umierov stressed that the exchange must include civilians.", language="en"))
    assert (s.speaker, s.kind, s.cue) == ("Rustem Umerov", "indirect", "stressed")


def test_according_to(read):
    s = only(read("According to Medinsky, the next round could take place in August.", language="en"))
    assert (s.speaker, s.party, s.cue) == ("Vladimir Medinsky", "Russia", "According to")


def test_mixed_quotation(read):
    s = only(read("Umerov said Kyiv was ready for a “full and unconditional” ceasefire on all fronts.", language="en"))
    assert (s.kind, s.quote) == ("mixed", "full and unconditional")


def test_continuations_belong_to_the_last_named_speaker(read):
    reading = read("Medinsky said the talks were useful. He also said more bodies would be returned.\n"
                   "“We are working on the list,” he added.", language="en")
    assert [s.speaker for s in reading.statements] == ["Vladimir Medinsky"] * 3


def test_a_paragraph_of_quotation_continues_its_speaker(read):
    reading = read("Umerov said the talks had been hard.\n“Our people must come home. All of them, without exception.”",
                   language="en")
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov", "Rustem Umerov"]
    assert reading.statements[1].kind == "direct"


def test_party_only_statement(read):
    reading = read("Ukraine insisted on a full ceasefire. The Kremlin rejected the proposal.", language="en")
    assert [(s.party, s.speaker) for s in reading.statements] == [("Ukraine", None), ("Russia", None)]


def test_an_unknown_speaker_is_proposed_with_role_and_party(read):
    s = only(read("Turkish Foreign Minister Hakan Fidan said the next round would be held in Istanbul.", language="en"))
    assert (s.speaker, s.new_speaker, s.role, s.party) == ("Hakan Fidan", True, "Foreign Minister", "Türkiye")


def test_an_appositive_gives_role_and_party_and_the_surname_finds_the_proposal_later(read):
    reading = read("Oleksandr Bevz, a member of the Ukrainian delegation, said the timing was deliberate. "
                   "Bevz added that the deadline mattered.", language="en")
    first, second = reading.statements
    assert (first.speaker, first.new_speaker, first.party) == ("Oleksandr Bevz", True, "Ukraine")
    assert "member of the Ukrainian delegation" in first.role
    assert (second.speaker, second.party) == ("Oleksandr Bevz", "Ukraine")


def test_narration_without_a_speaker_is_not_a_statement(read):
    assert read("The delegations met for forty minutes in a palace by the water.", language="en").statements == ()


def test_an_object_of_a_preposition_does_not_speak(read):
    reading = read("Umerov said talks with Moscow would go on.", language="en")
    assert [(st.speaker, st.party) for st in reading.statements] == [("Rustem Umerov", "Ukraine")]


def test_a_participle_after_a_comma_belongs_to_the_subject(read):
    reading = read("Medinsky met President Recep Erdogan, noting that Istanbul was a good host.", language="en")
    assert [(s.speaker, s.cue) for s in reading.statements] == [("Vladimir Medinsky", "noting")]


def test_a_place_after_a_preposition_is_no_new_person(read):
    reading = read("Speaking in Sharm El Sheikh, he said nothing.", language="en")
    assert reading.statements == ()


def test_a_party_named_later_fills_an_earlier_proposal(read):
    reading = read("Fidan says talks will go on\nTurkish Foreign Minister Hakan Fidan said the talks would go on.",
                   language="en")
    assert [(s.speaker, s.role, s.party) for s in reading.statements] == [
        ("Hakan Fidan", "Foreign Minister", "Türkiye")] * 2  # the headline's "Fidan" learns his name later


def test_the_only_person_listed_for_a_party_is_its_chief(gazetteer):
    from dataclasses import replace

    from core.reading import KnownParty, KnownPerson, read_report

    workspace = replace(gazetteer, parties=gazetteer.parties + (KnownParty("IAEA", ("the agency",)),),
                        people=gazetteer.people + (KnownPerson("Rafael Grossi", "IAEA"),))
    reading = read_report("The IAEA chief said the water supply was stable.", workspace, language="en")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Rafael Grossi", "IAEA")]


def test_a_long_name_shortened_to_its_first_word(read):
    reading = read("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said talks went well. "
                   "Sheikh Mohammed said the truce would hold.", language="en")
    assert len({s.speaker for s in reading.statements}) == 1


def test_as_reported_is_no_speech(read):
    assert read("As reported, Umerov visited Ankara on Monday.", language="en").statements == ()


def test_a_party_agreeing_is_a_statement(read):
    reading = read("Kyiv has agreed to enter into a 30-day ceasefire with Moscow.", language="en")
    assert [(s.party, s.cue) for s in reading.statements] == [("Ukraine", "agreed")]
    assert [(f.low, f.unit) for f in reading.statements[0].figures] == [(30, "day")]


def test_a_paragraph_with_a_quoted_fragment_continues_the_speaker(read):
    reading = read("Medinsky said the exchange would begin soon.\n"
                   "In the first stage, 300 people will be released, “including the wounded and the sick”.",
                   language="en")
    assert [s.speaker for s in reading.statements] == ["Vladimir Medinsky", "Vladimir Medinsky"]


def test_organisations_products_and_codes_are_no_new_people(read):
    reading = read("The Black Sea Initiative said ships would sail. WeasyPrint offers paged media. "
                   "G7 leaders said nothing.", language="en")
    assert [s.speaker for s in reading.statements if s.speaker] == []


def test_both_sides_speaking_at_once_is_a_statement_with_no_single_party(read):
    reading = read("Both sides confirmed that the exchange would take place.", language="en")
    assert [(s.party, s.speaker, s.cue) for s in reading.statements] == [(None, None, "confirmed")]


def test_a_partys_ministry_speaks_for_the_party(read):
    reading = read("Ukraine's foreign ministry said in a statement that Kyiv wanted an exchange of all prisoners.",
                   language="en")
    assert [(s.party, s.speaker) for s in reading.statements] == [("Ukraine", None)]


def test_a_hyphenated_range_of_days(read):
    reading = read("Petrov said a two- to three-day pause was possible.", language="en")
    assert [(f.low, f.high, f.unit) for f in reading.statements[0].figures] == [(2, 3, "day")]


def test_both_sides_after_the_verb_are_its_object(read):
    reading = read("U.S. envoy Mary Stone, who attended as an observer, urged both sides to agree on a truce. "
                   "“There is a long way to go,” she said.", language="en")
    assert [s.speaker for s in reading.statements] == ["Mary Stone", "Mary Stone"]


def test_a_closing_said_x_outranks_a_speech_verb_inside_the_sentence(read):
    reading = read("Moscow insists on short ceasefires, Umerov said on Friday.", language="en")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Rustem Umerov", "Ukraine")]
