"""Sentences survive abbreviations, initials and quotations that run on."""

from core.reading.sentences import find_quotes, split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    text = ("U.S. President John Doe met Mr. Smith on Monday. Dr. Roe arrived later.\n"
            "В. Петров прибув у м. Стамбул, ст. 5 угоди діє. Інше речення.")
    assert texts(text) == [
        "U.S. President John Doe met Mr. Smith on Monday.",
        "Dr. Roe arrived later.",
        "В. Петров прибув у м. Стамбул, ст. 5 угоди діє.",
        "Інше речення.",
    ]


def test_a_quotation_of_several_sentences_stays_one_sentence():
    text = "“We are ready. The list is long. We will go on,” the envoy said. Then talks ended."
    assert texts(text) == ["“We are ready. The list is long. We will go on,” the envoy said.", "Then talks ended."]


def test_an_unclosed_quotation_ends_with_its_paragraph():
    text = "He said “this never closes. Next sentence.\nA new paragraph."
    assert texts(text)[-1] == "A new paragraph."


def test_quotation_marks_of_every_kind_and_apostrophes_are_not_quotes():
    text = "Ukraine’s envoy: «один», „два“, “three”, ‘four’, \"five\" and м’ясо."
    quotes = [text[q.start:q.end] for q in find_quotes(text, 0, len(text))]
    assert quotes == ["один", "два", "three", "four", "five"]


def test_offsets_point_into_the_text():
    text = "  First one.   Second one!  \n\n Third?"
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end].strip() == text[sentence.start:sentence.end]
    assert texts(text) == ["First one.", "Second one!", "Third?"]
