"""Render a comparison ``Sheet`` to PDF with ReportLab.

Why ReportLab: it lays out paginated tables itself, repeats header rows and
keeps each row whole on one page, embeds subsets of TrueType fonts, and
applies no ligatures (so "Ceasefire" extracts as typed). It needs no Qt and
no system libraries, so the command line renders without a display.

User text is text: it is laid out as ready-made text fragments that never
pass through ReportLab's markup parser (``plain``), so no position can add an
``<img>`` (which would make ReportLab read a file) or a link. The only markup
is Parley's own (source notes), where user text is XML-escaped and the only
links are source URLs that passed validation as http(s) addresses. Skipping
the parser also halves the time a long sheet takes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    LongTable,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.paraparser import ParaParser

from core.store.atomic_files import atomic_target
from core.store.file_access import refuse_workspace_as_output
from core.sheet.pdf_text import fit_to_width, height_floor
from core.domain.labels import (
    CHANGE_COLOUR,
    NO_POSITION,
    NO_RECORD,
    change_mark,
    citation_sentence_parts,
    status_counts_text,
    status_label,
)
from core.resources import resource
from core.sheet.model import Sheet, SheetError

FONT = "ParleySans"
FONT_BOLD = "ParleySans-Bold"
STATUS_TINTS = {
    "agreed": "#D5E8D4",
    "narrowing": "#FFF2CC",
    "open": "#E1E6EA",
    "opposed": "#F8D7D5",
    "not_discussed": "#EEEEEE",
}
MARGIN = 14 * mm
BANNER = 7 * mm
# The narrowest party column: 12 pt is 4 pt of text inside its padding, already barely legible;
# below some 8 pt ReportLab cannot lay a cell out at all (negative width). A4 portrait takes
# 24 parties, A4 landscape 36 (tests/core/sheet/test_many_parties.py).
ISSUE_SHARE, STATUS_SHARE, COMMON_SHARE = 0.15, 0.11, 0.16  # of the page's usable width
PARTY_COLUMN_SHARE = 1 - ISSUE_SHARE - STATUS_SHARE - COMMON_SHARE  # what the parties share
MIN_PARTY_COLUMN = 12.0

Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """Raised by a progress callback to stop a render; nothing is written."""


class Paragraph(_Paragraph):
    """A Paragraph that remembers its last wrap.

    A table measures every cell, measures the rest again each time it splits
    at a page end, and wraps each cell once more to draw it. The line breaks
    depend only on the width, so the second and third wraps are free.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if getattr(self, "_wrapped_at", None) == availWidth:
            return self._wrapped
        self._wrapped = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return self._wrapped

    def split(self, availWidth, availHeight):  # noqa: N803
        self._wrapped_at = None
        return super().split(availWidth, availHeight)


_TEMPLATE_FRAGS: dict[str, object] = {}


def plain(value: str | None, style: ParagraphStyle) -> Paragraph:
    """A paragraph of literal text in one style, built without the markup parser."""
    template = _TEMPLATE_FRAGS.get(style.name)
    if template is None:
        template = _TEMPLATE_FRAGS[style.name] = ParaParser().parse("x", style)[1][0]
    words = " ".join((value or "").split())
    return Paragraph(words, style, frags=[template.clone(text=words)])


