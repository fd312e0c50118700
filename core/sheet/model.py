"""The comparison sheet: what a PDF (or any printed form) of a comparison holds.

It is built from the same ``Comparison`` the window's table shows, plus what
paper needs: a title, the selection and filters applied, the protective
marking, quotes, and the sources as numbered notes. Renderers read only
this object, so screen and paper cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.compare.comparison import Comparison, RowFilter, Snapshot
from core.domain.records import Position, Report
from core.i18n import for_others, translate
from core.sheet.summary import FigureSeries, Moved, RoundCounts, counts_by_round, figure_series, moved_since

PAPER_SIZES = ("a4", "letter")
# TLP 2.0 labels, with the colour FIRST gives each label's text.
TLP_LEVELS = {
    "red": ("TLP:RED", "#FF2B2B"),
    "amber+strict": ("TLP:AMBER+STRICT", "#FFC000"),
    "amber": ("TLP:AMBER", "#FFC000"),
    "green": ("TLP:GREEN", "#33FF00"),
    "clear": ("TLP:CLEAR", "#FFFFFF"),
}


class SheetError(ValueError):
    """The options name something the workspace does not have; the message says what."""


@dataclass
class Marking:
    """The protective marking printed at the top and bottom of every page."""

    text: str = ""
    colour: str = "#000000"  # text colour
    background: str = "#FFFFFF"

    @classmethod
    def free_text(cls, text: str) -> Marking:
        return cls(text=text.strip(), colour="#000000", background="#FFFFFF")

    @classmethod
    def tlp(cls, level: str) -> Marking:
        key = level.strip().lower().removeprefix("tlp:")
        if key not in TLP_LEVELS:
            raise SheetError(f"unknown TLP level “{level}”; use one of: {', '.join(TLP_LEVELS)}")
        label, colour = TLP_LEVELS[key]
        return cls(text=label, colour=colour, background="#000000")


# The one set of defaults that the window's export dialog and ``parley export`` both start from:
# landscape, since a party per column needs the width, and a marking, since an unmarked copy of a
# sensitive sheet is the worse mistake (``--no-marking`` or "None" in the dialog prints none).
DEFAULT_LANDSCAPE = True
DEFAULT_MARKING_TEXT = "OFFICIAL-SENSITIVE"
DEFAULT_PAPER = "a4"


def default_marking() -> Marking:
    return Marking.free_text(DEFAULT_MARKING_TEXT)


@dataclass
class SheetOptions:
    round_id: str | None = None
    since_round_id: str | None = None
    track_ids: set[str] | None = None
    issue_ids: set[str] | None = None
    party_ids: list[str] | None = None
    marking: Marking = field(default_factory=default_marking)
    landscape: bool = DEFAULT_LANDSCAPE
    paper: str = DEFAULT_PAPER
    include_quotes: bool = True
    title: str = ""


@dataclass
class Sheet:
    title: str
    comparison: Comparison
    options: SheetOptions
    exported_on: str
    selection: list[str]
    notes: list[Report]  # numbered from 1 in this order
    note_numbers: dict[str, int]  # report id -> note number
    round_counts: list[RoundCounts] = field(default_factory=list)  # the front page's counts, round by round
    figures: list[FigureSeries] = field(default_factory=list)  # the front page's small charts
    moved: list[Moved] = field(default_factory=list)  # what moved since the comparison round

    def position_notes(self, position: Position) -> str:
        """'[1 F6; 2 B2]': the notes of the reports a position rests on, each with its grade."""
        from core.compare.citations import citation_grade

        comparison = self.comparison
        marks = []
        for citation in comparison.citations_of(position):
            number = self.note_numbers.get(citation.report_id)
            if number is not None:
                mark = f"{number} {citation_grade(citation, comparison.reports, comparison.outlets)}"
                if mark not in marks:
                    marks.append(mark)
        return f"[{'; '.join(marks)}]" if marks else ""

    def original_line(self, position: Position) -> str:
        """'Original (uk): …': the words as said, printed with the quotes so paper and window agree."""
        if not (self.options.include_quotes and position.stated and position.original_text):
            return ""
        language = f" ({position.original_language})" if position.original_language else ""
        return f"Original{language}: {position.original_text}"

    def disagreement(self, position: Position) -> str:
        """'6,000 bodies (TASS, C3) · 6,000 for 6,000 (Ukrainska Pravda, B2)' where the reports disagree."""
        from core.compare.citations import disagreement_line

        comparison = self.comparison

        def name_of(report, outlet) -> str:
            if outlet is not None:
                return outlet.name
            number = self.note_numbers.get(report.id) if report is not None else None
            return f"report [{number}]" if number else "a report"

        return disagreement_line(position, comparison.citations_of(position), comparison.reports,
                                 comparison.outlets, name_of)

    @property
    def marking(self) -> Marking:
        return self.options.marking


def refuse_since_not_earlier(snapshot: Snapshot, round_id: str | None, since_round_id: str | None) -> None:
    """Changes are marked since an EARLIER round: a comparison round at or after the round shown is refused.

    One rule for the window and the command line (which exits 2 on it).
    """
    if since_round_id is None or not snapshot.rounds:
        return
    shown = snapshot.rounds_by_id.get(round_id) if round_id else snapshot.rounds[-1]
    since = snapshot.rounds_by_id.get(since_round_id)
    if shown is None or since is None:
        return
    if snapshot.round_index[since.id] >= snapshot.round_index[shown.id]:
        if since.id == shown.id:
            message = translate("Sheet", "changes are marked since an earlier round, and “{since}” is the round "
                                         "shown, “{shown}”; choose a round before it")
        else:
            message = translate("Sheet", "changes are marked since an earlier round, and “{since}” comes after the "
                                         "round shown, “{shown}”; choose a round before it")
        raise SheetError(message.format(since=since.name, shown=shown.name))


def build_sheet(snapshot: Snapshot, options: SheetOptions, today: date | None = None) -> Sheet:
    if options.paper not in PAPER_SIZES:
        raise SheetError(translate("Sheet", "unknown paper size “{paper}”; use a4 or letter").format(paper=options.paper))
    refuse_since_not_earlier(snapshot, options.round_id, options.since_round_id)
    with for_others():  # the sheet's words (its selection lines, what moved) are printed: fixed English
        return _compose_sheet(snapshot, options, today)


def _compose_sheet(snapshot: Snapshot, options: SheetOptions, today: date | None) -> Sheet:
    row_filter = RowFilter(track_ids=options.track_ids, issue_ids=options.issue_ids)
    comparison = snapshot.compare(options.round_id, options.party_ids, options.since_round_id,
                                  row_filter if not row_filter.is_empty() else None)
    comparison.load_positions()  # every cell is printed: read them in a few queries
    notes: list[Report] = []
    numbers: dict[str, int] = {}
    for row in comparison.rows:
        for cell in row.cells:
            for citation in comparison.citations_of(cell.position):
                report_id = citation.report_id
                if report_id not in numbers and report_id in snapshot.reports:
                    numbers[report_id] = len(notes) + 1
                    notes.append(snapshot.reports[report_id])
    return Sheet(
        title=options.title or comparison.negotiation.title or "Comparison of positions",
        comparison=comparison,
        options=options,
        exported_on=(today or date.today()).isoformat(),
        selection=describe_selection(snapshot, options, comparison),
        notes=notes,
        note_numbers=numbers,
        round_counts=counts_by_round(snapshot, comparison),
        figures=figure_series(snapshot, comparison),
        moved=moved_since(comparison),
    )


def describe_selection(snapshot: Snapshot, options: SheetOptions, comparison: Comparison) -> list[str]:
    """Lines saying what the sheet shows, so a reader knows what was left out."""
    lines = []
    r = comparison.round
    lines.append(f"Positions as they stood at {r.name} ({r.date})" if r else "No rounds recorded")
    if options.since_round_id and comparison.previous_round:
        lines.append(f"Changes marked since {comparison.previous_round.name} ({comparison.previous_round.date})")
    elif comparison.previous_round:
        lines.append(f"Changes marked since the previous round, {comparison.previous_round.name}")
    lines.append("Parties: " + ", ".join(p.name for p in comparison.parties))
    if options.track_ids is not None:
        names = [t.name for t in snapshot.tracks if t.id in options.track_ids]
        lines.append("Tracks: " + ", ".join(names))
    if options.issue_ids is not None:
        lines.append(f"Issues: {len(comparison.rows)} selected of {len(snapshot.issues)}")
    return lines


def resolve(records: list, wanted: list[str], kind: str, keys=("id", "name")) -> list:
    """Records matching each of ``wanted`` by id or name (case-insensitive); SheetError if one matches none."""
    found = []
    for text in wanted:
        needle = text.strip().casefold()
        match = [r for r in records if any(str(getattr(r, k, "") or "").casefold() == needle for k in keys)]
        if not match:
            names = ", ".join(str(getattr(r, keys[1], "")) for r in records) or "none"
            raise SheetError(f"no {kind} “{text}” in this workspace (there are: {names})")
        found.extend(m for m in match if m not in found)
    return found
