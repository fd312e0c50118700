"""Figures at the edge of what a float holds still print, or are refused in one line.

The JSON fuzz test found them: a figure of -2e16 made the small charts'
scale zero wide (-2e16 + 1 is -2e16 in floating point), a ZeroDivisionError
that reached the user as a traceback.
"""

import json
import uuid

import pytest

from core.cli import main

IDS = [str(uuid.UUID(int=n + 1)) for n in range(8)]


def document(low, high) -> dict:
    party, issue, first, second = IDS[:4]
    return {"format": "parley-workspace", "format_version": 1,
            "parties": [{"id": party, "name": "A"}],
            "issues": [{"id": issue, "name": "I"}],
            "rounds": [{"id": first, "name": "R1", "date": "2025-05-16"},
                       {"id": second, "name": "R2", "date": "2025-06-02"}],
            "positions": [{"id": IDS[4], "issue_id": issue, "party_id": party, "round_id": first,
                           "stance": "s", "value_low": low, "value_high": high},
                          {"id": IDS[5], "issue_id": issue, "party_id": party, "round_id": second,
                           "stance": "t", "value_low": low, "value_high": high}]}


@pytest.mark.parametrize("low, high", [(-2e16, None), (-2e16, -2e16), (1e300, None), (-1e308, 1e308), (5e15, 5e15 + 1)])
def test_a_huge_figure_prints_or_is_refused_in_one_line(tmp_path, capsys, low, high):
    source, target, sheet = tmp_path / "in.json", tmp_path / "w.parley", tmp_path / "out.pdf"
    source.write_text(json.dumps(document(low, high)))
    if main(["import", str(source), "--new", str(target)]) != 0:
        return  # refused on the way in: the fuzz test checks that refusal's shape
    capsys.readouterr()
    status = main(["export", "--workspace", str(target), "--format", "pdf", "--output", str(sheet)])
    err = capsys.readouterr().err
    if status == 0:
        assert sheet.stat().st_size > 0
    else:
        assert status == 1 and len(err.splitlines()) == 1 and "Traceback" not in err, err
        assert not sheet.exists()
