"""JSON format 2 reads format-1 files and upgrades them; merge keeps both analysts' citations (issue 11)."""

import json
from pathlib import Path

import pytest

from core.domain.document import FORMAT_VERSION
from core.domain.upgrade import derived_id
from core.interchange.json_document import DocumentError, import_new_workspace, read_document
from core.interchange.merge import plan_merge
from core.interchange.received import read_other
from core.domain.records import Citation
from core.store.workspace import open_workspace

FORMAT_1 = Path(__file__).resolve().parents[2] / "fixtures" / "schema" / "seed-format-1.json"


def test_a_format_1_file_is_read_as_format_2(tmp_path):
    old = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    assert old["format_version"] == 1 and FORMAT_VERSION == 2
    document = read_document(FORMAT_1)
    assert document["format_version"] == 2 and "sources" not in document
    (source,) = old["sources"]
    (report,) = document["reports"]
    assert (report["id"], report["title"], report["text"]) == (source["id"], source["title"], "")
    cited = {c["position_id"]: c for c in document["citations"] if c["position_id"]}
    for position in old["positions"]:
        if position.get("source_id"):
            assert cited[position["id"]]["report_id"] == position["source_id"]
            assert cited[position["id"]]["id"] == derived_id("citation", position["id"], position["source_id"])
    assert all("source_id" not in row for row in document["positions"] + document["evidence"])
    status_citations = [c for c in document["citations"] if c["status_id"]]
    assert len(status_citations) == sum(1 for e in old["evidence"] if e.get("source_id"))
    assert import_new_workspace(document, tmp_path / "upgraded.parley") > 0
    ws = open_workspace(tmp_path / "upgraded.parley")
    try:
        assert len(ws.citations()) == len(document["citations"])
    finally:
        ws.close()


def test_a_format_1_file_with_a_dangling_source_is_refused_with_its_path(tmp_path):
    old = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    old["positions"][2]["source_id"] = "6f1c2a52-9a43-4d0e-9a8e-2f1d1c0a7e55"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.path == "$.positions[2].source_id"


def test_a_format_1_file_is_checked_against_format_1(tmp_path):
    old = json.loads(FORMAT_1.read_text(encoding="utf-8"))
    old["sources"][0]["url"] = "javascript:alert(1)"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.path == "$.sources[0].url"


def test_two_analysts_who_each_cite_the_same_position_keep_both_citations(seed_path, tmp_path):
    mine = open_workspace(seed_path)
    theirs_path = tmp_path / "theirs.parley"
    mine.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    import shutil
    shutil.copy(seed_path, theirs_path)
    position = next(p for p in mine.positions() if p.stated)
    (report,) = mine.report_heads()
    text = mine.report_text(report.id)
    mine_citation = Citation(report_id=report.id, position_id=position.id, passage_start=0, passage_end=9,
                             passage=text[:9], credibility=2)
    mine.insert(mine_citation)
    theirs = open_workspace(theirs_path)
    their_citation = Citation(report_id=report.id, position_id=position.id, passage_start=10, passage_end=20,
                              passage=text[10:20], credibility=3, note="their reading")
    theirs.insert(their_citation)
    theirs.close()
    try:
        plan = plan_merge(mine, read_other(theirs_path))
        plan.changes("theirs").apply(mine)
        ids = {c.id for c in mine.citations() if c.position_id == position.id}
        assert {mine_citation.id, their_citation.id} <= ids
    finally:
        mine.close()
