"""Any text at all: no exception, and every passage is exactly the text at its offsets."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.reading import Gazetteer, read_report

from .conftest import ISSUES, PARTIES, PEOPLE, ROUNDS

WORKSPACE = Gazetteer(PARTIES, PEOPLE, ISSUES, ROUNDS)

PIECES = st.sampled_from([
    "Umerov", "said", "Мединский", "заявил", "Умєрова", "заявив", "«", "»", "“", "”", "\"", "'", "’", "—", "–", "-",
    ",", ".", ":", "\n", "\n\n", " ", "1,200", "шість тисяч", "two to three", "U.S.", "Mr.", "ст.", "Kyiv",
    "the Kremlin", "he added", "За його словами", "Об этом", "According to", "between June 20 and", "30-day",
    "(", ")", "bin", "Al", "Sheikh", "IAEA chief", "А.", "Б", "ОАЕ", "as reported", "0", "9999999999999",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40), st.sampled_from(["en", "uk", "ru", None]))
def test_any_text_reads_without_error_and_with_exact_offsets(parts, language):
    text = " ".join(parts)
    reading = read_report(text, WORKSPACE, published="2031-06-01", language=language)
    for statement in reading.statements:
        assert text[statement.start:statement.end] == statement.text
        assert 0 <= statement.confidence <= 1
        assert statement.kind in ("direct", "indirect", "mixed")


def test_a_dash_paragraph_at_the_end_of_the_text():
    reading = read_report("— Umerov Umerov Umerov", WORKSPACE, language="en")
    assert all(s.text == "— Umerov Umerov Umerov"[s.start:s.end] for s in reading.statements)


def test_an_unknown_language_code_or_odd_date_is_ignored():
    reading = read_report("Umerov said the talks went well.", WORKSPACE, published=20310516, language="de")
    assert reading.language == "en" and reading.round is None
    assert [s.speaker for s in reading.statements] == ["Rustem Umerov"]


def test_a_number_too_long_for_a_float_is_no_figure_and_no_crash():
    """A pasted run of 400 digits is infinity as a float: it crashed the figure reader (OverflowError)."""
    from core.reading.figures import read_figures

    assert read_figures("Russia offered " + "9" * 400 + " bodies.", "en") == []
    reading = read_report("Medinsky said Russia would hand over " + "9" * 400 + " bodies.", Gazetteer(), language="en")
    assert all(f.low is None or f.low < 1e300 for s in reading.statements for f in s.figures)
