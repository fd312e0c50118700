"""Ukrainian reported speech, with inflected names; sentences written for these tests."""


def test_inflected_known_name_after_the_verb(read):
    reading = read("Про це заявив міністр оборони України Рустем Умєров на брифінгу.", language="uk")
    s = reading.statements[0]
    assert (s.speaker, s.party, s.cue) == ("Rustem Umerov", "Ukraine", "заявив")


def test_dash_after_a_quotation(read):
    reading = read("«Ми готові до обміну всіх на всіх», – наголосив Умєров.", language="uk")
    s = reading.statements[0]
    assert (s.speaker, s.kind, s.quote) == ("Rustem Umerov", "direct", "Ми готові до обміну всіх на всіх")


def test_za_slovamy_and_a_genitive_name(read):
    reading = read("За словами Рустема Умєрова, наступний раунд може відбутися вже в серпні.", language="uk")
    assert (reading.statements[0].speaker, reading.statements[0].cue) == ("Rustem Umerov", "За словами")


def test_za_yoho_slovamy_continues_the_last_speaker(read):
    reading = read("Медінський зазначив, що список готовий. За його словами, обмін відбудеться цього тижня.",
                   language="uk")
    assert [s.speaker for s in reading.statements] == ["Vladimir Medinsky", "Vladimir Medinsky"]


def test_party_subject_in_ukrainian(read):
    reading = read("Москва наполягає на коротких перемир’ях.", language="uk")
    assert [(s.party, s.speaker) for s in reading.statements] == [("Russia", None)]


def test_an_unknown_ukrainian_speaker_is_proposed_in_the_nominative(read):
    reading = read("За словами речника МЗС Георгія Тихого, обмін відбудеться.", language="uk")
    s = reading.statements[0]
    assert (s.speaker, s.new_speaker) == ("Георгій Тихий", True)
    assert s.role.startswith("речник")


def test_a_dash_paragraph_is_speech(read):
    reading = read("Умєров розповів про підсумки.\n– Ми повернули додому сто людей. Робота триває, – додав він.",
                   language="uk")
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov", "Rustem Umerov"]
    assert reading.statements[1].kind == "direct"


def test_a_headline_ending_with_a_dash_and_a_name_is_that_persons_statement(read):
    reading = read("Наступний обмін може відбутися найближчими тижнями — Умєров\n\nДелегації зустрілися вранці.",
                   language="uk")
    assert [(s.speaker, s.cue) for s in reading.statements] == [("Rustem Umerov", "—")]


def test_a_long_office_with_the_talks_partner_keeps_the_persons_own_party(read):
    reading = read("Глава делегації України на переговорах з Росією Олег Коваль заявив, що обмін продовжиться.",
                   language="uk")
    s = reading.statements[0]
    assert (s.speaker, s.new_speaker, s.party) == ("Олег Коваль", True, "Ukraine")


def test_an_office_in_the_genitive_is_no_subject(read):
    reading = read("Умєров заявив, що обмін відбувся. Співрозмовник в Офісі президента розповів, що списки готові.",
                   language="uk")
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov"]


def test_a_capitalised_office_continues_its_holder(read):
    reading = read("Умєров заявив, що обмін відбувся. Однак Міністр також відзначив, що Росія може зірвати процес.",
                   language="uk")
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov", "Rustem Umerov"]


def test_a_known_latin_name_matches_its_cyrillic_form_without_an_alias():
    from core.reading import Gazetteer, KnownParty, KnownPerson, read_report

    workspace = Gazetteer((KnownParty("Ukraine", ("Україна",)),), (KnownPerson("Rustem Umerov", "Ukraine"),))
    reading = read_report("Умєров заявив, що делегація готова. За словами Умєрова, переговори тривали.", workspace,
                          language="uk")
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov", "Rustem Umerov"]


def test_a_quoted_word_in_the_authors_sentence_is_mixed(read):
    reading = read("Кремль відкинув пропозицію, назвавши її «нереалістичною».", language="uk")
    assert [(s.party, s.kind, s.quote) for s in reading.statements] == [("Russia", "mixed", "нереалістичною")]


def test_na_dumku_ministra_continues_the_minister(read):
    reading = read("Міністр оборони Рустем Умєров заявив, що обмін відбувся. На думку міністра, Москва затягує процес.",
                   language="uk")
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov", "Rustem Umerov"]


def test_a_closing_said_x_outranks_a_speech_verb_inside_the_sentence(read):
    # "Москва наполягає …" is what Umerov reports, not Moscow's own statement
    reading = read("Москва наполягає на коротких перемир’ях, заявив Умєров журналістам.", language="uk")
    assert [(s.speaker, s.party, s.cue) for s in reading.statements] == [("Rustem Umerov", "Ukraine", "заявив")]
