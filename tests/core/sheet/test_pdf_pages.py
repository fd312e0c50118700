"""Every page of the sheet says what it is, and every bookmark opens the page it names."""

import subprocess

import pytest
from pypdf import PdfReader

from core.compare.comparison import Snapshot
from core.sheet.model import Marking, SheetError, SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from tests.core.sheet.test_pdf import flat, pdftext
from tests.generate_workspace import generate


@pytest.fixture(scope="module")
def long_sheet(tmp_path_factory):
    """120 issues in one track, 3 rounds: many pages, the track carried over page ends."""
    folder = tmp_path_factory.mktemp("long")
    workspace_path = folder / "long.parley"
    generate(workspace_path, issues=120, parties=2, rounds=3, seed=3)
    from core.store.workspace import open_workspace

    ws = open_workspace(workspace_path, read_only=True)
    try:
        snapshot = Snapshot(ws, detached=True)  # used after the file is closed
    finally:
        ws.close()
    options = SheetOptions(marking=Marking.free_text("OFFICIAL-SENSITIVE"), since_round_id=snapshot.rounds[0].id)
    sheet = build_sheet(snapshot, options)
    path = folder / "long.pdf"
    pages = render_pdf(sheet, path)
    return path, pages, sheet


def outline(reader):
    """(level, title, page number from 1) for every bookmark, in order."""
    found = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_each_bookmark_opens_the_page_that_shows_its_track_or_issue(long_sheet):
    path, pages, sheet = long_sheet
    reader = PdfReader(path)
    marks = outline(reader)
    issues = [m for m in marks if m[0] == 1]
    tracks = [m for m in marks if m[0] == 0]
    assert len(issues) == len(sheet.comparison.rows)
    assert {t[1] for t in tracks} >= {"Track 1"}
    assert len({page for _, _, page in issues}) > 2, "bookmarks spread over the pages"
    for level, title, page in marks:
        text = flat(pdftext(path, page))
        name = title.split(". ", 1)[1] if level == 1 else title
        assert flat(name) in text, (title, page)
    last_number, last_title = len(issues), issues[-1][1]
    assert last_title.startswith(f"{last_number}. ")


def test_a_later_page_names_title_round_since_track_and_its_number(long_sheet):
    path, pages, sheet = long_sheet
    assert pages >= 4
    text = flat(pdftext(path, 3))
    assert text.count("OFFICIAL-SENSITIVE") == 2
    assert sheet.title in text
    assert "Round 3" in text and "changes since Round 1" in text
    assert f"Page 3 of {pages}" in text
    headers = [pdftext(path, n).splitlines() for n in range(2, pages + 1)]
    assert any("Track 1 (continued)" in " ".join(lines) for lines in headers)


def test_a_long_marking_wraps_inside_the_page(seed_ws, tmp_path):
    words = "OFFICIAL-SENSITIVE FOR NAMED RECIPIENTS ONLY: DO NOT FORWARD, COPY OR DISCUSS OUTSIDE THE DELEGATION"
    path = tmp_path / "marked.pdf"
    render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions(marking=Marking.free_text(words), landscape=False)), path)
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout
    import re

    width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))
    for word in ("OFFICIAL-SENSITIVE", "DELEGATION"):
        for x_min, x_max in re.findall(rf'xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>{word}<', boxes):
            assert 0 < float(x_min) and float(x_max) < width, word
    assert flat(words) in flat(pdftext(path, 1, raw=False)) or all(w in flat(pdftext(path, 1)) for w in words.split())


def test_a_marking_too_long_for_the_page_is_refused(seed_ws, tmp_path):
    path = tmp_path / "refused.pdf"
    with pytest.raises(SheetError, match="marking is too long"):
        render_pdf(build_sheet(Snapshot(seed_ws), SheetOptions(marking=Marking.free_text("SECRET " * 200))), path)
    assert not path.exists()


def test_the_pdf_says_its_language_shows_its_title_and_carries_the_marking(seed_path, tmp_path):
    """Issue 13, item 7: /Lang, /DisplayDocTitle, and the marking in the keywords."""
    import pypdf

    from core.cli import main

    target = tmp_path / "meta.pdf"
    assert main(["export", "--workspace", str(seed_path), "--output", str(target), "--tlp", "amber"]) == 0
    reader = pypdf.PdfReader(target)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata["/Keywords"] == "TLP:AMBER"
    assert reader.metadata["/Title"] == "Russia–Ukraine talks in Istanbul, 2025"
