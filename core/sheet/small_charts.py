"""The small charts of each side's figure over the rounds, drawn straight onto the canvas.

Why not a ``reportlab.graphics`` Drawing, as the front page's other charts:
a 500-issue sheet has hundreds of these, and a Drawing checks every
attribute set on a shape and renders through a state tracker, which made
the charts a third of the whole PDF's time (issue 15). ``SmallChart`` draws
the same shapes (axes, the two axis values, the first and last round
numbers, a line through each side's middles, a thick line over each range,
a marker per round) with the canvas's own path operators, in Noto Sans.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

from core.domain.labels import format_number
from core.sheet.fonts import FONT
from core.sheet.laid_text import fill, move_to, plain_text, show, width_of
from core.sheet.row_table import Row, RowTable, TableLook

SMALL_CHART = (62 * mm, 26 * mm)
LEFT, BOTTOM, RIGHT, TOP = 34, 12, 6, 4  # the plot's margins inside the chart
AXIS_SIZE = 7.5
CELL_LEFT, CELL_RIGHT = 2, 6  # the grid's cell padding (ReportLab's table default on the right)
GRID = colors.HexColor("#9E9E9E")
MARKERS = ("circle", "square", "triangle", "diamond")  # a shape per party, so parties differ in grey too
CORNERS = {"square": [(-1, -1), (1, -1), (1, 1), (-1, 1)], "triangle": [(-1, -1), (1, -1), (0, 1)],
           "diamond": [(0, -1), (1, 0), (0, 1), (-1, 0)]}
CIRCLE_HANDLE = 0.5523  # Bézier handle length for a quarter circle, of the radius


def marker_outline(path, party_number: int, centres: list[tuple[float, float]], size: float) -> None:
    """Add party ``party_number``'s markers at ``centres`` to ``path`` (a canvas path or a graphics
    ``Path``): circles, squares, triangles or diamonds by party."""
    close = path.closePath if hasattr(path, "closePath") else path.close
    kind = MARKERS[party_number % len(MARKERS)]
    half = size / 2
    for x, y in centres:
        if kind == "circle":
            k = half * CIRCLE_HANDLE
            path.moveTo(x + half, y)
            path.curveTo(x + half, y + k, x + k, y + half, x, y + half)
            path.curveTo(x - k, y + half, x - half, y + k, x - half, y)
            path.curveTo(x - half, y - k, x - k, y - half, x, y - half)
            path.curveTo(x + k, y - half, x + half, y - k, x + half, y)
        else:
            corners = CORNERS[kind]
            path.moveTo(x + corners[0][0] * half, y + corners[0][1] * half)
            for cx, cy in corners[1:]:
                path.lineTo(x + cx * half, y + cy * half)
        close()


class SmallChart:
    """One issue: each party's figure (a marker at the middle, a line over its range) round by round.

    A cell item of a ``RowTable``: its axis labels go into the table's text object, its shapes onto the canvas.
    """

    def __init__(self, series, parties: list[tuple[str, object]], rounds: int):
        self.width, self.height = SMALL_CHART
        self.series, self.parties, self.rounds = series, parties, max(rounds, 1)  # parties: (id, colour)

    def draw_at(self, canvas, text_object, x: float, top: float, state: dict) -> None:
        series, rounds = self.series, self.rounds
        width, height = self.width, self.height
        bottom = top - height
        lows = [low for points in series.points.values() for _, low, _ in points]
        highs = [high for points in series.points.values() for _, _, high in points]
        floor, ceiling = min(0.0, min(lows)), max(highs)
        if not ceiling - floor > 0:  # one value only; past 2**53, floor + 1 == floor, so widen by its own size
            ceiling = floor + max(1.0, abs(floor))

        def at(round_number: int, value: float) -> tuple[float, float]:
            across = (round_number - 1) / (rounds - 1) if rounds > 1 else 0.5
            return (x + LEFT + (width - LEFT - RIGHT) * across,
                    bottom + BOTTOM + (height - BOTTOM - TOP) * (value - floor) / (ceiling - floor))

        fill(text_object, colors.black, state)
        for value in (floor, ceiling):
            label = format_number(value)
            move_to(text_object, x + LEFT - 3 - width_of(label, FONT, AXIS_SIZE), at(1, value)[1] - 3)
            show(text_object, label, FONT, AXIS_SIZE, state)
        for number in sorted({1, rounds}):
            label = str(number)
            move_to(text_object, at(number, floor)[0] - width_of(label, FONT, AXIS_SIZE) / 2, bottom + 2)
            show(text_object, label, FONT, AXIS_SIZE, state)
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(GRID)
        axes = canvas.beginPath()
        axes.moveTo(x + LEFT, top - TOP)
        axes.lineTo(x + LEFT, bottom + BOTTOM)
        axes.lineTo(x + width - RIGHT, bottom + BOTTOM)
        canvas.drawPath(axes, stroke=1, fill=0)
        for n, (party_id, colour) in enumerate(self.parties):
            points = series.points.get(party_id)
            if points:
                self._party(canvas, n, colour, points, at)

    @staticmethod
    def _party(canvas, n: int, colour, points, at) -> None:
        middles = [at(r, (low + high) / 2) for r, low, high in points]
        canvas.setStrokeColor(colour)
        if len(middles) > 1:
            canvas.setLineWidth(1)
            line = canvas.beginPath()
            line.moveTo(*middles[0])
            for point in middles[1:]:
                line.lineTo(*point)
            canvas.drawPath(line, stroke=1, fill=0)
        ranges = [(x, at(r, low)[1], at(r, high)[1]) for (r, low, high), (x, _) in zip(points, middles)
                  if high != low]
        if ranges:
            canvas.setLineWidth(2)
            bars = canvas.beginPath()
            for x, low, high in ranges:
                bars.moveTo(x, low)
                bars.lineTo(x, high)
            canvas.drawPath(bars, stroke=1, fill=0)
        hollow = n >= len(MARKERS)
        canvas.setFillColor(colors.white if hollow else colour)
        canvas.setStrokeColor(colour if hollow else colors.black)
        canvas.setLineWidth(0.8 if hollow else 0.3)
        markers = canvas.beginPath()
        marker_outline(markers, n, middles, 5)
        canvas.drawPath(markers, stroke=1, fill=1)


def chart_grid(sheet, title_style, usable: float) -> RowTable:
    """The small charts, each under its issue's number, name and unit, as many across as fit, rows kept whole."""
    width = SMALL_CHART[0] + 4 * mm
    across = max(1, int(usable // width))
    look = TableLook([width] * across, CELL_LEFT, CELL_RIGHT, 0, None)
    rounds = len(sheet.round_counts)
    parties = [(party.id, colors.HexColor(party.colour)) for party in sheet.comparison.parties]
    cells = []
    for series in sheet.figures:
        title = f"{series.number}. {series.issue.name}" + (f" ({series.unit})" if series.unit else "")
        cells.append([plain_text(title, title_style).lay_out(width - CELL_LEFT - CELL_RIGHT),
                      SmallChart(series, parties, rounds)])
    rows = [Row(cells[n:n + across]) for n in range(0, len(cells), across)]
    return RowTable(None, rows, look, split_in_row=False, counted=False)
