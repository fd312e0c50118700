"""The shipped tables (resources/reading): well formed, and a damaged one costs only its help."""

import pytest

from core.reading import Gazetteer, read_report, states, topics


def test_every_state_has_an_english_name_and_names_in_three_languages():
    table = states.states()
    assert len(table) >= 24
    names = [name for name, _aliases in table]
    assert len(names) == len(set(names))
    assert {"Ukraine", "Russia", "United States", "Türkiye"} <= set(names)


@pytest.mark.parametrize("content", ["not json", "[]", '{"states": 3}', '{"topics": [{"en": 5}]}'])
def test_a_damaged_table_reads_as_empty_and_the_engine_still_reads(tmp_path, monkeypatch, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    monkeypatch.setattr(states, "resource", lambda *parts: bad)
    monkeypatch.setattr(topics, "resource", lambda *parts: bad)
    states.states.cache_clear()
    states._with_states.cache_clear()
    topics._index.cache_clear()
    try:
        assert states.states() == ()
        assert topics.topic_of("a ceasefire of 30 days", "en") is None
        reading = read_report("Umerov said the ceasefire must last 30 days.", Gazetteer(), language="en")
        assert [s.speaker for s in reading.statements] == ["Umerov"]
    finally:
        states.states.cache_clear()
        states._with_states.cache_clear()
        topics._index.cache_clear()


def test_aliases_given_as_a_list_are_read_too():
    from core.reading import KnownParty

    reading = read_report("Kyiv insists on a ceasefire of 30 days.", Gazetteer((KnownParty("UA", ["Kyiv"]),)),
                          language="en")
    assert [s.party for s in reading.statements] == ["UA"]
