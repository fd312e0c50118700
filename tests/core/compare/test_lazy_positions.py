"""The snapshot keeps positions as rowids and hashes, and reads a record only when it is shown."""

from dataclasses import replace

import pytest

from core.compare.comparison import Snapshot
from core.compare.passage_index import Passages
from core.compare.position_store import PositionStore
from core.domain.records import Position
from core.edits.changes import deletion, insertion, modification
from core.store.workspace import open_workspace
from tests.generate_workspace import generate


@pytest.fixture(scope="module")
def generated_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("lazy") / "generated.parley"
    generate(path, issues=40, parties=3, rounds=6, seed=5)
    return path


@pytest.fixture
def ws(generated_path, tmp_path):
    copy = tmp_path / "copy.parley"
    copy.write_bytes(generated_path.read_bytes())
    workspace = open_workspace(copy)
    yield workspace
    workspace.close()


def reads(monkeypatch) -> list[int]:
    """Every rowid the position stores read from the file, from now on."""
    read: list[int] = []
    original = PositionStore._read
    monkeypatch.setattr(PositionStore, "_read", lambda self, rowids: read.extend(rowids) or original(self, rowids))
    return read


def timelines(snapshot):
    return {key: (list(t.indices), list(t.rowids), list(t.content), list(t.stance), list(t.figure), bytes(t.stated))
            for key, t in snapshot.history.items()}


def test_opening_and_switching_rounds_read_no_position_record(ws, monkeypatch):
    read = reads(monkeypatch)
    snapshot = Snapshot(ws)
    parties = [p.id for p in snapshot.parties]
    for round_ in snapshot.rounds:
        comparison = snapshot.compare(round_.id, parties)
        snapshot.move_groups(comparison)
        assert len(comparison.rows) == len(snapshot.issues)
    assert read == []
    cell = comparison.rows[0].cells[0]
    assert cell.position == ws.get(Position, cell.position.id) and read == [cell.rowid]


def test_a_shown_position_is_the_stored_one_and_the_cache_stays_within_its_size(ws):
    snapshot = Snapshot(ws)
    snapshot.store.size = 10
    stored = {p.id: p for p in ws.positions()}
    seen = 0
    for round_ in snapshot.rounds:
        for row in snapshot.compare(round_.id).rows:
            for cell in row.cells:
                if cell.rowid is not None:
                    assert cell.position == stored[cell.position.id]
                    assert cell.state == ("stated" if cell.position.stated else "not_stated")
                    seen += 1
                assert len(snapshot.store._cache) <= 10
    assert seen > 10


def test_read_all_serves_a_snapshot_whose_file_is_closed(generated_path):
    workspace = open_workspace(generated_path, read_only=True)
    try:
        snapshot = Snapshot(workspace, detached=True)
        expected = {p.id: p for p in workspace.positions()}
    finally:
        workspace.close()
    shown = [cell.position for row in snapshot.compare().rows for cell in row.cells if cell.rowid is not None]
    assert shown and all(p == expected[p.id] for p in shown)
    assert len(snapshot.positions_by_id) == len(expected)


def test_edits_leave_the_timelines_a_fresh_scan_finds(ws):
    snapshot = Snapshot(ws)
    positions = ws.positions()
    first = positions[0]
    same_cell = [p for p in positions if (p.issue_id, p.party_id) == (first.issue_id, first.party_id)]
    gone, moved = same_cell[0], same_cell[-1]
    assert gone.round_id != moved.round_id
    edits = [
        modification(positions[-1], replace(positions[-1], stance="Quite another stance", value_low=7.0)),
        modification(positions[-2], replace(positions[-2], stated=False)),
        deletion(ws, gone),
        modification(moved, replace(moved, round_id=gone.round_id)),  # into the round just left free
        insertion(Position(issue_id=moved.issue_id, party_id=moved.party_id, round_id=moved.round_id,
                           stance="New where the moved one was")),
    ]
    for edit in edits:
        edit.apply(ws)
        snapshot = snapshot.follow(ws, edit)
        assert timelines(snapshot) == timelines(Snapshot(ws))
    for edit in reversed(edits):
        edit.revert(ws)
        snapshot = snapshot.follow(ws, edit)
        assert timelines(snapshot) == timelines(Snapshot(ws))


def test_an_edited_position_is_read_again_not_served_from_the_cache(ws):
    snapshot = Snapshot(ws)
    cell = next(c for row in snapshot.compare().rows for c in row.cells if c.rowid is not None)
    before = cell.position
    edit = modification(before, replace(before, stance="Read me again"))
    edit.apply(ws)
    snapshot = snapshot.follow(ws, edit)
    again = next(c for row in snapshot.compare().rows for c in row.cells if c.rowid == cell.rowid)
    assert again.position.stance == "Read me again"


def test_the_passage_index_built_in_the_background_finds_what_a_search_builds(ws):
    snapshot = Snapshot(ws)
    report = ws.report_heads()[0]
    word = next(w for w in ws.report_text(report.id).split() if w.isalpha() and len(w) > 5)
    synchronous = snapshot.search(ws, word)
    snapshot.passages.drop()
    snapshot.passages.build_in_background()
    snapshot.passages._builder.join()
    assert snapshot.passages._index is not None
    background = snapshot.search(ws, word)
    assert (background.issue_ids, background.position_ids.rowids) == \
        (synchronous.issue_ids, synchronous.position_ids.rowids)


def test_an_edit_while_the_passages_are_indexed_drops_the_stale_index(ws):
    passages = Passages(ws, {})
    passages.build_in_background()
    passages.drop()  # an edit to citations or positions, while the thread reads
    passages._builder.join()
    assert passages._index is None


def test_a_stance_that_is_not_utf8_is_scanned_as_the_lenient_decoder_reads_it(ws):
    """The scan decodes text in C; bytes damaged out of UTF-8 make it start again with the
    connection's lenient decoder, so the timelines are the same as that decoder gives."""
    position = ws.positions()[0]
    ws.db.execute("UPDATE positions SET stance = CAST(x'4b61ff6b61' AS TEXT) WHERE id = ?", [position.id])
    ws.db.conn.commit()
    snapshot = Snapshot(ws)
    shown = next(c for row in snapshot.compare(position.round_id).rows for c in row.cells
                 if c.rowid is not None and c.position.id == position.id)
    assert shown.position.stance == "Ka\ufffdka"
    timeline = snapshot.history[(position.issue_id, position.party_id)]
    n = list(timeline.rowids).index(shown.rowid)
    assert timeline.stance[n] == hash("Ka\ufffdka")
