"""The table reads the positions it paints a screenful at a time, not one query per cell."""

from core.compare.position_store import OwnedRecords, PositionStore


def test_painting_a_round_reads_its_positions_and_citations_in_a_few_queries(seed_window, qtbot, monkeypatch):
    window = seed_window
    queries = {"positions": 0, "citations": 0}
    read, load = PositionStore._read, OwnedRecords.load
    monkeypatch.setattr(PositionStore, "_read",
                        lambda self, rowids: queries.__setitem__("positions", queries["positions"] + 1)
                        or read(self, rowids))
    monkeypatch.setattr(OwnedRecords, "load",
                        lambda self, ids: queries.__setitem__("citations", queries["citations"] + 1)
                        or load(self, ids))
    window.select_round(window.snapshot.rounds[0].id)  # away, so that coming back rebuilds the table
    window.snapshot.store.clear()
    window.select_round(window.snapshot.rounds[-1].id)
    window.table.viewport().repaint()
    qtbot.wait(10)
    shown = sum(1 for row in window.model.comparison().rows for cell in row.cells if cell.rowid is not None)
    assert shown > 5
    assert 1 <= queries["positions"] <= 3 and queries["citations"] <= 3, queries
