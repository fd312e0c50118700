"""JSON interchange: a faithful round trip, and bad files refused without a trace."""

import copy
import dataclasses
import hashlib
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.interchange import json_document as interchange
from core.domain.document import SCHEMA_FILE
from core.domain.registry import REGISTRY
from core.interchange.json_document import (
    DocumentError,
    check_document,
    dumps,
    export_document,
    import_document,
    parse_bytes,
    read_document,
)
from core.interchange.seed import seed_document
from core.store.workspace import open_workspace


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def exported(seed_ws):
    return export_document(seed_ws)


def test_round_trip_is_byte_identical(seed_ws, tmp_path):
    first = dumps(export_document(seed_ws))
    target = open_workspace(tmp_path / "copy.parley")
    import_document(target, parse_bytes(first.encode()))
    second = dumps(export_document(target))
    target.close()
    assert first == second


def test_the_schema_describes_every_field(exported):
    schema = json.loads(SCHEMA_FILE.read_text())
    for table in REGISTRY.names():
        described = set(schema["$defs"][table]["properties"])
        assert described == {f.name for f in dataclasses.fields(REGISTRY.table(table).record)}, table
    check_document(exported)
    check_document(seed_document())


def test_import_refuses_a_non_empty_workspace(seed_ws, exported):
    with pytest.raises(DocumentError, match="already holds records"):
        import_document(seed_ws, exported)


@pytest.mark.parametrize("mutate,path,message", [
    (lambda d: d.update(format_version=3), "$.format_version", "newer than this Parley reads"),
    (lambda d: d.update(format_version="1"), "$.format_version", "unknown format version"),
    (lambda d: d.update(format="something-else"), "$.format", "not a Parley workspace file"),
    (lambda d: d["positions"][3].update(value_low="forty"), "$.positions[3].value_low", "is not of type"),
    (lambda d: d["parties"][0].update(colour="red"), "$.parties[0].colour", "does not match"),
    (lambda d: d["parties"][1].pop("name"), "$.parties[1]", '"name" is a required property'),
    (lambda d: d["rounds"][0].update(weather="fine"), "$.rounds[0]", "Additional properties"),
    (lambda d: d["positions"][0].update(issue_id="6f1c2a52-9a43-4d0e-9a8e-2f1d1c0a7e55"),
     "$.positions[0].issue_id", "which is not in issues"),
    (lambda d: d["tracks"].append(dict(d["tracks"][0])), "$.tracks[2].id", "is used twice"),
    (lambda d: d["positions"][0].update(value_low=48, value_high=24), "$.positions[0]",
     "The lower figure is larger than the upper one."),
    (lambda d: d["reports"][0].update(url="javascript:alert(1)"), "$.reports[0].url", "does not match"),
    (lambda d: d["citations"][0].update(passage_end=10**6), "$.citations[0]", "beyond the report"),
    (lambda d: d["citations"][0].update(credibility=7), "$.citations[0].credibility", "maximum"),
    (lambda d: d["outlets"].append({"id": "6f1c2a52-9a43-4d0e-9a8e-2f1d1c0a7e55", "name": "TASS", "reliability": "G"}),
     "$.outlets[0].reliability", "is not one of"),
    (lambda d: d["figures"].append({"id": "6f1c2a52-9a43-4d0e-9a8e-2f1d1c0a7e55", "position_id": d["positions"][0]["id"],
                                    "low": 5, "high": 1}), "$.figures[0]", "The lower figure is larger"),
])
def test_each_problem_is_named_with_its_json_path(exported, mutate, path, message):
    document = copy.deepcopy(exported)
    mutate(document)
    with pytest.raises(DocumentError) as caught:
        check_document(parse_bytes(json.dumps(document).encode()))
    assert caught.value.path == path
    assert message in caught.value.problem


