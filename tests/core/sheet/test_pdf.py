"""The PDF comparison sheet, read back with poppler's tools."""

import builtins
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest

from core.compare.comparison import Snapshot
from core.domain.records import Position
from core.sheet.model import Marking, SheetOptions, build_sheet
from core.sheet.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[3]


def pdftext(path, page=None, raw=True):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text):
    return re.sub(r"\s+", " ", text)


def page_count(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture
def seed_sheet(seed_ws, tmp_path):
    snapshot = Snapshot(seed_ws)
    path = tmp_path / "seed.pdf"
    options = SheetOptions(marking=Marking.free_text("OFFICIAL-SENSITIVE"), landscape=True, paper="a4")
    render_pdf(build_sheet(snapshot, options), path)
    return path, snapshot


def test_every_issue_and_every_stance_is_in_the_pdf(seed_sheet):
    path, snapshot = seed_sheet
    text = flat(pdftext(path))
    for issue in snapshot.issues:
        assert flat(issue.name) in text
    for position in snapshot.positions_by_id.values():
        if position.party_id in snapshot.default_party_ids():
            assert flat(position.stance or "No stated position") in text
    assert "Ukraine" in text and "Russia" in text


def test_marking_and_page_numbers_on_every_page(seed_sheet):
    path, _ = seed_sheet
    pages = page_count(path)
    assert pages >= 2
    for n in range(1, pages + 1):
        text = pdftext(path, n)
        assert text.count("OFFICIAL-SENSITIVE") == 2
        assert f"Page {n} of {pages}" in text


def test_fonts_are_embedded(seed_sheet):
    path, _ = seed_sheet
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "NotoSans" in row
        assert row.split()[-5] == "yes", row  # the 'emb' column


def test_no_row_is_split_across_pages(seed_sheet):
    path, snapshot = seed_sheet
    pages = [flat(pdftext(path, n)) for n in range(1, page_count(path) + 1)]
    tables = [n for n, text in enumerate(pages) if "Common ground" in text]  # after the front page
    for row in snapshot.compare().rows:
        holding = [n for n in tables if flat(row.issue.name) in pages[n]]
        assert len(holding) == 1, row.issue.name
        for cell in row.cells:
            if cell.position and cell.position.stated:
                assert flat(cell.position.stance) in pages[holding[0]], (row.issue.name, cell.party.name)


def test_header_row_is_repeated_on_every_page_of_the_tables(seed_sheet):
    path, _ = seed_sheet
    pages = page_count(path)
    first = next(n for n in range(1, pages + 1) if "Common ground" in pdftext(path, n))
    assert first > 1  # the front page comes first
    for n in range(first, pages + 1):
        if "Sources" not in pdftext(path, n).splitlines()[:6]:
            assert "Common ground" in pdftext(path, n), n


def test_ceasefire_and_cyrillic_extract_as_written(seed_ws, tmp_path):
    snapshot = Snapshot(seed_ws)
    issue = next(i for i in snapshot.issues if i.name.startswith("Prisoner"))
    ukraine = next(p for p in snapshot.parties if p.name == "Ukraine")
    seed_ws.insert(Position(issue_id=issue.id, party_id=ukraine.id, round_id=snapshot.rounds[1].id,
                            stance="Маємо прогрес на гуманітарному треку"))
    path = tmp_path / "cyrillic.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions(round_id=snapshot.rounds[1].id)), path)
    text = pdftext(path)
    assert "Маємо прогрес" in text
    assert "Ceasefire" in pdftext(seed_sheet_path(seed_ws, tmp_path))
    assert "\ufb01" not in text


def seed_sheet_path(ws, tmp_path):
    path = tmp_path / "plain.pdf"
    render_pdf(build_sheet(Snapshot(ws), SheetOptions()), path)
    return path


def test_markup_in_user_text_prints_literally_and_reads_no_file(seed_ws, tmp_path, monkeypatch):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not really")
    payload = f'<img src="{secret}"><b>bold</b><a href="file:///etc/passwd">x</a>'
    position = seed_ws.positions()[0]
    position.stance = payload
    position.quote = payload
    seed_ws.update(position)
    opened = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    snapshot = Snapshot(seed_ws)
    path = tmp_path / "hostile.pdf"
    monkeypatch.setattr(builtins, "open", watching_open)
    render_pdf(build_sheet(snapshot, SheetOptions()), path)
    monkeypatch.setattr(builtins, "open", real_open)
    assert not any("secret" in name or "passwd" in name for name in opened)
    assert payload.replace(" ", "") in flat(pdftext(path)).replace(" ", "")
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # the header lines only
    assert b"/URI (file:" not in path.read_bytes()


def test_outline_metadata_and_paper(seed_sheet, seed_ws, tmp_path):
    path, _ = seed_sheet
    pdf = pypdfium2.PdfDocument(str(path))
    titles = [item.get_title() for item in pdf.get_toc() if item.level == 0]
    assert titles == ["Status counts, round by round", "How to read this sheet", "What moved since Round 2",
                      "Figures over the rounds", "Military and political", "Humanitarian", "Reports"]
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Title:\s+Russia–Ukraine talks in Istanbul, 2025\n", info)
    assert re.search(r"Subject:\s+Comparison of negotiating positions", info)
    assert re.search(r"Author:\s+Parley", info)
    assert re.search(r"CreationDate:\s+\S", info)
    assert re.search(r"Page size:\s+841.89 x 595.27\d* pts \(A4\)", info)
    letter = tmp_path / "letter.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions(landscape=False, paper="letter",
                                                           marking=Marking.tlp("amber"))), letter)
    info = subprocess.run(["pdfinfo", str(letter)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+612 x 792 pts \(letter\)", info)
    assert pdftext(letter, 1).count("TLP:AMBER") == 2


def test_reports_are_numbered_notes_with_clickable_urls_and_grades(seed_ws, tmp_path):
    source = seed_ws.reports()[0]
    source.url = "https://example.org/istanbul-talks"
    seed_ws.update(source)
    path = tmp_path / "notes.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    text = flat(pdftext(path))
    assert "[1] Russia And Ukraine Make Scant Progress" in text
    assert "Outlet not named (reliability F)" in text
    assert "[1 F6]" in text  # each position names its report's note and its grade
    assert "https://example.org/istanbul-talks" in text
    assert b"/URI (https://example.org/istanbul-talks)" in path.read_bytes()


def test_a_row_taller_than_a_page_still_renders(seed_ws, tmp_path):
    position = seed_ws.positions()[0]
    position.stance = " ".join(["very long stance"] * 900)
    seed_ws.update(position)
    path = tmp_path / "tall.pdf"
    pages = render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    assert pages >= 3 and path.exists()


def parley(*args, env_dir):
    import os

    env = dict(os.environ, PARLEY_DATA_DIR=str(env_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "gui.app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=120)


def test_command_line_export(seed_path, tmp_path):
    out = tmp_path / "sheet.pdf"
    result = parley("export", "--format", "pdf", "--output", str(out), "--workspace", str(seed_path),
                    "--round", "2025-07-23", "--since", "Round 2", "--track", "Humanitarian",
                    "--party", "Russia", "--party", "Ukraine", "--tlp", "green", "--landscape",
                    "--paper", "letter", env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    text = flat(pdftext(out))
    assert "Prisoner-of-war exchange" in text and "Ceasefire: length" not in text
    assert text.index("Russia") < text.index("Ukraine")
    assert "TLP:GREEN" in text


@pytest.mark.parametrize("args,status,message", [
    (["--round", "Round 9"], 2, "no round “Round 9”"),
    (["--party", "Atlantis"], 2, "no party “Atlantis”"),
    (["--tlp", "purple"], 2, "unknown TLP level"),
    (["--paper", "a3"], 2, "invalid choice"),
    (["--tlp", "red", "--marking", "X"], 2, "not allowed with"),
])
def test_command_line_bad_arguments(seed_path, tmp_path, args, status, message):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"previous export")
    result = parley("export", "--output", str(out), "--workspace", str(seed_path), *args, env_dir=tmp_path)
    assert result.returncode == status
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".sheet")] == []


def test_command_line_other_failures_are_one_line(tmp_path):
    result = parley("export", "--output", str(tmp_path / "x.pdf"), "--workspace", str(tmp_path / "none.parley"),
                    env_dir=tmp_path)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "no workspace at" in result.stderr
    result = parley("export", "--output", str(tmp_path / "missing" / "x.pdf"), env_dir=tmp_path)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
