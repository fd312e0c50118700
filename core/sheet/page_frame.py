"""What every page of the sheet carries around its content, so a loose page still says what it is.

At the top and bottom: the protective marking (wrapped over as many lines
as it needs, up to ``MAX_BANNER_LINES``), then a running header (title,
round, "changes since …", and the section the page shows, with
"(continued)" where it carries over from the page before) and a footer
("exported …", "Page N of M").

"Page N of M" needs M, known only at the end, so ``SheetCanvas`` holds every
page back and draws the furniture when the document is saved. A bookmark
made while a page is held back would point at the page being written, which
is still page 1; the canvas therefore records each bookmark with its page
and binds it when that page is finally written.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, PageBreak, Spacer
from reportlab.platypus.doctemplate import ActionFlowable, LCActionFlowable
from reportlab.platypus.flowables import UseUpSpace

from core.domain.labels import date_text
from core.i18n import translate
from core.sheet.fonts import FONT, FONT_BOLD, clip_to_width, draw_text
from core.sheet.model import Sheet, SheetError
from core.sheet.pdf_text import break_long_words

MARGIN = 14 * mm
EDGE = 4 * mm  # paper edge to banner: inside every printer's unprintable margin
BANNER_SIZE, BANNER_LEADING, BANNER_PADDING = 10, 12, 4
MAX_BANNER_LINES = 3
RUNNING_SIZE = 8.5  # header and footer lines
RUNNING_GAP = 2.5 * mm
# Flowables that only steer the layout: a page that starts with one of them has not yet shown anything.
LAYOUT_ONLY = (ActionFlowable, LCActionFlowable, Spacer, CondPageBreak, PageBreak, UseUpSpace)


def banner_lines(sheet: Sheet, page_width: float) -> list[str]:
    """The marking cut into lines that fit between the margins; refused when it would take too many."""
    text = sheet.marking.text
    if not text:
        return []
    width = page_width - 2 * MARGIN - 2 * BANNER_PADDING
    lines = simpleSplit(break_long_words(" ".join(text.split()), FONT_BOLD, BANNER_SIZE, width),
                        FONT_BOLD, BANNER_SIZE, width)
    if len(lines) > MAX_BANNER_LINES:
        raise SheetError(translate("Sheet", "the marking is too long for the page: it takes {lines} lines and at most {most} fit; shorten it").format(lines=len(lines), most=MAX_BANNER_LINES))
    return lines


def banner_height(lines: list[str]) -> float:
    return len(lines) * BANNER_LEADING + 2 * BANNER_PADDING if lines else 0.0


def margins(sheet: Sheet, page_width: float) -> tuple[float, float]:
    """Top and bottom margins of the content frame: edge, banner, running line and a gap."""
    banner = banner_height(banner_lines(sheet, page_width))
    furniture = EDGE + banner + (2 * mm if banner else 0) + RUNNING_SIZE + RUNNING_GAP + 2 * mm
    return furniture, furniture


def running_header(sheet: Sheet) -> str:
    """Title · round (date) · changes since … — the left half of every page's header."""
    comparison = sheet.comparison
    parts = [sheet.title]
    if comparison.round:
        parts.append(f"{comparison.round.name} ({date_text(comparison.round.date)})")
    if comparison.previous_round:
        parts.append(f"changes since {comparison.previous_round.name}")
    return " · ".join(parts)


class SheetCanvas(pdfcanvas.Canvas):
    """Holds every page until the end, then draws the marking, running lines and 'Page N of M'."""

    sheet: Sheet

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._fresh_page_state()

    def _fresh_page_state(self) -> None:
        self.pending_bookmarks: list[tuple[str, dict]] = []
        self.page_section: tuple[str, bool] | None = None  # (section name, continued from the page before)

    def bookmarkPage(self, key, **kwargs):  # noqa: N802 (ReportLab's name)
        """Bound to its page when the page is written (see the module's docstring)."""
        self.pending_bookmarks.append((key, kwargs))

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self._fresh_page_state()

    def save(self):
        total = len(self._pages)
        self._banner = banner_lines(self.sheet, self._pagesize[0])
        self._header = running_header(self.sheet)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            for key, kwargs in self.pending_bookmarks:
                super().bookmarkPage(key, **kwargs)
            self._furniture(number, total)
            super().showPage()
        super().save()

    def _furniture(self, number: int, total: int) -> None:
        width, height = self._pagesize
        marking = self.sheet.marking
        banner = banner_height(self._banner)
        usable = width - 2 * MARGIN
        lines, state = self.beginText(), {}
        if banner:
            lines.setFillColor(colors.HexColor(marking.colour))
            for y in (height - EDGE - banner, EDGE):
                self.setFillColor(colors.HexColor(marking.background))
                self.rect(MARGIN, y, usable, banner, stroke=0, fill=1)
                if marking.background.upper() == "#FFFFFF":
                    self.setStrokeColor(colors.black)
                    self.rect(MARGIN, y, usable, banner, stroke=1, fill=0)
                for n, line in enumerate(self._banner):
                    baseline = y + banner - BANNER_PADDING - (n + 1) * BANNER_LEADING + 3
                    draw_text(lines, width / 2, baseline, line, FONT_BOLD, BANNER_SIZE, "centre", state=state)
        gap = 2 * mm if banner else 0
        lines.setFillColor(colors.HexColor("#444444"))
        header_y = height - EDGE - banner - gap - RUNNING_SIZE
        section = ""
        if self.page_section:
            name, continued = self.page_section
            section = f"{name} (continued)" if continued else name
        section = clip_to_width(section, FONT_BOLD, RUNNING_SIZE, usable * 0.4)
        left_room = usable - (self.stringWidth(section, FONT_BOLD, RUNNING_SIZE) if section else 0) - 6 * mm
        draw_text(lines, MARGIN, header_y, clip_to_width(self._header, FONT, RUNNING_SIZE, left_room),
                  FONT, RUNNING_SIZE, state=state)
        if section:
            draw_text(lines, width - MARGIN, header_y, section, FONT_BOLD, RUNNING_SIZE, "right", state=state)
        footer_y = EDGE + banner + gap + 1
        page = f"Page {number} of {total}"
        left_room = usable - self.stringWidth(page, FONT, RUNNING_SIZE) - 6 * mm
        footer = clip_to_width(f"{self.sheet.title} — exported {self.sheet.exported_on}", FONT, RUNNING_SIZE,
                               left_room)
        draw_text(lines, MARGIN, footer_y, footer, FONT, RUNNING_SIZE, state=state)
        draw_text(lines, width - MARGIN, footer_y, page, FONT, RUNNING_SIZE, "right", state=state)
        self.drawText(lines)


class SheetDocument(BaseDocTemplate):
    """Adds a PDF outline entry for each section heading, and tells each page which section it shows."""

    current_section: str | None = None

    def afterFlowable(self, flowable):  # noqa: N802 (ReportLab's name)
        canvas = self.canv
        key = getattr(flowable, "outline_key", None)
        heading = key and getattr(flowable, "outline_level", 0) == 0
        if canvas.page_section is None:
            if heading:
                canvas.page_section = (flowable.outline_title, False)
            elif self.current_section and not isinstance(flowable, LAYOUT_ONLY):
                canvas.page_section = (self.current_section, True)
        if heading:
            self.current_section = flowable.outline_title
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(flowable.outline_title, key, level=0, closed=False)
        progress = getattr(self, "progress", None)
        rows = getattr(flowable, "row_count", 0)
        if progress and rows:
            self.rows_done += rows
            progress(self.rows_done, self.rows_total)
