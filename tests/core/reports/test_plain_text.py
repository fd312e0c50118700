"""Plain-text reports and pasted text: decoding, line ends, headline, language, stability."""

import pytest

from core.reports import ReportFileError, detect_language, read_pasted_text, read_report_file
from tests.core.reports.samples import ENGLISH, RUSSIAN, SAMPLES, SEED_REPORT, UKRAINIAN


def test_seed_report_comes_out_byte_identical():
    report = read_report_file(SEED_REPORT)
    raw = SEED_REPORT.read_bytes()
    assert report.text.encode("utf-8") == raw.replace(b"\r\n", b"\n")
    assert report.source_format == "txt"
    assert report.language == "en"
    # Its first line is a date over scraped page furniture, not a headline.
    assert report.title == ""


def test_same_file_gives_the_same_text_every_time(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_REPORT.read_bytes())
    assert read_report_file(SEED_REPORT) == read_report_file(SEED_REPORT) == read_report_file(copy)


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_line_ends_become_newlines_and_nothing_else_changes(tmp_path, line_end):
    lines = ["Talks resume in Geneva", "", "  Indented line\twith a tab  ", "", ENGLISH, "   ", "last"]
    path = tmp_path / "windows.txt"
    path.write_bytes(line_end.join(lines).encode("utf-8"))
    report = read_report_file(path)
    assert "\r" not in report.text
    assert report.text == "\n".join(lines)


def test_utf8_with_bom_drops_only_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + UKRAINIAN.encode("utf-8"))
    report = read_report_file(path)
    assert report.text == UKRAINIAN
    assert report.language == "uk"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path, encoding):
    path = tmp_path / "wide.txt"
    data = RUSSIAN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    report = read_report_file(path)
    assert report.text == RUSSIAN
    assert report.language == "ru"


@pytest.mark.parametrize(("encoding", "text", "language"), [
    ("cp1251", RUSSIAN, "ru"), ("cp1251", UKRAINIAN, "uk"), ("koi8-u", UKRAINIAN, "uk"), ("cp1252", None, "fr")])
def test_a_legacy_encoding_is_recognised_when_sure(tmp_path, encoding, text, language):
    text = text or ("Les délégations se sont réunies à Genève mardi. Elles ont convenu d'échanger des prisonniers "
                    "et de se revoir le mois prochain, a déclaré le porte-parole.")
    path = tmp_path / "legacy.txt"
    path.write_bytes((text + "\n\n" + text).encode(encoding))
    report = read_report_file(path)
    assert report.text == text + "\n\n" + text
    assert report.language == language


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, encoding):
    path = tmp_path / "no-bom.txt"
    path.write_bytes(UKRAINIAN.encode(encoding))
    assert read_report_file(path).text == UKRAINIAN


def test_text_that_begins_like_a_signature_is_still_text(tmp_path):
    path = tmp_path / "mz.txt"
    text = "MZ Holdings said the delegations met on Tuesday.\n\n" + ENGLISH
    path.write_text(text, encoding="utf-8")
    assert read_report_file(path).text == text


def test_undecidable_bytes_get_one_line_asking_for_utf8(tmp_path):
    path = tmp_path / "mystery.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(ReportFileError) as caught:
        read_report_file(path)
    message = str(caught.value)
    assert message.startswith("mystery.txt: ") and "\n" not in message
    assert "UTF-8" in message or "binary" in message


def test_a_headline_at_the_top_becomes_the_title_and_stays_in_the_text(tmp_path):
    path = tmp_path / "headline.txt"
    path.write_text("Talks resume in Geneva\n\n" + ENGLISH, encoding="utf-8")
    report = read_report_file(path)
    assert report.title == "Talks resume in Geneva"
    assert report.text.startswith("Talks resume in Geneva\n\n")


@pytest.mark.parametrize("top", [
    "Delegations met in Geneva on Tuesday.\n\n",   # a sentence: ends in a full stop
    "Talks resume in Geneva\n",                     # no blank line after it: part of a paragraph
    "Talks\n\n",                                    # one word
    "2024-03-05 09:30\n\n",                         # mostly digits
    "Word " * 30 + "\n\n",                          # too long for a headline
])
def test_a_line_that_is_not_clearly_a_headline_is_no_title(top):
    assert read_pasted_text(top + ENGLISH).title == ""


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_language_of_a_report(language):
    assert read_pasted_text(SAMPLES[language]).language == language
    assert detect_language(SAMPLES[language] * 300) == language  # long: judged from samples


@pytest.mark.parametrize(("sentence", "language"), [
    ("Голова делегації заявив, що сторони домовилися.", "uk"),
    ("Глава делегации заявил, что стороны договорились.", "ru"),
    ("The head of the delegation said both sides agreed.", "en"),
    ("Переговори тривали три години.", "uk"), ("Переговоры длились три часа.", "ru"),
    ("Сторони обмінялися полоненими.", "uk"), ("Стороны обменялись пленными.", "ru"),
    ("За його словами, це важливо.", "uk"), ("По его словам, это важно.", "ru"),
    ("Die Gespräche dauerten drei Stunden.", "de"), ("Rozmowy trwały trzy godziny.", "pl"),
    ("Görüşmeler üç saat sürdü.", "tr"), ("Les pourparlers ont duré trois heures.", "fr"),
])
def test_language_of_one_short_sentence(sentence, language):
    assert detect_language(sentence) == language


def test_no_language_for_text_without_words():
    assert detect_language("12 345 — 6,000 / 7") == ""
    assert read_pasted_text("1,200 / 339 / 3,000").language == ""


def test_pasted_text_is_kept_as_pasted_but_for_line_ends():
    pasted = "  Talks resume in Geneva\r\n\r\n" + UKRAINIAN + "  \r\n"
    report = read_pasted_text(pasted)
    assert report.text == pasted.replace("\r\n", "\n")
    assert report.source_format == "paste"
    assert report.title == "Talks resume in Geneva"


@pytest.mark.parametrize("pasted", ["", "   \n\t ", "ok\udc80broken", "\x01\x02\x03\x04 junk \x05\x06"])
def test_empty_or_broken_paste_is_refused_in_one_line(pasted):
    with pytest.raises(ReportFileError) as caught:
        read_pasted_text(pasted)
    assert "\n" not in str(caught.value) and str(caught.value)
