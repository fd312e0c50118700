"""Issue matching by weighted lemma overlap, new-issue names, and the round from the date."""

from core.reading import KnownIssue, KnownRound
from core.reading.issues import THRESHOLD, IssueMatcher, propose_issue_name
from core.reading.rounds import round_for


def test_an_issue_is_matched_by_its_name_description_and_filed_words(read):
    reading = read("Umerov said the exchange of prisoners would continue next week.", language="en")
    assert reading.statements[0].issue == "Prisoner exchange"
    assert reading.statements[0].new_issue is None


def test_filed_words_count_as_well():
    matcher = IssueMatcher((KnownIssue("Humanitarian", "", ("bodies returned to families", "remains of soldiers")),),
                           "en", frozenset())
    assert matcher.match("He said the remains of more soldiers would be returned.")[0] == "Humanitarian"
    assert matcher.match("He said the weather was fine.") == (None, 0)


def test_inflected_ukrainian_words_match_by_lemma():
    matcher = IssueMatcher((KnownIssue("Обмін полоненими", "повернення військовополонених"),), "uk", frozenset())
    name, score = matcher.match("Умєров заявив, що обміни полоненими триватимуть.")
    assert name == "Обмін полоненими" and score >= THRESHOLD


def test_below_the_threshold_a_new_issue_is_proposed(read):
    reading = read("Medinsky proposed a joint commission on missing persons.", language="en")
    statement = reading.statements[0]
    assert statement.issue is None
    assert statement.new_issue == "Joint commission"


def test_new_issue_name_is_a_run_of_content_words():
    assert propose_issue_name("the return of deported children", "en") == "Return of deported children"


def test_round_is_same_day_or_the_latest_within_a_few_days_before():
    rounds = (KnownRound("A", "2031-05-16"), KnownRound("B", "2031-06-02"))
    assert round_for("2031-06-02", rounds) == "B"
    assert round_for("2031-06-04", rounds) == "B"
    assert round_for("2031-06-09", rounds) is None
    assert round_for("2031-06-01", rounds) is None
    assert round_for(None, rounds) is None
    assert round_for("not a date", rounds) is None


def test_the_reading_carries_the_round(read):
    assert read("Umerov said so.", published="2031-05-17", language="en").round == "Round 1"
