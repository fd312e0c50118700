"""Full-text search over report text (Snapshot.search, passage_index.PassageIndex)."""

from core.compare.comparison import Snapshot
from core.compare.passage_index import PassageIndex
from core.compare.search_index import fts_query
from tests.gui.report_data import add_disagreeing_reports


def test_a_passage_matches_words_phrases_and_prefixes_folding_case_and_accents():
    passage = "Medinsky said Russia would hand over 3,000 bodies; Café talks resumed."
    index = PassageIndex([("r1", passage, 7, None), ("r2", passage, None, "s1"), ("r1", "Nothing here.", 8, None)])

    def matches(query, reports=frozenset({"r1"})):
        return index.citing(fts_query(query), reports) != (set(), set())

    assert matches("bodies russia") and index.citing(fts_query("bodies russia"), frozenset({"r1"})) == ({7}, set())
    assert index.citing(fts_query("bodies"), frozenset({"r1", "r2"})) == ({7}, {"s1"})
    assert matches("cafe")
    assert matches('"hand over"')
    assert matches("bod*")
    assert not matches('"over hand"')
    assert not matches("bodies ceasefire")
    assert not matches("bod")
    assert not matches("bodies", frozenset({"r3"}))  # a report that did not match brings nothing
    assert not matches("")


def test_339_finds_the_seed_report_and_the_position_whose_cited_passage_holds_it(seed_ws):
    snapshot = Snapshot(seed_ws)
    result = snapshot.search(seed_ws, "339")
    [report] = seed_ws.report_heads()
    assert result.report_ids == {report.id}
    names = {i.name for i in snapshot.issues if i.id in result.issue_ids}
    assert names == {"Deported children"}


def test_a_word_only_in_a_cited_passage_brings_in_its_position_and_issue(seed_ws):
    added = add_disagreeing_reports(seed_ws)
    snapshot = Snapshot(seed_ws)
    result = snapshot.search(seed_ws, '"another figure"')
    assert result.report_ids == {added.report_b.id}
    assert added.position.id in result.position_ids and len(result.position_ids) == 1
    assert result.issue_ids == {added.position.issue_id}
    elsewhere = snapshot.search(seed_ws, "zyxsynthetic")  # in report B, outside any cited passage
    assert elsewhere.report_ids == {added.report_b.id} and not elsewhere.issue_ids


def test_search_follows_a_citation_added_after_an_earlier_search(seed_ws):
    from core.edits.citing import cite_passage

    added = add_disagreeing_reports(seed_ws)
    snapshot = Snapshot(seed_ws)
    assert not snapshot.search(seed_ws, "zyxsynthetic").issue_ids  # builds the passage index
    ukraine_children = next(p for p in seed_ws.positions() if p.stance.startswith("At least 19,000"))
    text = seed_ws.report_text(added.report_b.id)
    start = text.index("Marker word")
    changes = cite_passage(added.report_b, text, start, len(text), ukraine_children.id)
    changes.apply(seed_ws)
    snapshot = snapshot.follow(seed_ws, changes)
    result = snapshot.search(seed_ws, "zyxsynthetic")
    assert result.issue_ids == {ukraine_children.issue_id}
    assert ukraine_children.id in result.position_ids


def shape(result):
    return (result.issue_ids, result.report_ids, sorted(result.position_ids.rowids))


def test_report_search_follows_a_cited_position_deleted_and_restored(seed_ws):
    from core.edits.changes import deletion

    added = add_disagreeing_reports(seed_ws)
    snapshot = Snapshot(seed_ws)
    assert added.position.id in snapshot.search(seed_ws, '"another figure"').position_ids  # builds the index
    changes = deletion(seed_ws, added.position)
    changes.apply(seed_ws)
    snapshot = snapshot.follow(seed_ws, changes)
    gone = snapshot.search(seed_ws, '"another figure"')
    assert added.position.id not in gone.position_ids and not gone.issue_ids
    assert shape(gone) == shape(Snapshot(seed_ws).search(seed_ws, '"another figure"'))
    changes.revert(seed_ws)
    snapshot = snapshot.follow(seed_ws, changes)
    back = snapshot.search(seed_ws, '"another figure"')
    assert added.position.id in back.position_ids and back.issue_ids == {added.position.issue_id}
    assert shape(back) == shape(Snapshot(seed_ws).search(seed_ws, '"another figure"'))
