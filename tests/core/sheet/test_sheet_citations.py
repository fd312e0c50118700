"""The sheet names each position's reports with their grades and prints a disagreement as such (issue 11)."""

import re
import subprocess

from core.compare.comparison import Snapshot
from core.domain.records import Citation, Outlet, Report
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.pdf import render_pdf

SYNTHETIC = "Synthetic test report. The side hands over 12,000 bodies in all. Nothing else is said here."


def disputed(seed_ws):
    """The seed's bodies position, cited again by two made-up outlets' reports, one with another figure."""
    position = next(p for p in seed_ws.positions() if p.stated and p.value_low == 3000)
    first, second = Outlet(name="Outlet One", reliability="B"), Outlet(name="Outlet Two", reliability="C")
    one = Report(title="Synthetic report one", outlet_id=first.id, text=SYNTHETIC)
    two = Report(title="Synthetic report two", outlet_id=second.id, text=SYNTHETIC)
    start = SYNTHETIC.index("The side")
    end = SYNTHETIC.index("all.") + 4
    passage = SYNTHETIC[start:end]
    seed_ws.insert_many([first, second, one, two,
                         Citation(report_id=one.id, position_id=position.id, passage_start=start, passage_end=end,
                                  passage=passage, credibility=2),
                         Citation(report_id=two.id, position_id=position.id, passage_start=start, passage_end=end,
                                  passage=passage, credibility=3, value_low=12000, value_high=12000,
                                  value_unit="bodies")])
    return position


def pdf_text(path):
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def test_a_disagreement_prints_each_version_with_who_carries_it(seed_ws, tmp_path):
    disputed(seed_ws)
    path = tmp_path / "disputed.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    text = pdf_text(path)
    assert "Reports differ:" in text
    assert "3,000 bodies (Outlet One, B2; report [1], F6)" in text
    assert "12,000 bodies (Outlet Two, C3)" in text
    assert "Outlet One (reliability B)" in text and "Outlet Two (reliability C)" in text


def test_agreeing_reports_print_no_disagreement(seed_ws, tmp_path):
    path = tmp_path / "seed.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    assert "Reports differ:" not in pdf_text(path)  # the legend names the mark; no cell carries it


def test_further_labelled_figures_print_under_the_compared_one(seed_ws, tmp_path):
    from core.domain.records import Figure

    position = next(p for p in seed_ws.positions() if p.stated and p.value_low == 1200)
    seed_ws.insert(Figure(position_id=position.id, label="synthetic label", low=7, high=7, unit="test units"))
    path = tmp_path / "figures.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    assert "synthetic label: 7 test units" in pdf_text(path)


def test_the_original_language_text_reaches_the_sheet_with_the_quotes(seed_ws, tmp_path):
    """Issue 13: the window showed the original text, the sheet never printed it."""
    position = next(p for p in seed_ws.positions() if p.stated and p.quote)
    position.original_text, position.original_language = "Синтетичний текст для перевірки", "uk"
    position.translation = "Synthetic text for the check"
    seed_ws.update(position)
    path = tmp_path / "original.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    assert "Original (uk): Синтетичний текст для перевірки" in pdf_text(path)
    without = tmp_path / "without.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions(include_quotes=False)), without)
    assert "Синтетичний" not in pdf_text(without)
