"""Russian reported speech, with inflected names; sentences written for these tests."""


def test_dash_introduced_quote_then_speaker(read):
    reading = read("«Список из трёхсот имён передан», — сообщил Мединский.", language="ru")
    s = reading.statements[0]
    assert (s.speaker, s.party, s.kind, s.cue) == ("Vladimir Medinsky", "Russia", "direct", "сообщил")


def test_po_slovam_with_a_genitive_name(read):
    reading = read("По словам Мединского, стороны договорились о новом обмене.", language="ru")
    assert (reading.statements[0].speaker, reading.statements[0].party) == ("Vladimir Medinsky", "Russia")


def test_indirect_with_a_cue_verb_in_the_feminine_and_a_new_person(read):
    reading = read("Официальный представитель МИД России Анна Петрова заявила, что переговоры продолжатся.",
                   language="ru")
    s = reading.statements[0]
    assert (s.speaker, s.new_speaker, s.party, s.kind) == ("Анна Петрова", True, "Russia", "indirect")


def test_continuation_with_on_takzhe(read):
    reading = read("Мединский заявил, что встреча была полезной. Он также отметил, что обмен продолжится.",
                   language="ru")
    assert [s.speaker for s in reading.statements] == ["Vladimir Medinsky", "Vladimir Medinsky"]


def test_party_only_in_russian(read):
    reading = read("В Кремле заявили, что ответ будет дан позже.", language="ru")
    assert [(s.party, s.speaker) for s in reading.statements] == [("Russia", None)]


def test_ob_etom_points_back_to_the_sentence_before(read):
    text = "Стороны обменяются пленными в ближайшие дни. Об этом сообщил Мединский."
    reading = read(text, language="ru")
    s = reading.statements[0]
    assert len(reading.statements) == 1
    assert s.speaker == "Vladimir Medinsky" and s.text == text and s.start == 0


def test_a_quotation_over_two_paragraphs_and_a_dash_after_its_full_stop(read):
    text = ("Об этом заявил Мединский.\n\n"
            "\"Мы надеемся, что процесс пойдёт быстрее.\n\n"
            "Списки уже переданы\". - сказал Мединский.")
    reading = read(text, language="ru")
    assert [s.speaker for s in reading.statements] == ["Vladimir Medinsky"] * 3
    assert reading.statements[2].text == "Списки уже переданы\". - сказал Мединский."


def test_a_dash_inside_dash_speech_is_not_the_authors(read):
    text = ("Мединский рассказал о переговорах.\n"
            "— Главный посредник у нас — это Турция. Мы ей благодарны. Работа продолжится, — добавил он.")
    reading = read(text, language="ru")
    assert [s.speaker for s in reading.statements] == ["Vladimir Medinsky", "Vladimir Medinsky"]
    assert reading.statements[1].quote.startswith("Главный посредник") and "продолжится" in reading.statements[1].quote


def test_a_headline_opening_with_a_name_and_a_colon(read):
    reading = read("Мединский: Москва готова к новому раунду переговоров\nДелегации встретились утром.", language="ru")
    assert [(s.speaker, s.cue) for s in reading.statements] == [("Vladimir Medinsky", ":")]


def test_an_office_without_a_name_and_a_unit_after_a_plural_adjective(read):
    reading = read("Российская сторона настаивает на освобождении не менее 500 гражданских.", language="ru")
    (statement,) = reading.statements
    assert statement.party == "Russia"
    assert [(f.low, f.qualifier, f.unit) for f in statement.figures] == [(500, "at least", "гражданский")]
