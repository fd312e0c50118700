"""The worst case for the PDF: every text field at its length limit, with no spaces.

    python -m tests.benchmarks.long_text

Builds the seed workspace with every limited text field filled to its limit
with one unbroken word of wide letters, exports the comparison sheet (quotes
included, all parties) and prints the time. The README promises under 10 s.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path

from core.compare.comparison import Snapshot
from core.domain.registry import REGISTRY
from core.interchange.seed import seed_document
from core.sheet.model import SheetOptions, build_sheet
from core.sheet.pdf import render_pdf
from core.store.workspace import open_workspace
from core.interchange.json_document import import_document
from core.domain.validation import LIMITS, problems_with


def longest_document(letter: str = "W") -> dict:
    """The seed document with every limited field at its limit (URLs stay valid addresses)."""
    document = seed_document()
    for table, rows in document.items():
        if table not in REGISTRY.names():
            continue
        names = {f.name for f in dataclasses.fields(REGISTRY.table(table).record)}
        for row in rows:
            for name, limit in LIMITS.items():
                if name not in names:
                    continue
                before = row.get(name)
                if name == "url":
                    row[name] = "https://example.org/" + letter * (limit - len("https://example.org/"))
                else:
                    row[name] = letter * limit
                if problems_with(REGISTRY.table(table).record.from_row(row)):  # a choice (a party's role), not text
                    row[name] = before
            if table == "citations":  # the report's text is all one letter: any passage of it is
                row.update(passage_start=0, passage_end=len(row["passage"]))
            assert problems_with(REGISTRY.table(table).record.from_row(row)) == [], (table, problems_with(REGISTRY.table(table).record.from_row(row)))
    return document


def render_longest(folder: Path) -> tuple[float, int]:
    """Seconds to render the worst case, and its page count."""
    workspace = open_workspace(folder / "longest.parley")
    try:
        import_document(workspace, longest_document())
        snapshot = Snapshot(workspace, detached=True)  # used after the file is closed
    finally:
        workspace.close()
    party_ids = [p.id for p in snapshot.parties]
    sheet = build_sheet(snapshot, SheetOptions(party_ids=party_ids, include_quotes=True))
    start = time.perf_counter()
    pages = render_pdf(sheet, folder / "longest.pdf")
    return time.perf_counter() - start, pages


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seconds, pages = render_longest(Path(tmp))
    print(f"pdf_longest_text: {seconds:.2f} s ({pages} pages; limit 10 s)")


if __name__ == "__main__":
    main()
