"""The front page: counts per round that add up, a chart of them, small charts of figures, and what moved."""

from core.compare.comparison import Snapshot
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from tests.core.sheet.test_pdf import flat, pdftext
from tests.core.sheet.test_pdf_movement import moved_ws  # noqa: F401 (a fixture)


def test_counts_add_up_to_the_issues_with_no_status_and_one_sided_agreement_apart(seed_ws):
    sheet = build_sheet(Snapshot(seed_ws), SheetOptions())
    issues = len(sheet.comparison.rows)
    assert issues == 9
    assert [c.round.name for c in sheet.round_counts] == ["Round 1", "Round 2", "Round 3"]
    for counts in sheet.round_counts:
        assert counts.total == issues
    last = sheet.round_counts[-1].counts
    assert last["agreed_one_side"] == 1 and last["agreed_both"] == 0  # the seed's one agreement is Russia's claim
    assert last["none"] == 3
    assert sheet.round_counts[0].counts["none"] == issues  # nothing recorded at Round 1


def test_counts_follow_the_issues_shown(seed_ws):
    snapshot = Snapshot(seed_ws)
    track = snapshot.tracks[0]
    sheet = build_sheet(snapshot, SheetOptions(track_ids={track.id}))
    assert all(c.total == len(sheet.comparison.rows) < 9 for c in sheet.round_counts)


def test_front_page_prints_counts_legend_moves_and_figures(moved_ws, tmp_path):  # noqa: F811
    ws, rounds = moved_ws
    snapshot = Snapshot(ws)
    sheet = build_sheet(snapshot, SheetOptions(since_round_id=rounds["Round 1"]))
    path = tmp_path / "front.pdf"
    render_pdf(sheet, path)
    front = flat(pdftext(path, 1) + pdftext(path, 2) + pdftext(path, 3))
    assert "Each round’s counts add up to the 9 issues on this sheet" in front
    assert "Agreed (one side)" in front and "No status recorded" in front
    assert "How to read this sheet" in front and "No stated position" in front
    assert "What moved since Round 1" in front
    assert "Prisoner-of-war exchange — Ukraine new; Russia new; status Agreed (both) → Agreed according to Russia" \
        in front
    ceasefire = next(s for s in sheet.figures if s.issue.name.startswith("Ceasefire"))
    russia = next(p.id for p in sheet.comparison.parties if p.name == "Russia")
    assert ceasefire.points[russia] == [(1, 72.0, 72.0), (2, 72.0, 72.0), (3, 24.0, 48.0)]
    assert "Figures over the rounds" in front and f"{ceasefire.number}. Ceasefire: length and scope (hours)" in front


def test_the_tables_start_on_a_page_of_their_own(seed_ws, tmp_path):
    path = tmp_path / "seed.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions()), path)
    assert "Common ground" not in pdftext(path, 1)
