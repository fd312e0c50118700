"""No character is dropped silently: it prints in a shipped fallback font, or the export is refused naming it."""

import subprocess

import pytest

from core.cli import main
from core.compare.comparison import Snapshot
from core.sheet.model import Marking, SheetError, SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from core.store.workspace import open_workspace
from tests.core.sheet.test_pdf import flat, pdftext

GEORGIAN = "საქართველოს დელეგაცია მხარს უჭერს ცეცხლის შეწყვეტას"
ARMENIAN = "Հայաստանի պատվիրակություն"


def with_stance(ws, stance, party="Ukraine"):
    parties = {p.name: p.id for p in ws.parties()}
    issue = next(i for i in ws.issues() if i.name.startswith("Ceasefire"))
    latest = ws.rounds()[-1]
    position = next(p for p in ws.positions()
                    if (p.issue_id, p.party_id, p.round_id) == (issue.id, parties[party], latest.id))
    position.stance = stance
    ws.update(position)
    return Snapshot(ws)


def test_georgian_and_armenian_stances_print_and_extract(seed_ws, tmp_path):
    snapshot = with_stance(seed_ws, f"{GEORGIAN} / {ARMENIAN}")
    path = tmp_path / "georgian.pdf"
    render_pdf(build_sheet(snapshot, SheetOptions(title="Переговори · მოლაპარაკება",
                                                  marking=Marking.free_text("ОФІЦІЙНО · ოფიციალური"))), path)
    text = flat(pdftext(path))
    assert flat(GEORGIAN) in text
    assert flat(ARMENIAN) in text
    assert "ოფიციალური" in flat(pdftext(path, 2))  # the banner of a later page, in its fallback font
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansGeorgian" in fonts and "NotoSansArmenian" in fonts


def test_an_arrow_of_a_status_move_is_not_lost(seed_ws, tmp_path):
    snapshot = with_stance(seed_ws, "From 24 → 72 hours")
    path = tmp_path / "arrow.pdf"
    render_pdf(build_sheet(snapshot, SheetOptions()), path)
    assert "From 24 → 72 hours" in flat(pdftext(path))


@pytest.mark.parametrize("stance, named", [
    ("وقف إطلاق النار", "ARABIC LETTER"),
    ("停火 48 小时", "CJK UNIFIED IDEOGRAPH"),
    ("Ceasefire 🕊", "DOVE OF PEACE"),
])
def test_characters_no_font_has_refuse_the_export_naming_them(seed_ws, tmp_path, stance, named):
    snapshot = with_stance(seed_ws, stance)
    path = tmp_path / "refused.pdf"
    with pytest.raises(SheetError) as refused:
        render_pdf(build_sheet(snapshot, SheetOptions()), path)
    message = str(refused.value)
    assert named in message and "Ceasefire: length and scope" in message
    assert "\n" not in message
    assert not path.exists()


def test_the_command_line_refuses_in_one_line(seed_path, tmp_path, capsys):
    ws = open_workspace(seed_path)
    try:
        with_stance(ws, "وقف إطلاق النار")
    finally:
        ws.close()
    out = tmp_path / "sheet.pdf"
    status = main(["export", "--workspace", str(seed_path), "--output", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "ARABIC LETTER" in err and "Right-to-left" in err
    assert not out.exists()