@pytest.mark.parametrize("raw,message", [
    (b'{"format": "parley-workspace", "format": "x"}', "appears twice"),
    (b'{"format_version": NaN}', "NaN is not a number"),
    (b"[" * 100000 + b"]" * 100000, "nested too deeply"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (b'{"format": "parley-workspace", "format_version": 1', "not valid JSON"),
])
def test_malformed_files(raw, message):
    with pytest.raises(DocumentError, match=message):
        check_document(parse_bytes(raw))


def test_size_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(interchange, "MAX_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(" " * 2000)
    with pytest.raises(DocumentError, match="larger than"):
        read_document(big)


def test_markup_in_text_is_imported_literally(exported, tmp_path):
    document = copy.deepcopy(exported)
    document["positions"][0]["stance"] = '<img src="/etc/hostname"><b>bold</b>'
    target = open_workspace(tmp_path / "t.parley")
    import_document(target, parse_bytes(json.dumps(document).encode()))
    assert target.get(REGISTRY.table("positions").record, document["positions"][0]["id"]).stance.startswith("<img")
    target.close()


# -- 1,000 hostile files ------------------------------------------------
BAD_VALUES = [None, 1, -1, 1.5, 10**30, True, "", "x" * 200001, [], {}, "<img src=x>", "'; DROP TABLE parties;--",
              "0000-00-00", "not-a-uuid", "\u0000", "𝕏" * 10]


REQUIRED = {table: set(definition["required"])
            for table, definition in json.loads(SCHEMA_FILE.read_text())["$defs"].items()
            if "required" in definition}


def _mutated(base):
    @st.composite
    def strategy(draw):
        document = copy.deepcopy(base)
        kind = draw(st.sampled_from(["field", "remove", "extra", "duplicate", "dangling", "top", "version"]))
        tables = [t for t in REGISTRY.names() if document.get(t)]
        table = draw(st.sampled_from(tables))
        row = draw(st.sampled_from(document[table]))
        if kind == "field":
            name = draw(st.sampled_from(sorted(k for k in row if k != "base_hash")))
            row[name] = draw(st.sampled_from(BAD_VALUES))
            try:
                check_document(json.loads(json.dumps(document)))
            except DocumentError:
                pass
            else:
                row[name] = {"nested": row[name]}  # that value was acceptable there; an object never is
        elif kind == "remove":
            required = REQUIRED[table]
            name = draw(st.sampled_from(sorted(required & set(row))))
            del row[name]
        elif kind == "extra":
            row[draw(st.text(min_size=1, max_size=12).filter(lambda k: k not in row))] = 1
        elif kind == "duplicate":
            document[table].append(copy.deepcopy(row))
        elif kind == "dangling":
            refs = [k for k in row if k.endswith("_id") and row[k]]
            if refs:
                row[draw(st.sampled_from(refs))] = "00000000-0000-4000-8000-000000000000"
            else:
                row["id"] = "NOT-A-UUID"
        elif kind == "top":
            return draw(st.one_of(st.none(), st.integers(), st.text(), st.lists(st.integers(), max_size=3)))
        else:
            document["format_version"] = draw(st.sampled_from([0, 3, 99, -1, "1", None, True, [1]]))
        return document

    return strategy()


def _file_bytes(base):
    as_json = _mutated(base).map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8"))
    raw = st.binary(max_size=300)
    truncated = _mutated(base).map(lambda d: json.dumps(d).encode()[: len(json.dumps(d)) // 2])
    return st.one_of(as_json, as_json, as_json, raw, truncated)


@pytest.fixture(scope="module")
def empty_target(tmp_path_factory):
    path = tmp_path_factory.mktemp("target") / "empty.parley"
    open_workspace(path).close()
    return path


def test_a_thousand_hostile_files_are_refused_and_change_nothing(empty_target, tmp_path_factory):
    base = seed_document()
    before = sha(empty_target)
    folder = tmp_path_factory.mktemp("hostile")
    refused = []

    @settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_file_bytes(base))
    def attempt(data):
        path = folder / "input.json"
        path.write_bytes(data)
        with pytest.raises(DocumentError) as caught:
            document = read_document(path)
            target = open_workspace(empty_target)
            try:
                import_document(target, document)
            finally:
                target.close()
        assert str(caught.value)
        refused.append(caught.value)
        assert sha(empty_target) == before

    attempt()
    assert len(refused) >= 1000
    assert sqlite3.connect(empty_target).execute("SELECT count(*) FROM parties").fetchone()[0] == 0
