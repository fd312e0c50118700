"""The Excel edition: typed cells read back with openpyxl, a round column, frozen header, filters, no formula."""

import datetime
import zipfile

from openpyxl import load_workbook

from core.cli import main
from core.compare.comparison import Snapshot
from core.domain.records import Position
from core.sheet.csv_export import COLUMNS
from core.sheet.xlsx_export import write_xlsx


def test_cells_are_typed_and_nothing_is_a_formula(seed_ws, tmp_path):
    issues = {i.name: i.id for i in seed_ws.issues()}
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Ukraine"],
                            round_id=rounds["2025-06-02"], stance="=1+1", value_low=1234567, value_high=1234567,
                            value_qualifier="at_least", value_unit="people", quote="+7 @x -3\x07bell"))
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Russia"],
                            round_id=rounds["2025-06-02"], stance="Fewer", value_low=-5, value_high=10,
                            value_unit="points"))
    path = tmp_path / "comparison.xlsx"
    write_xlsx(Snapshot(seed_ws), path)
    with zipfile.ZipFile(path) as book:
        assert b"<f>" not in book.read("xl/worksheets/sheet1.xml")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == COLUMNS
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    column = {name: n for n, name in enumerate(COLUMNS)}
    by_stance = {row[column["stance"]].value: row for row in sheet.iter_rows(min_row=2)}
    hostile, fewer = by_stance["=1+1"], by_stance["Fewer"]
    assert hostile[column["stance"]].data_type == "s"
    assert hostile[column["low"]].value == 1234567 and hostile[column["value"]].value == "at least 1,234,567"
    assert hostile[column["quote"]].value == "+7 @x -3\ufffdbell"
    assert fewer[column["low"]].value == -5 and fewer[column["high"]].value == 10
    assert fewer[column["round"]].value == "Round 2"
    assert fewer[column["round_date"]].value == datetime.datetime(2025, 6, 2)
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    bodies = by_stance["Offers to hand over another 3,000 Ukrainian bodies"]
    assert bodies[column["value"]].value == 3000 and bodies[column["status"]].value == "Open"


def test_parley_export_writes_xlsx_privately(capsys, seed_path, tmp_path):
    target = tmp_path / "sheet.xlsx"
    assert main(["export", "--format", "xlsx", "--workspace", str(seed_path), "--output", str(target)]) == 0
    assert target.stat().st_mode & 0o777 == 0o600
    assert load_workbook(target).active.max_row == 1 + 19  # the seed's 19 positions


def test_libreoffice_opens_it_and_computes_nothing(seed_ws, tmp_path):
    import csv
    import os
    import subprocess

    issues = {i.name: i.id for i in seed_ws.issues()}
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Ukraine"],
                            round_id=rounds["2025-06-02"], stance="=1+1", quote="Маємо прогрес"))
    path = tmp_path / "comparison.xlsx"
    write_xlsx(Snapshot(seed_ws), path)
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "out"),
                    str(path)], check=True, capture_output=True, timeout=180, env=env)
    with open(tmp_path / "out" / "comparison.csv", encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == COLUMNS
    hostile = next(row for row in table if row[COLUMNS.index("quote")] == "Маємо прогрес")
    assert hostile[COLUMNS.index("stance")] == "=1+1"
