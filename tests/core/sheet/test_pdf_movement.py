"""The sheet shows what moved: earlier wording, status moves, numbered rows, tints a grey printer keeps."""

import itertools

import pytest
from pypdf import PdfReader

from core.compare.comparison import Snapshot
from core.domain.records import IssueStatus, Position
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.movement import status_move
from core.sheet.page_frame import running_header
from core.sheet.pdf import render_pdf
from core.sheet.sheet_table import NO_STATUS_TINT, STATUS_TINTS
from tests.core.sheet.test_pdf import flat, pdftext


@pytest.fixture
def moved_ws(seed_ws):
    """The seed, plus a Round 1 stance and statuses that moved by Round 3."""
    parties = {p.name: p.id for p in seed_ws.parties()}
    issues = {i.name: i.id for i in seed_ws.issues()}
    rounds = {r.name: r.id for r in seed_ws.rounds()}
    seed_ws.insert(Position(issue_id=issues["Ceasefire: length and scope"], party_id=parties["Russia"],
                            round_id=rounds["Round 1"], stance="Short truces of 72 hours for the wounded",
                            value_low=72, value_high=72, value_unit="hours"))
    seed_ws.insert(IssueStatus(issue_id=issues["Prisoner-of-war exchange"], round_id=rounds["Round 1"],
                               status="agreed"))
    seed_ws.insert(IssueStatus(issue_id=issues["Return of bodies"], round_id=rounds["Round 1"], status="opposed"))
    return seed_ws, rounds


def since_round_1(ws, rounds, path):
    sheet = build_sheet(Snapshot(ws), SheetOptions(since_round_id=rounds["Round 1"]))
    render_pdf(sheet, path)
    return sheet, flat(pdftext(path))


def test_a_changed_stance_shows_what_it_was(moved_ws, tmp_path):
    ws, rounds = moved_ws
    _, text = since_round_1(ws, rounds, tmp_path / "moved.pdf")
    assert "was: Short truces of 72 hours for the wounded (72 hours)" in text


def test_a_status_shows_its_move_including_a_one_sided_claim(moved_ws, tmp_path):
    ws, rounds = moved_ws
    sheet, text = since_round_1(ws, rounds, tmp_path / "moved.pdf")
    names = {p.id: p.name for p in sheet.comparison.parties}
    moves = {row.issue.name: status_move(row, names) for row in sheet.comparison.rows}
    assert moves["Prisoner-of-war exchange"] == "Agreed (both) → Agreed according to Russia"
    assert moves["Return of bodies"] == "Opposed → Open"
    assert "Agreed (both) → Agreed according to Russia" in text
    assert "Opposed → Open" in text


def test_rows_are_numbered_and_status_has_a_letter(seed_ws, tmp_path):
    path = tmp_path / "seed.pdf"
    sheet = build_sheet(Snapshot(seed_ws), SheetOptions())
    render_pdf(sheet, path)
    text = flat(pdftext(path))
    for number, row in enumerate(sheet.comparison.rows, start=1):
        assert f"{number}. {flat(row.issue.name)}" in text
    assert "A* Agreed — according to Russia" in text
    assert "O Open" in text


def grey(hex_colour):
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_status_tints_differ_in_grey():
    greys = [grey(c) for c in [*STATUS_TINTS.values(), NO_STATUS_TINT]]
    for a, b in itertools.combinations(greys, 2):
        assert abs(a - b) >= 0.05, greys


def test_body_text_is_at_least_9_5_points(seed_ws, tmp_path):
    """On the pages of the tables, only the running header and footer are smaller than 9.5 pt."""
    path = tmp_path / "seed.pdf"
    sheet = build_sheet(Snapshot(seed_ws), SheetOptions())
    render_pdf(sheet, path)
    sections = " ".join(f"{row.track.name} (continued)" for row in sheet.comparison.rows)
    furniture = running_header(sheet) + f" {sheet.title} — exported {sheet.exported_on} Page 1234567890 of {sections}"
    checked = 0
    for page in PdfReader(path).pages:
        sizes = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                sizes.append((round(size * tm[3] * cm[3], 2), text.strip()))

        page.extract_text(visitor_text=visit)
        if not any("Common ground" in text for _, text in sizes):
            continue  # the front page: its charts' axis numbers are smaller
        for size, text in sizes:
            checked += 1
            assert size >= 9.5 or all(word in furniture for word in text.split()), (size, text)
    assert checked > 50
