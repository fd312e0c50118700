"""Full-text search over stances, summaries, quotes and notes, in any script."""

import pytest

from core.compare.comparison import Snapshot
from core.domain.records import Position
from core.compare.search_index import fts_query


@pytest.fixture
def ws(seed_ws):
    parties = {p.name: p for p in seed_ws.parties()}
    issues = {i.name: i for i in seed_ws.issues()}
    round_2 = next(r for r in seed_ws.rounds() if r.date == "2025-06-02")
    seed_ws.insert(Position(issue_id=issues["Prisoner-of-war exchange"].id, party_id=parties["Ukraine"].id,
                            round_id=round_2.id, stance="Обмін полоненими",
                            original_text="Маємо прогрес на гуманітарному треку", original_language="uk",
                            translation="We have progress on the humanitarian track"))
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"].id, party_id=parties["Russia"].id,
                            round_id=round_2.id, stance="Возврат гражданских", analyst_note="Ёлка и ёж"))
    return seed_ws


def names(ws, ids):
    return {i.name for i in ws.issues() if i.id in ids}


def search_issues(ws, query):
    """The issues the window's search keeps for ``query``, read through a fresh snapshot."""
    return Snapshot(ws).search(ws, query).issue_ids


def test_cyrillic_word(ws):
    assert names(ws, search_issues(ws, "прогрес")) == {"Prisoner-of-war exchange"}


def test_cyrillic_is_case_insensitive(ws):
    assert names(ws, search_issues(ws, "ПРОГРЕС")) == {"Prisoner-of-war exchange"}


def test_cyrillic_prefix(ws):
    assert names(ws, search_issues(ws, "гуманітарн*")) == {"Prisoner-of-war exchange"}


def test_ukrainian_letters_fold_case(ws):
    assert names(ws, search_issues(ws, "ГУМАНІТАРНОМУ")) == {"Prisoner-of-war exchange"}


def test_russian_text_in_analyst_notes(ws):
    assert names(ws, search_issues(ws, "ёлка")) == {"Civilian detainees"}


def test_latin_word_and_phrase(ws):
    assert "Ceasefire: length and scope" in names(ws, search_issues(ws, "ceasefires"))
    assert names(ws, search_issues(ws, '"everything from scratch"')) == {"Leaders' summit: purpose and timing"}
    assert names(ws, search_issues(ws, '"scratch everything"')) == set()


def test_latin_diacritics_fold(ws):
    ws.insert(Position(issue_id=ws.issues()[0].id, party_id=ws.parties()[3].id, round_id=ws.rounds()[0].id,
                       stance="Türkiye hosts the talks"))
    assert search_issues(ws, "turkiye") == {ws.issues()[0].id}


@pytest.mark.parametrize("query", ["AND OR (", '"', "NEAR(", "*", "a OR", ")", "-x", "^", "col:val", "'"])
def test_raw_operators_never_raise(ws, query):
    search_issues(ws, query)


def test_fts_query_quotes_every_word():
    assert fts_query('AND or ( "from scratch" prog*') == '"AND" "or" "from scratch" "prog"*'


def test_a_position_at_a_huge_rowid_is_searched_without_a_list_that_long(seed_ws):
    """A received file put one position at rowid 3,000,000,000: a flat list that long filled memory."""
    position = seed_ws.positions()[0]
    with seed_ws.transaction():
        seed_ws.db.execute("UPDATE positions SET rowid = 3000000000, stance = 'Ceasefire monitoring' WHERE id = ?",
                           [position.id])
    snapshot = Snapshot(seed_ws)
    assert isinstance(snapshot.search_index.issue_of_rowid, dict)
    result = snapshot.search(seed_ws, "monitoring")
    assert result.issue_ids == {position.issue_id} and position.id in result.position_ids


def test_round_notes_are_found(ws):
    """Issue 14, bug 10: "miracles" is in Round 3's notes; the round and the issues discussed there are found."""
    round_3 = next(r for r in ws.rounds() if r.date == "2025-07-23")
    result = Snapshot(ws).search(ws, "miracle*")
    assert result.round_ids == {round_3.id}
    assert names(ws, result.issue_ids) == {i.name for i in ws.issues()}  # every seed issue was discussed there
    assert Snapshot(ws).search(ws, "miracles").round_ids == {round_3.id}
    assert Snapshot(ws).search(ws, "NEAR AND (").round_ids == set()
