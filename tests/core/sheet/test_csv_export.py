"""CSV for spreadsheets: right cells, Cyrillic intact, no formula ever."""

import os
import re
import string
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest

from core.compare.comparison import Snapshot
from core.sheet.csv_export import COLUMNS, neutralise, to_csv, write_csv
from core.domain.records import Position

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.mark.parametrize("text,expected", [
    ("=1+1", "'=1+1"), ("+7", "'+7"), ("-3", "'-3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Ceasefire", "Ceasefire"), ("", ""), ("a=b", "a=b"),
    (" =1+1", "' =1+1"), ("  +7", "'  +7"), ("\n=1", "'\n=1"), ("\u00a0@x", "'\u00a0@x"), (" -3", "' -3"),
    (-5, -5), (2.5, 2.5), (-0.25, -0.25),
])
def test_formula_prefixes_are_neutralised(text, expected):
    assert neutralise(text) == expected


def test_one_row_per_issue_party_round(seed_ws):
    lines = to_csv(Snapshot(seed_ws)).splitlines()
    assert lines[0].split(",") == COLUMNS
    assert len(lines) == 1 + len(seed_ws.positions())


def read_xlsx(path):
    """Cells of the first sheet as {'A1': value}, and whether any cell holds a formula."""
    with zipfile.ZipFile(path) as book:
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in item.iter(f"{{{NS['m']}}}t")) for item in root.findall("m:si", NS)]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    cells, formulas = {}, 0
    for cell in sheet.iter(f"{{{NS['m']}}}c"):
        if cell.find("m:f", NS) is not None:
            formulas += 1
        value = cell.find("m:v", NS)
        inline = cell.find("m:is", NS)
        if cell.get("t") == "s" and value is not None:
            cells[cell.get("r")] = shared[int(value.text)]
        elif inline is not None:
            cells[cell.get("r")] = "".join(t.text or "" for t in inline.iter(f"{{{NS['m']}}}t"))
        elif value is not None:
            cells[cell.get("r")] = float(value.text) if cell.get("t") in (None, "n") else value.text
    return cells, formulas


def convert_with_libreoffice(csv_path, tmp_path, options="44,34,76,1"):
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "xlsx", f"--infilter=CSV:{options}", "--outdir", str(tmp_path), str(csv_path)],
                   check=True, capture_output=True, timeout=180, env=env)
    return read_xlsx(tmp_path / csv_path.with_suffix(".xlsx").name)


def test_spaces_before_a_formula_and_negative_figures_in_libreoffice(seed_ws, tmp_path):
    """Issue 9, finding 14: with "trim spaces" on, ` =1+1` must stay text; a figure of -5 must stay a number."""
    issues = {i.name: i.id for i in seed_ws.issues()}
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Ukraine"],
                            round_id=rounds["2025-06-02"], stance=" =1+1", value_low=-5, value_unit=" -2"))
    csv_path = tmp_path / "comparison.csv"
    write_csv(Snapshot(seed_ws), csv_path)
    # separator, quote, UTF-8, first line, column types, language, quoted as text, detect special
    # numbers, (export options x2), trim spaces
    cells, formulas = convert_with_libreoffice(csv_path, tmp_path, "44,34,76,1,,1033,false,true,false,false,true")
    assert formulas == 0
    rows = {}
    for key, value in cells.items():
        column, row = re.match(r"([A-Z]+)(\d+)", key).groups()
        rows.setdefault(int(row), {})[column] = value
    hostile = [r for r in rows.values() if str(r.get("F", "")).endswith("=1+1")]
    assert len(hostile) == 1 and hostile[0]["F"] != 2.0, hostile
    assert hostile[0]["G"] == -5.0
    assert hostile[0]["H"] != -2.0


