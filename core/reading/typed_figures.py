"""A position's further labelled figures, typed as lines of text: "age limit: under 25".

The position dialog shows a position's ``figures`` rows one a line
(``figure_lines``) and reads what the analyst typed back into rows
(``read_figure_lines``) with the reading engine's own figure reader, so
"at least 1,000 per side" or "шість тисяч" is a number with its unit and
qualifier, as when a report is read. A line that is unchanged keeps its row
(and id), so an edit touches only the lines that changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from core.domain.labels import labelled_figure_text
from core.domain.records import Figure
from core.edits.changes import RowChange
from core.i18n import translate
from core.reading.figures import read_figures
from core.reading.filing import store_figure
from core.store.workspace import row_of


def figure_lines(figures: Sequence[Figure]) -> str:
    """One line per figure, in order: 'label: figure'."""
    return "\n".join(labelled_figure_text(f) for f in sorted(figures, key=lambda f: f.sort_order))


def read_figure_lines(text: str, position_id: str, old: Sequence[Figure] = (),
                      language: str | None = None) -> tuple[list[Figure], list[str]]:
    """The figures the lines say, and a sentence for each line that holds no figure."""
    kept = {labelled_figure_text(f): f for f in old}
    figures: list[Figure] = []
    problems: list[str] = []
    for number, line in enumerate((line.strip() for line in text.splitlines()), start=1):
        if not line:
            continue
        order = len(figures)
        if line in kept:
            figures.append(replace(kept.pop(line), sort_order=order))
            continue
        label, colon, rest = line.partition(":")
        words = rest if colon else line
        found = next((v for f in read_figures(words, language) if (v := store_figure(f))), None)
        if found is None:
            problems.append(translate("TypedFigures", "Further figures, line {number}: no number or date in “{line}”.")
                            .format(number=number, line=line[:60]))
            continue
        figures.append(Figure(position_id=position_id, label=(label.strip() if colon else found["label"])[:200],
                              low=found["low"], high=found["high"], unit=found["unit"],
                              qualifier=found["qualifier"], date=found["date"], sort_order=order))
    return figures, problems


def figure_changes(old: Sequence[Figure], new: Sequence[Figure]) -> list[RowChange]:
    """Rows to delete, update and insert so that the position's figures are ``new``."""
    before = {f.id: f for f in old}
    after = {f.id: f for f in new}
    changes = [RowChange("figures", row_of(f), None) for i, f in before.items() if i not in after]
    for figure in new:
        was = before.get(figure.id)
        if was is None:
            changes.append(RowChange("figures", None, row_of(figure)))
        elif was != figure:
            changes.append(RowChange("figures", row_of(was), row_of(figure)))
    return changes
