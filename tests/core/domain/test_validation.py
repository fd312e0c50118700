"""Every text field has a stated length limit, and what passes it exports to PDF in under 10 s (issue 9, finding 16)."""

import copy
import json
import time

import pytest

from core.domain.records import Issue, Party, Position, Report
from core.interchange.json_document import DocumentError, check_document, parse_bytes
from core.interchange.seed import seed_document
from core.domain.validation import LIMITS, NAME_LIMIT, STANCE_LIMIT, TEXT_LIMIT, problems_with
from tests.benchmarks.long_text import render_longest


@pytest.mark.parametrize("record,field,limit", [
    (Party(name="x", colour="#000000"), "name", NAME_LIMIT),
    (Issue(name="x"), "name", NAME_LIMIT),
    (Report(title="x"), "title", NAME_LIMIT),
    (Position(issue_id="i", party_id="p", round_id="r", stance="x"), "stance", STANCE_LIMIT),
    (Position(issue_id="i", party_id="p", round_id="r", stance="x"), "quote", TEXT_LIMIT),
    (Position(issue_id="i", party_id="p", round_id="r", stance="x"), "summary", TEXT_LIMIT),
    (Position(issue_id="i", party_id="p", round_id="r", stance="x"), "analyst_note", TEXT_LIMIT),
])
def test_each_kind_of_text_has_its_limit(record, field, limit):
    setattr(record, field, "x" * limit)
    assert problems_with(record) == []
    setattr(record, field, "x" * (limit + 1))
    assert any(f"{limit:,}" in problem for problem in problems_with(record))


def test_an_import_names_the_field_that_is_too_long():
    document = copy.deepcopy(seed_document())
    document["positions"][2]["quote"] = "y" * (TEXT_LIMIT + 1)
    with pytest.raises(DocumentError) as caught:
        check_document(parse_bytes(json.dumps(document).encode()))
    assert caught.value.path == "$.positions[2].quote"
    assert f"{TEXT_LIMIT:,}" in caught.value.problem


def test_every_field_has_a_limit():
    """No free-text field of any record is left without one."""
    from dataclasses import fields

    from core.domain.registry import REGISTRY

    unlimited = set()
    for cls in (t.record for t in REGISTRY):
        for f in fields(cls):
            if f.type in ("str", "str | None") and not f.name.endswith(("id", "hash", "date", "_on")) \
                    and f.name not in ("colour", "role", "status", "quantity_kind", "value_qualifier",
                                       "published", "accessed", "date", "qualifier", "reliability",
                                       "sheet_paper", "format", "exported_at"):  # enums and a UTC time
                if f.name not in LIMITS:
                    unlimited.add(f"{cls.__name__}.{f.name}")
    assert unlimited == set()


def test_the_longest_workspace_exports_to_pdf_in_under_ten_seconds(tmp_path):
    """Every limited field at its limit, one unbroken word each: was 142 s for one 1 MB quote."""
    seconds, pages = render_longest(tmp_path)
    assert pages > 1
    assert seconds < 10, f"{seconds:.1f} s"
