"""The sheet's front page: a legend, status counts per round with their chart, small charts of
each side's figure over the rounds, and what moved since the comparison round.

The counts chart is drawn with ReportLab's own graphics package (``reportlab.graphics``),
the many small charts straight on the canvas (``core.sheet.small_charts``, for speed); all are
vector drawings in the PDF and need no other library. Text in a
drawing is Parley's own (numbers, fixed labels) and in Noto Sans; user text
(issue and party names) goes in paragraphs beside the drawings, where the
fallback fonts reach it.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Path, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from core.domain.labels import NO_POSITION, NO_RECORD
from core.sheet.fonts import FONT
from core.sheet.model import Sheet
from core.sheet.movement import ONE_SIDED_MARK, STATUS_LETTERS
from core.sheet.laid_text import TextFlowable, plain_text
from core.sheet.pdf_text import Styles, plain
from core.sheet.small_charts import GRID, MARKERS, chart_grid, marker_outline
from core.sheet.sheet_table import NO_STATUS_TINT, STATUS_TINTS
from core.sheet.summary import COUNT_COLUMNS

# The counts chart's colours: the row tints, and a darker green (grey 0.56) for agreement claimed by one side.
COUNT_TINTS = {"agreed_both": STATUS_TINTS["agreed"], "agreed_one_side": "#6FA85C", "none": NO_STATUS_TINT,
               **{key: STATUS_TINTS[key] for key in ("narrowing", "open", "opposed", "not_discussed")}}
FRONT_CHARTS_MAX = 12  # more small charts than this get a section of their own after the tables


def _markers(party_number: int, centres: list[tuple[float, float]], size: float, colour) -> Path:
    """Party ``party_number``'s markers at ``centres``, as one shape: filled circles, squares, triangles or
    diamonds (hollow ones for a fifth party on), as ``SmallChart`` draws them."""
    hollow = party_number >= len(MARKERS)
    path = Path(fillColor=colors.white if hollow else colour, strokeColor=colour if hollow else colors.black,
                strokeWidth=0.8 if hollow else 0.3)
    marker_outline(path, party_number, centres, size)
    return path


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in Noto Sans: the default Helvetica would be listed in the PDF, unembedded."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


def _style(commands: list) -> TableStyle:
    """A table style in Noto Sans: an empty cell would otherwise set Helvetica, listed in the PDF unembedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def legend_rows(sheet: Sheet) -> list[tuple[str, str | None, str]]:
    """(sample, tint or None, meaning): the legend, shared by the PDF and the Word edition."""
    since = sheet.comparison.previous_round.name if sheet.comparison.previous_round else "the round before"
    return [
        (f"{STATUS_LETTERS['agreed']}", STATUS_TINTS["agreed"], "Agreed by both sides (row tint and letter)"),
        (f"{STATUS_LETTERS['agreed']}{ONE_SIDED_MARK}", STATUS_TINTS["agreed"],
         f"Claimed by one side only (“according to …”); {ONE_SIDED_MARK} marks any one-sided status"),
        (STATUS_LETTERS["narrowing"], STATUS_TINTS["narrowing"], "Narrowing"),
        (STATUS_LETTERS["open"], STATUS_TINTS["open"], "Open"),
        (STATUS_LETTERS["opposed"], STATUS_TINTS["opposed"], "Opposed"),
        (STATUS_LETTERS["not_discussed"], STATUS_TINTS["not_discussed"], "Not discussed"),
        (NO_RECORD, NO_STATUS_TINT, "No status recorded (white row); in a party's column: nothing recorded up "
                                    "to the round shown"),
        ("new", None, f"A first position or status since {since}"),
        ("changed", None, f"A position that differs from {since}"),
        ("was:", None, f"The wording at {since}; struck-through words are no longer in it; its figure in "
                       "brackets"),
        ("A → B", None, f"The status moved from A at {since} to B"),
        (NO_POSITION, None, "The party said it takes no position"),
        ("[1 B2]", None, "Report note, listed under Reports at the end, with the Admiralty grade: outlet A–F, "
                         "information 1–6 (F and 6: cannot be judged)"),
        ("Reports differ", None, "The reports give other figures or stances; each version with who carries it"),
        ("gap 120 hours", None, "Under an issue: the distance between the two sides’ figures; “ranges "
                                "overlap” where they meet"),
        ("12.", None, "Issue number: it stays the same on every page of this sheet, to cite in a meeting"),
    ]


