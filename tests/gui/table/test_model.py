"""The Qt table model over the comparison."""

from PySide6.QtCore import Qt

from core.compare.comparison import Snapshot
from gui.table.model import CHANGED_ROLE, KIND_ROLE, VALUE_ROLE, ComparisonModel


def make_model(ws, **kwargs):
    snapshot = Snapshot(ws)
    model = ComparisonModel()
    model.set_comparison(snapshot.compare(**kwargs), {p.id: p.name for p in snapshot.parties})
    return model


def test_model_passes_qtmodeltester(qtmodeltester, seed_ws):
    qtmodeltester.check(make_model(seed_ws))


def test_empty_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(ComparisonModel())


def test_columns_are_issue_parties_status_common_ground(seed_ws):
    model = make_model(seed_ws)
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["Issue", "Ukraine", "Russia", "Status", "Common ground"]


def test_rows_are_grouped_by_track(seed_ws):
    model = make_model(seed_ws)
    kinds = [model.index(r, 0).data(KIND_ROLE) for r in range(model.rowCount())]
    assert kinds[0] == "track" and kinds.count("track") == 2 and kinds.count("issue") == 9
    assert model.index(0, 0).data() == "Military and political"


def test_cells_show_stance_value_and_marks(seed_ws):
    model = make_model(seed_ws)
    row = model.row_for_issue(next(i.id for i in seed_ws.issues() if i.name == "Return of bodies"))
    assert model.index(row, 1).data() == "No stated position"
    assert model.index(row, 2).data() == "Offers to hand over another 3,000 Ukrainian bodies"
    assert model.index(row, 2).data(VALUE_ROLE) == "3,000 bodies"
    assert model.index(row, 2).data(CHANGED_ROLE) == "new"
    assert model.index(row, 3).data() == "Open"


def test_one_sided_status_says_whose_claim(seed_ws):
    model = make_model(seed_ws)
    row = model.row_for_issue(next(i.id for i in seed_ws.issues() if i.name == "Prisoner-of-war exchange"))
    assert model.index(row, 3).data() == "Agreed — according to Russia"