def test_libreoffice_reads_the_right_cells_and_no_formula(seed_ws, tmp_path):
    issues = {i.name: i.id for i in seed_ws.issues()}
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Ukraine"],
                            round_id=rounds["2025-06-02"], stance="=HYPERLINK(\"http://x\",\"click\")",
                            quote="Маємо прогрес на гуманітарному треку"))
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Russia"],
                            round_id=rounds["2025-06-02"], stance="+1 released", value_low=5, value_unit="@people"))
    csv_path = tmp_path / "comparison.csv"
    write_csv(Snapshot(seed_ws), csv_path)
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "xlsx", "--infilter=CSV:44,34,76,1", "--outdir", str(tmp_path), str(csv_path)],
                   check=True, capture_output=True, timeout=180, env=env)
    cells, formulas = read_xlsx(tmp_path / "comparison.xlsx")
    assert formulas == 0
    assert [cells[f"{c}1"] for c in string.ascii_uppercase[:len(COLUMNS)]] == COLUMNS
    rows = {}
    for key, value in cells.items():
        column, row = re.match(r"([A-Z]+)(\d+)", key).groups()
        rows.setdefault(int(row), {})[column] = value
    by_stance = {r.get("F"): r for r in rows.values()}
    bodies = by_stance["Offers to hand over another 3,000 Ukrainian bodies"]
    assert bodies["A"] == "Return of bodies" and bodies["C"] == "Russia" and bodies["G"] == 3000.0
    assert bodies["H"] == "bodies" and bodies["J"] == "Vladimir Medinsky"
    assert bodies["K"].startswith("Russia And Ukraine Make Scant Progress")
    assert bodies[string.ascii_uppercase[COLUMNS.index("grades")]] == "F6"
    hostile = by_stance["'=HYPERLINK(\"http://x\",\"click\")"]
    assert hostile["I"] == "Маємо прогрес на гуманітарному треку"
    assert by_stance["'+1 released"]["H"] == "'@people"


def test_figures_keep_every_digit_and_their_ends_are_numbers_in_libreoffice(seed_ws, tmp_path):
    """Issue 13: 1,234,567 was written 1.23457e+06 (read back as 1234570); -5 and a range as numbers of their own."""
    issues = {i.name: i.id for i in seed_ws.issues()}
    parties = {p.name: p.id for p in seed_ws.parties()}
    rounds = {r.date: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Ukraine"],
                            round_id=rounds["2025-06-02"], stance="Many", value_low=1234567, value_high=1234567,
                            value_qualifier="at_least", value_unit="people"))
    seed_ws.insert(Position(issue_id=issues["Civilian detainees"], party_id=parties["Russia"],
                            round_id=rounds["2025-06-02"], stance="Fewer", value_low=-5, value_high=10,
                            value_unit="points"))
    csv_path = tmp_path / "comparison.csv"
    write_csv(Snapshot(seed_ws), csv_path)
    assert "e+06" not in csv_path.read_text(encoding="utf-8-sig")
    cells, formulas = convert_with_libreoffice(csv_path, tmp_path)
    assert formulas == 0
    letter = {name: string.ascii_uppercase[n] for n, name in enumerate(COLUMNS)}
    rows = {}
    for key, value in cells.items():
        column, row = re.match(r"([A-Z]+)(\d+)", key).groups()
        rows.setdefault(int(row), {})[column] = value
    by_stance = {r.get(letter["stance"]): r for r in rows.values()}
    many, fewer = by_stance["Many"], by_stance["Fewer"]
    assert many[letter["value"]] == "at least 1,234,567"
    assert many[letter["low"]] == 1234567.0 and many[letter["high"]] == 1234567.0
    assert many[letter["qualifier"]] == "at least"
    assert fewer[letter["low"]] == -5.0 and fewer[letter["high"]] == 10.0
    ceasefire = by_stance["A series of short ceasefires of 24–48 hours, mainly to retrieve bodies"]
    assert (ceasefire[letter["low"]], ceasefire[letter["high"]]) == (24.0, 48.0)
    assert ceasefire[letter["status"]] == "Opposed"
    exchange = next(r for r in rows.values() if r.get(letter["issue"]) == "Prisoner-of-war exchange"
                    and r.get(letter["party"]) == "Russia")
    assert exchange[letter["status"]] == "Agreed — according to Russia"
    assert exchange[letter["common_ground"]].startswith("Both sides confirmed")
    assert rows[1][letter["url"]] == "url"  # the seed's report has no address: the cell is empty
    assert re.fullmatch(r"[0-9a-f-]{36}", exchange[letter["position_id"]])
    assert exchange[letter["issue_number"]] == 6.0