def _legend(sheet: Sheet, styles: Styles, usable: float) -> Table:
    rows = legend_rows(sheet)
    data, style = [], [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for n, (sample, tint, meaning) in enumerate(rows):
        marker = sample in ("new", "changed")
        data.append([plain(sample, styles.marker if marker else styles.bold), plain(meaning, styles.cell)])
        if tint:
            style.append(("BACKGROUND", (0, n), (0, n), colors.HexColor(tint)))
    table = Table(data, colWidths=[38 * mm, min(usable, 250 * mm) - 38 * mm], hAlign="LEFT")
    table.setStyle(_style(style))
    return table


def _counts_table(sheet: Sheet, styles: Styles) -> Table:
    header = [plain("Round", styles.header)] + [plain(label, styles.header) for _, label in COUNT_COLUMNS]
    header.append(plain("Issues", styles.header))
    data = [header]
    for counts in sheet.round_counts:
        line = [plain(f"{counts.round.name} ({counts.round.date})", styles.cell)]
        line += [plain(str(counts.counts[key]), styles.cell) for key, _ in COUNT_COLUMNS]
        line.append(plain(str(counts.total), styles.bold))
        data.append(line)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    for n, (key, _) in enumerate(COUNT_COLUMNS, start=1):
        style.append(("BACKGROUND", (n, 0), (n, 0), colors.HexColor(COUNT_TINTS[key])))
    table = Table(data, colWidths=[45 * mm] + [25 * mm] * len(COUNT_COLUMNS) + [16 * mm], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(_style(style))
    return table


def _counts_chart(sheet: Sheet, width: float) -> Drawing:
    """Stacked bars, one per round (numbered as in the table), in the row tints."""
    height = 60 * mm
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 30 - 58 * mm, height - 40
    chart.data = [[c.counts[key] for c in sheet.round_counts] for key, _ in COUNT_COLUMNS]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [str(n) for n in range(1, len(sheet.round_counts) + 1)]
    total = max((c.total for c in sheet.round_counts), default=1)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, max(total, 1)
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 8.5
    for n, (key, _) in enumerate(COUNT_COLUMNS):
        chart.bars[n].fillColor = colors.HexColor(COUNT_TINTS[key])
        chart.bars[n].strokeColor, chart.bars[n].strokeWidth = colors.black, 0.3
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 4, "Round", fontName=FONT, fontSize=8.5, textAnchor="middle"))
    legend = Legend()
    legend.x, legend.y = width - 52 * mm, height - 12
    legend.fontName, legend.fontSize, legend.dxTextSpace = FONT, 8.5, 4
    legend.colorNamePairs = [(colors.HexColor(COUNT_TINTS[key]), label) for key, label in reversed(COUNT_COLUMNS)]
    legend.strokeColor, legend.strokeWidth = colors.black, 0.3
    legend.columnMaximum, legend.deltay = len(COUNT_COLUMNS), 12  # one column, top to bottom as the stack
    drawing.add(legend)
    return drawing


def _party_key(sheet: Sheet, styles: Styles) -> Table:
    cells = []
    for n, party in enumerate(sheet.comparison.parties):
        swatch = _drawing(10, 10)
        swatch.add(_markers(n, [(5, 5)], 7, colors.HexColor(party.colour)))
        cells += [swatch, plain(party.name, styles.cell)]
    table = Table([cells], colWidths=[14, 45 * mm] * len(sheet.comparison.parties), hAlign="LEFT")
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
    return table


def small_charts(sheet: Sheet, styles: Styles, usable: float) -> list:
    """The small charts in a grid, with a key to the parties' markers."""
    note = plain("Each side’s figure at each round: a marker at the middle of its range, a thick line over the "
                 "range; rounds numbered as in the counts.", styles.muted)
    return [_party_key(sheet, styles), note, Spacer(1, 2 * mm), chart_grid(sheet, styles.bold, usable)]


def front_page(sheet: Sheet, styles: Styles, usable: float, heading) -> list:
    """The flowables of the front page; ``heading(title, key)`` makes a bookmarked section heading."""
    comparison = sheet.comparison
    story = []
    if sheet.round_counts:
        story.append(heading("Status counts, round by round", "counts"))
        story.append(plain(f"Each round’s counts add up to the {len(comparison.rows)} issues on this sheet.",
                           styles.meta))
        story.append(Spacer(1, 2 * mm))
        story.append(_counts_table(sheet, styles))
        story.append(Spacer(1, 3 * mm))
        story.append(_counts_chart(sheet, min(usable, 240 * mm)))
    story.append(heading("How to read this sheet", "legend"))
    story.append(_legend(sheet, styles, usable))
    since = comparison.previous_round
    if since:
        story.append(heading(f"What moved since {since.name}", "moved"))
        if not sheet.moved:
            story.append(plain(f"Nothing moved since {since.name}.", styles.cell))
        for moved in sheet.moved:  # hundreds of lines on a long sheet: laid out by Parley (issue 15)
            story.append(TextFlowable(plain_text(f"{moved.number}. {moved.issue.name} — {'; '.join(moved.changes)}",
                                                 styles.cell)))
    if sheet.figures and len(sheet.figures) <= FRONT_CHARTS_MAX:
        story.append(KeepTogether([heading("Figures over the rounds", "figures")] + small_charts(sheet, styles,
                                                                                                 usable)))
    elif sheet.figures:
        story.append(Spacer(1, 2 * mm))
        story.append(plain(f"Small charts of each side’s figure for {len(sheet.figures)} issues follow the "
                           "tables, under “Figures over the rounds”.", styles.meta))
    return story


def later_figures(sheet: Sheet, styles: Styles, usable: float, heading) -> list:
    """The small charts after the tables, when there are too many for the front page."""
    if len(sheet.figures) <= FRONT_CHARTS_MAX:
        return []
    return [heading("Figures over the rounds", "figures")] + small_charts(sheet, styles, usable)
