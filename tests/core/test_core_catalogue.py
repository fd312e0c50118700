"""Core's Ukrainian catalogue (resources/i18n/uk/core.ts) is complete and fits the code (issue 14).

Read as XML, without Qt: every string core marks is translated, with the
same placeholders (``str.format`` would raise on a missing one, and a stray
one would print braces), and the vocabulary the window shows is there under
the context the code translates it with ("Status", "Qualifier", ...).
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.compare.moves import NO_FIGURE, WHAT_LABELS
from core.domain import labels
from core.domain.grades import CREDIBILITY_LABELS, RELIABILITY_LABELS
from core.domain.records import QUALIFIER_LABELS, STATUS_LABELS
from core.domain.registry import REGISTRY

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "uk" / "core.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")


def messages() -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(CATALOGUE).getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in root.findall("context") for message in context.findall("message")}


def test_every_core_string_is_translated_with_the_same_placeholders():
    found = messages()
    assert len(found) > 200
    for (context, source), translation in found.items():
        assert translation.get("type") is None and (translation.text or "").strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), (context, source)


@pytest.mark.parametrize("context, words", [
    ("Status", STATUS_LABELS.values()),
    ("Qualifier", QUALIFIER_LABELS.values()),
    ("Reliability", RELIABILITY_LABELS.values()),
    ("Credibility", CREDIBILITY_LABELS.values()),
    ("Labels", [labels.NO_POSITION, labels.UNKNOWN_PARTY, labels.NEW_MARK, labels.CHANGED_MARK]),
    ("Moves", [NO_FIGURE, *WHAT_LABELS.values()]),
    ("Record", [table.noun for table in REGISTRY]),
])
def test_the_vocabulary_is_in_the_catalogue_under_the_context_it_is_shown_with(context, words):
    found = messages()
    for word in words:
        assert (context, word) in found, (context, word)


def test_statuses_stay_short_enough_for_a_table_cell():
    found = messages()
    for word in STATUS_LABELS.values():
        assert len(found[("Status", word)].text) <= 20, word
