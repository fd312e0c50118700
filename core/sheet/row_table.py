"""A table flowable for the sheet's tracks: each row laid out once, split between rows, drawn in one text object.

Why not ReportLab's ``LongTable``: it wraps every cell to measure the table,
again for the rest of the table each time it splits at a page end, and once
more to draw it; with ``Paragraph`` cells that was most of a 500-issue
sheet's time (issue 15). Here every cell is laid out once when the table is
made (``core.sheet.laid_text``), so a row's height is known before any page
is: splitting is a sum, and a row taller than a page is known at once.

It draws what the LongTable did: the header row repeated at the top of
every page, a background per row, the grid, a thick coloured line above
chosen header cells, cells aligned to the top with the same padding, and
keeps each row whole on a page unless ``split_in_row`` (only when some row
is taller than a page), when the row at a page end is cut between lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from core.sheet.laid_text import Laid, Text

TOP_PADDING = BOTTOM_PADDING = 3  # ReportLab's table defaults


@dataclass
class Row:
    cells: list[list[Laid]]
    background: object = None  # a ReportLab colour, or None for none
    whole: bool = True  # False for the first part of a row split at a page end
    height: float = 0.0

    def __post_init__(self):
        self.height = max((sum(laid.height for laid in cell) for cell in self.cells), default=0.0) \
            + TOP_PADDING + BOTTOM_PADDING


@dataclass
class TableLook:
    """What does not change from piece to piece: widths, paddings, grid, header lines."""

    widths: list[float]
    left_padding: float
    right_padding: float
    grid_width: float
    grid_colour: object
    header_lines: list[tuple[int, float, object]] = field(default_factory=list)  # (column, width, colour)


def lay_out_row(texts: list[list[Text]], look: TableLook, background=None) -> Row:
    inner = [width - look.left_padding - look.right_padding for width in look.widths]
    return Row([[text.lay_out(width) for text in cell] for cell, width in zip(texts, inner)], background)


class RowTable(Flowable):
    """A header row (or none) and body rows, laid out already; splits between rows (see the module's docstring).

    A cell holds ``Laid`` texts, or anything else with a ``height`` and ``draw_at`` (a small chart).
    """

    hAlign = "LEFT"  # noqa: N815 (ReportLab's name)

    def __init__(self, header: Row | None, rows: list[Row], look: TableLook, split_in_row: bool,
                 counted: bool = True):
        super().__init__()
        self.header, self.rows, self.look, self.split_in_row = header, rows, look, split_in_row
        self.counted = counted
        self.width = sum(look.widths)
        self.header_height = header.height if header else 0.0
        self.height = self.header_height + sum(row.height for row in rows)
        # How many issues this piece finishes, for the progress callback (core.sheet.page_frame).
        self.row_count = sum(1 for row in rows if row.whole) if counted else 0
        # The tallest row with its header: more than a page means rows must split (core.sheet.pdf._build).
        self.height_floor = self.header_height + max((row.height for row in rows), default=0.0)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        room = availHeight - self.header_height
        fitting = 0
        for row in self.rows:
            if row.height > room:
                break
            room -= row.height
            fitting += 1
        if fitting == len(self.rows):
            return [self]
        head, rest = self.rows[:fitting], self.rows[fitting:]
        if self.split_in_row and room > TOP_PADDING + BOTTOM_PADDING:
            parts = _split_row(rest[0], room)
            if parts:
                head, rest = head + [parts[0]], [parts[1]] + rest[1:]
        if not head:
            return []
        return [RowTable(self.header, head, self.look, self.split_in_row, self.counted),
                RowTable(self.header, rest, self.look, self.split_in_row, self.counted)]

    def draw(self):
        canvas, look = self.canv, self.look
        rows = ([self.header] if self.header else []) + self.rows
        lefts = [0.0]
        for width in look.widths:
            lefts.append(lefts[-1] + width)
        tops, top = [], self.height
        for row in rows:
            tops.append(top)
            top -= row.height
        canvas.saveState()
        for row, top in zip(rows, tops):
            if row.background is not None:
                canvas.setFillColor(row.background)
                canvas.rect(0, top - row.height, self.width, row.height, stroke=0, fill=1)
        text_object = canvas.beginText()
        state: dict = {"strikes": []}
        for row, top in zip(rows, tops):
            for cell, left in zip(row.cells, lefts):
                y = top - TOP_PADDING
                for laid in cell:
                    laid.draw_at(canvas, text_object, left + look.left_padding, y, state)
                    y -= laid.height
        canvas.drawText(text_object)
        for x1, y, x2, colour in state["strikes"]:
            canvas.setStrokeColor(colour)
            canvas.line(x1, y, x2, y)
        canvas.setLineCap(1)  # round, as ReportLab's tables draw their lines
        if look.grid_width:
            canvas.setLineWidth(look.grid_width)
            canvas.setStrokeColor(look.grid_colour)
            path = canvas.beginPath()
            for y in tops + [0.0]:
                path.moveTo(0, y)
                path.lineTo(self.width, y)
            for x in lefts:
                path.moveTo(x, 0)
                path.lineTo(x, self.height)
            canvas.drawPath(path, stroke=1, fill=0)
        for column, width, colour in look.header_lines:
            canvas.setLineWidth(width)
            canvas.setStrokeColor(colour)
            canvas.line(lefts[column], self.height, lefts[column + 1], self.height)
        canvas.restoreState()


def _split_row(row: Row, room: float) -> tuple[Row, Row] | None:
    """``row`` cut between lines so that its first part takes at most ``room``; None if no line fits."""
    room -= TOP_PADDING + BOTTOM_PADDING
    firsts, seconds, any_line = [], [], False
    for cell in row.cells:
        first, second, left = [], [], room
        for laid in cell:
            if not second and laid.height <= left:
                first.append(laid)
                left -= laid.height
                continue
            if second or not hasattr(laid, "split"):  # after a cut, or a chart: all to the next page
                second.append(laid)
                continue
            keep = int(left // laid.text.style.leading) if left > 0 else 0
            if keep > 0:
                head, tail = laid.split(keep)
                first.append(head)
                second.append(tail)
                any_line = True
            else:
                second.append(laid)
        any_line = any_line or bool(first)
        firsts.append(first)
        seconds.append(second)
    if not any_line:
        return None
    return Row(firsts, row.background, whole=False), Row(seconds, row.background, whole=row.whole)
