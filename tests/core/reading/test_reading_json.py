"""The JSON shape of a reading (issue 12, item 2) and exact offsets."""

import json

from core.reading import Gazetteer, read_report

TEXT = ("Umerov said: “We want 1,200 prisoners back.”\n"
        "Мединский заявил, что обмен продолжится.")


def test_to_json_has_exactly_the_documented_shape(read):
    reading = read(TEXT, published="2031-05-16", language="en")
    report = {"title": "T", "outlet": "O", "url": "https://example.org/a", "published": "2031-05-16", "text": TEXT}
    out = reading.to_json(report)
    assert set(out) == {"report", "round", "statements"}
    assert set(out["report"]) == {"title", "outlet", "url", "published", "language", "text"}
    assert out["report"]["language"] == "en" and out["round"] == "Round 1"
    for statement in out["statements"]:
        assert set(statement) == {"party", "speaker", "kind", "quote", "text", "start", "end", "issue",
                                  "new_issue", "figures", "confidence"}
        assert statement["kind"] in ("direct", "indirect", "mixed")
        assert 0 <= statement["confidence"] <= 1
        assert TEXT[statement["start"]:statement["end"]] == statement["text"]
        for figure in statement["figures"]:
            assert set(figure) == {"low", "high", "unit", "qualifier", "label"}
    json.dumps(out)  # serialisable as it is
    assert out["statements"][0]["figures"][0]["low"] == 1200


def test_offsets_are_exact_in_every_statement_of_a_long_mixed_text(read):
    text = ("  Rustem Umerov, the minister, said on Monday: “Our people come first.”  \n\n"
            "« Мы готовы », — сказал Мединский.\n"
            "За словами Умєрова, обмін триватиме.\n")
    reading = read(text, language="ru")
    assert reading.statements
    for statement in reading.statements:
        assert text[statement.start:statement.end] == statement.text


def test_empty_and_odd_texts_give_no_statements():
    assert read_report("", Gazetteer()).statements == ()
    assert read_report("   \n\n", Gazetteer()).statements == ()
    assert read_report("1234 5678 — — «»", Gazetteer()).statements == ()
