"""One rule and one set of defaults for the window and the command line."""

import re
import subprocess

import pytest

from core.cli import main
from core.compare.comparison import Snapshot
from core.sheet.model import DEFAULT_MARKING_TEXT, SheetError, SheetOptions, build_sheet


@pytest.mark.parametrize("round_, since", [("Round 1", "Round 3"), ("Round 2", "Round 2"), (None, "Round 3")])
def test_since_at_or_after_the_round_shown_exits_2_in_one_line(capsys, seed_path, tmp_path, round_, since):
    target = tmp_path / "sheet.pdf"
    argv = ["export", "--workspace", str(seed_path), "--output", str(target), "--since", since]
    status = main(argv + (["--round", round_] if round_ else []))
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "earlier round" in err and f"“{since}”" in err
    assert not target.exists()


def test_the_rule_lives_in_core(seed_ws):
    snapshot = Snapshot(seed_ws)
    rounds = {r.name: r.id for r in snapshot.rounds}
    with pytest.raises(SheetError, match="earlier round"):
        build_sheet(snapshot, SheetOptions(round_id=rounds["Round 1"], since_round_id=rounds["Round 3"]))
    build_sheet(snapshot, SheetOptions(round_id=rounds["Round 3"], since_round_id=rounds["Round 1"]))


def test_the_command_line_defaults_to_landscape_and_the_default_marking(capsys, seed_path, tmp_path):
    target = tmp_path / "sheet.pdf"
    assert main(["export", "--workspace", str(seed_path), "--output", str(target)]) == 0
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+841.89 x 595.27", info)  # A4 landscape
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count(DEFAULT_MARKING_TEXT) == 2
    bare = tmp_path / "bare.pdf"
    assert main(["export", "--workspace", str(seed_path), "--output", str(bare), "--no-marking", "--portrait"]) == 0
    assert DEFAULT_MARKING_TEXT not in subprocess.run(["pdftotext", str(bare), "-"], capture_output=True,
                                                      text=True, check=True).stdout
