"""The sheet's own text layout and table (issue 15): the same lines as ReportLab's Paragraph, every removed
word struck, rows whole with the header on every page, and progress that reaches the last issue."""

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from core.compare.comparison import Snapshot
from core.sheet.fonts import register_fonts
from core.sheet.laid_text import plain_text, styled_text, width_of
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from core.sheet.pdf_text import Paragraph, Styles, fit_to_width, plain
from core.sheet.row_table import RowTable, TableLook, lay_out_row

TEXTS = [
    "velsushitan tishidevo velsuneka tantivo mordege kavora",
    "“kamorvolo ravelpa mivel logepashi tanmi losurami mivel vogenezu”, 2025-01-20",
    "Ceasefire of 30 days, monitored; prisoner exchange 1,000 for 1,000 — Маємо прогрес на гуманітарному треку",
    "A " + "W" * 120 + " and then some words after the very long one",
    "short",
]


@pytest.fixture(scope="module")
def styles():
    register_fonts()
    return Styles()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [40.0, 92.5, 150.0, 212.3])
def test_a_cell_breaks_into_the_lines_reportlab_paragraph_gave(styles, text, width):
    for style in (styles.cell, styles.bold, styles.small):
        paragraph = fit_to_width(plain(text, style), width)
        paragraph.wrap(width, 10_000)
        expected = [" ".join(words) for _, words in paragraph.blPara.lines]
        laid = plain_text(text, style).lay_out(width)
        assert ["".join(piece for _, piece, _ in line) for line in laid.lines] == expected
        assert laid.height == len(expected) * style.leading


def test_every_removed_word_of_a_was_line_is_struck_and_no_other(styles):
    parts = [("bold", "was: "), ("strike", "tivovolo"), ("plain", " "), ("strike", "lomorde"),
             ("plain", " votange "), ("strike", "sumorgelo"), ("plain", " "), ("strike", "tivovolo karara"),
             ("plain", " (1–25 hours)")]
    laid = styled_text(parts, styles.was).lay_out(1000)
    canvas = Canvas(io.BytesIO())
    state = {"strikes": []}
    laid.draw_at(canvas, canvas.beginText(), 0, 100, state)
    struck = [(x1, x2) for x1, _, x2, _ in state["strikes"]]
    size, font = styles.was.fontSize, styles.was.fontName
    x = width_of("was: ", "ParleySans-Bold", size)
    for words, removed in [("tivovolo", True), (" ", True), ("lomorde", True), (" votange ", False),
                           ("sumorgelo", True), (" ", True), ("tivovolo karara", True), (" (1–25", False)]:
        middle = x + width_of(words, font, size) / 2
        assert any(x1 <= middle <= x2 for x1, x2 in struck) == removed, words
        x += width_of(words, font, size)


def test_rows_stay_whole_and_each_page_repeats_the_header(styles):
    look = TableLook([100.0, 100.0], 4, 4, 0.4, None)
    header = lay_out_row([[plain_text("Issue", styles.header)], [plain_text("Party", styles.header)]], look)
    rows = [lay_out_row([[plain_text(f"Issue {n}", styles.bold)], [plain_text("word " * (n * 10), styles.cell)]],
                        look) for n in range(1, 8)]
    table = RowTable(header, rows, look, split_in_row=False)
    first, rest = table.split(200, 300)
    assert first.height <= 300 and first.header is header and rest.header is header
    assert first.rows + rest.rows == rows  # cut between rows, none cut in two
    assert first.row_count + rest.row_count == 7


def test_progress_reaches_the_last_issue_on_a_sheet_of_many_pages(seed_ws, tmp_path):
    sheet = build_sheet(Snapshot(seed_ws), SheetOptions())
    seen = []
    pages = render_pdf(sheet, tmp_path / "sheet.pdf", lambda done, total: seen.append((done, total)))
    rows = len(sheet.comparison.rows)
    assert pages > 2
    assert seen and seen[-1] == (rows, rows)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
