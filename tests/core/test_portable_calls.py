"""Parley runs on Windows and macOS too (issue 9, Build 3): no Linux-only calls in core/ or gui/."""

import re
from pathlib import Path

from core.domain.labels import format_value
from core.domain.records import Position

ROOT = Path(__file__).resolve().parents[2]
LINUX_ONLY = {
    "fcntl (no Windows)": re.compile(r"^\s*(import fcntl|from fcntl )", re.M),
    "a strftime flag glibc alone knows (%-d, %-m, ...)": re.compile(r"%-[a-zA-Z]"),
    "/proc": re.compile(r"[\"']/proc/"),
}


def test_no_linux_only_calls_in_core_or_gui():
    found = []
    for path in sorted([*ROOT.joinpath("core").glob("*.py"), *ROOT.joinpath("gui").glob("*.py")]):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(ROOT)}: {what}" for what, pattern in LINUX_ONLY.items() if pattern.search(text)]
    assert found == []


def test_dates_read_the_same_everywhere():
    position = Position(id="p", issue_id="i", party_id="a", round_id="r", value_qualifier="before",
                        value_date="2025-08-01")
    assert "1 Aug 2025" in format_value(position)