def register_fonts() -> None:
    """Noto Sans, shipped in resources/fonts (OFL), embedded as subsets in every PDF."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "NotoSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def text(value: str | None) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


def page_size(sheet: Sheet) -> tuple[float, float]:
    size = A4 if sheet.options.paper == "a4" else letter
    return landscape(size) if sheet.options.landscape else portrait(size)


class Styles:
    def __init__(self):
        base = ParagraphStyle("base", fontName=FONT, bulletFontName=FONT, fontSize=8.5, leading=11)
        self.cell = base
        self.bold = ParagraphStyle("bold", parent=base, fontName=FONT_BOLD)
        self.muted = ParagraphStyle("muted", parent=base, textColor=colors.HexColor("#666666"))
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5)
        self.marker = ParagraphStyle("marker", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9.5,
                                     textColor=colors.HexColor(CHANGE_COLOUR))
        self.header = ParagraphStyle("header", parent=base, fontName=FONT_BOLD, fontSize=9)
        self.title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20,
                                    spaceAfter=4)
        self.track = ParagraphStyle("track", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                                    spaceBefore=8, spaceAfter=4)
        self.meta = ParagraphStyle("meta", parent=base, fontSize=9, leading=12)


class SheetCanvas(pdfcanvas.Canvas):
    """Holds every page until the end, then draws the marking and 'Page N of M'."""

    sheet: Sheet

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(number, total)
            super().showPage()
        super().save()

    def _furniture(self, number: int, total: int) -> None:
        sheet = self.sheet
        width, height = self._pagesize
        marking = sheet.marking
        if marking.text:
            for y in (height - BANNER - 4 * mm, 4 * mm):
                self.setFillColor(colors.HexColor(marking.background))
                self.rect(MARGIN, y, width - 2 * MARGIN, BANNER, stroke=0, fill=1)
                self.setFillColor(colors.HexColor(marking.colour))
                self.setFont(FONT_BOLD, 10)
                self.drawCentredString(width / 2, y + 2.2 * mm, marking.text)
                if marking.background.upper() == "#FFFFFF":
                    self.setStrokeColor(colors.black)
                    self.rect(MARGIN, y, width - 2 * MARGIN, BANNER, stroke=1, fill=0)
        self.setFillColor(colors.HexColor("#444444"))
        self.setFont(FONT, 8)
        footer_y = 4 * mm + BANNER + 2.5 * mm
        self.drawString(MARGIN, footer_y, f"{sheet.title} — exported {sheet.exported_on}")
        self.drawRightString(width - MARGIN, footer_y, f"Page {number} of {total}")


class SheetDocument(BaseDocTemplate):
    """Adds a PDF outline entry for each track heading as it is laid out."""

    def afterFlowable(self, flowable):  # noqa: N802 (ReportLab's name)
        key = getattr(flowable, "outline_key", None)
        if key:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=0, closed=False)
        progress = getattr(self, "progress", None)
        rows = getattr(flowable, "row_count", 0)
        if progress and rows:
            self.rows_done += rows
            progress(self.rows_done, self.rows_total)


def _party_cell(sheet: Sheet, cell, styles: Styles) -> list:
    if cell.position is None:
        return [plain(NO_RECORD, styles.muted)]
    position = cell.position
    parts = []
    if cell.changed:
        parts.append(plain(change_mark(cell.changed, cell.previous), styles.marker))
    if not position.stated:
        parts.append(plain(NO_POSITION, styles.muted))
        return parts
    notes = sheet.position_notes(position)
    parts.append(plain(f"{position.stance} {notes}" if notes else position.stance, styles.cell))
    differ = sheet.disagreement(position)
    if differ:
        parts.append(plain(f"Reports differ: {differ}", styles.marker))
    if cell.value_text:
        parts.append(plain(cell.value_text, styles.bold))
    if sheet.options.include_quotes and position.quote:
        speaker = sheet.comparison.people.get(position.speaker_id or "")
        who = f" — {speaker.name}" if speaker else ""
        when = position.stated_on or (cell.reported_round.date if cell.reported_round else "")
        parts.append(plain(f"“{position.quote}”{who}{', ' + when if when else ''}", styles.small))
    return parts


def _track_table(sheet: Sheet, rows: list, styles: Styles, widths: list[float], split_in_row: bool) -> LongTable:
    comparison = sheet.comparison
    names = {p.id: p.name for p in comparison.parties}
    header = [plain("Issue", styles.header)]
    header += [plain(p.name, styles.header) for p in comparison.parties]
    header += [plain("Status", styles.header), plain("Common ground", styles.header)]
    data = [header]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ECEFF1")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for n, party in enumerate(comparison.parties, start=1):
        style.append(("LINEABOVE", (n, 0), (n, 0), 3, colors.HexColor(party.colour)))
    status_column = len(comparison.parties) + 1
    for number, row in enumerate(rows, start=1):
        issue = [plain(row.issue.name, styles.bold)]
        if row.gap_text:
            issue.append(plain(row.gap_text, styles.small))
        line = [issue]
        line += [_party_cell(sheet, cell, styles) for cell in row.cells]
        status = [plain(status_label(row.status, names), styles.cell)]
        if row.status_changed:
            status.insert(0, plain(change_mark(row.status_changed, row.previous_status), styles.marker))
        line.append(status)
        line.append([plain(row.status.common_ground if row.status else "", styles.cell)])
        data.append(line)
        if row.status:
            tint = STATUS_TINTS.get(row.status.status, "#FFFFFF")
            style.append(("BACKGROUND", (status_column, number), (status_column, number), colors.HexColor(tint)))
    for line in data:
        for cell, width in zip(line, widths):
            for paragraph in cell if isinstance(cell, list) else [cell]:
                fit_to_width(paragraph, width - 8)  # the cell's padding, left and right
    # LongTable keeps the row heights it measured when it splits at a page end.
    table_height_floor = max((height_floor(cells, widths) for cells in data), default=0)
    table = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1 if split_in_row else 0)
    table.setStyle(TableStyle(style))
    table.row_count = len(rows)
    table.height_floor = table_height_floor
    return table


def most_parties(sheet: Sheet) -> int:
    """How many party columns fit across the sheet's page, each at least ``MIN_PARTY_COLUMN`` wide."""
    width, _ = page_size(sheet)
    return int((width - 2 * MARGIN) * PARTY_COLUMN_SHARE // MIN_PARTY_COLUMN)


def refuse_too_many_parties(sheet: Sheet) -> None:
    """A sheet with more parties than fit is refused in one line, before anything is written."""
    most, shown = most_parties(sheet), len(sheet.comparison.parties)
    if shown > most:
        page = f"{sheet.options.paper.upper()} {'landscape' if sheet.options.landscape else 'portrait'}"
        in_landscape = int((page_size(sheet)[1] - 2 * MARGIN) * PARTY_COLUMN_SHARE // MIN_PARTY_COLUMN)
        wider = "" if sheet.options.landscape or shown > in_landscape else ", or try --landscape"
        raise SheetError(f"at most {most} parties fit on one sheet ({page}), and {shown} were chosen; "
                         f"choose them with --party{wider}")


def _widths(sheet: Sheet, usable: float) -> list[float]:
    parties = len(sheet.comparison.parties)
    party = PARTY_COLUMN_SHARE / max(parties, 1)
    return [usable * ISSUE_SHARE] + [usable * party] * parties + [usable * STATUS_SHARE, usable * COMMON_SHARE]


def _story(sheet: Sheet, styles: Styles, usable: float, split_in_row: bool) -> list:
    comparison = sheet.comparison
    story = [fit_to_width(plain(sheet.title, styles.title), usable)]
    if comparison.negotiation.description:
        story.append(fit_to_width(plain(comparison.negotiation.description, styles.meta), usable))
    for line in sheet.selection:
        story.append(fit_to_width(plain(line, styles.meta), usable))
    story.append(plain(f"Exported {sheet.exported_on}", styles.meta))
    counts = comparison.status_counts()
    summary = status_counts_text(counts, " · ")
    story.append(Paragraph(f"<b>Status counts:</b> {summary}", styles.meta))
    story.append(Spacer(1, 3 * mm))
    widths = _widths(sheet, usable)
    groups: list[tuple] = []
    for row in comparison.rows:
        if not groups or groups[-1][0] is not row.track:
            groups.append((row.track, []))
        groups[-1][1].append(row)
    for index, (track, rows) in enumerate(groups):
        heading = fit_to_width(plain(track.name if track else "Other issues", styles.track), usable)
        heading.outline_key = f"track-{index}"
        heading.outline_title = track.name if track else "Other issues"
        # Start a new page rather than leave a heading without room for a row under it.
        story.append(CondPageBreak(35 * mm))
        story.append(heading)
        story.append(_track_table(sheet, rows, styles, widths, split_in_row))
    if sheet.notes:
        notes_heading = plain("Reports", styles.track)
        notes_heading.outline_key = "sources"
        notes_heading.outline_title = "Reports"
        story.append(notes_heading)
        for number, report in enumerate(sheet.notes, start=1):
            outlet = sheet.comparison.outlets.get(report.outlet_id or "")
            parts = []
            for part, words in citation_sentence_parts(report, outlet):
                if part == "outlet":
                    words += f" (reliability {outlet.reliability if outlet else 'F'})"
                if part != "url":
                    parts.append(text(words))
                elif words.startswith(("http://", "https://")):
                    parts.append(f'<a href={quoteattr(words)} color="#1565C0">{text(words)}</a>')
            story.append(Paragraph(f"[{number}] " + ". ".join(parts) + ".", styles.cell))
    return story


def render_pdf(sheet: Sheet, target: str | os.PathLike, progress: Progress | None = None) -> int:
    """Write ``sheet`` to ``target`` as PDF; returns the number of pages.

    The PDF is built in a temporary file beside the target (``atomic_files``)
    and renamed over it only when complete, so a failure never leaves a
    half-written file, and a kill leaves only what the next export sweeps.
    The file is private to its owner (0600), whatever its marking.
    """
    refuse_too_many_parties(sheet)
    refuse_workspace_as_output(target)  # an export never replaces a workspace (the window's included)
    register_fonts()
    target = Path(target)
    with atomic_target(target, create=True) as temporary:  # private from the start: a sheet may be TLP:RED
        try:
            pages = _build(sheet, str(temporary), progress, split_in_row=False)
        except LayoutError:
            # A row taller than a page cannot stay whole: only then may rows split.
            pages = _build(sheet, str(temporary), progress, split_in_row=True)
    return pages


def _build(sheet: Sheet, path: str, progress: Progress | None, split_in_row: bool) -> int:
    width, height = page_size(sheet)
    top = BANNER + 8 * mm if sheet.marking.text else 10 * mm
    bottom = BANNER + 10 * mm
    doc = SheetDocument(
        path,
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=bottom,
        title=sheet.title,
        subject="Comparison of negotiating positions: " + "; ".join(sheet.selection),
        author="Parley",
        creator="Parley",
        keywords=sheet.marking.text,
        # Start each page in Noto Sans: the default Helvetica would be listed, unembedded.
        initialFontName=FONT,
        initialFontSize=9,
    )
    frame = Frame(MARGIN, bottom, width - 2 * MARGIN, height - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    doc.progress = progress
    doc.rows_done = 0
    doc.rows_total = len(sheet.comparison.rows)
    styles = Styles()
    canvas_class = type("BoundSheetCanvas", (SheetCanvas,), {"sheet": sheet})

    def make_canvas(*args, **kwargs):
        made = canvas_class(*args, **kwargs)
        made.showOutline()
        return made

    story = _story(sheet, styles, width - 2 * MARGIN, split_in_row)
    if not split_in_row and any(getattr(f, "height_floor", 0) > frame.height for f in story):
        # A row certainly taller than a page: fail now rather than after laying out every page before it.
        raise LayoutError("a row is taller than a page")
    doc.build(story, canvasmaker=make_canvas)
    return doc.page
