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

from reportlab.lib.pagesizes import A4, landscape, letter, portrait
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from core.domain.labels import citation_sentence_parts, format_value, stance_text
from core.collector_pause import collector_paused
from core.i18n import for_others
from core.sheet.fonts import FONT, UnprintableText, refuse_unprintable, register_fonts
from core.sheet.front_page import front_page, later_figures
from core.sheet.model import Sheet, SheetError
from core.sheet.page_frame import MARGIN, SheetCanvas, SheetDocument, margins
from core.sheet.pdf_text import Paragraph, Styles, fit_to_width, plain
from core.sheet.sheet_table import track_table
from core.store.atomic_files import atomic_target
from core.store.file_access import refuse_workspace_as_output

# The narrowest party column: 12 pt is 4 pt of text inside its padding, already barely legible;
# below some 8 pt ReportLab cannot lay a cell out at all (negative width). A4 portrait takes
# 24 parties, A4 landscape 36 (tests/core/sheet/test_many_parties.py).
ISSUE_SHARE, STATUS_SHARE, COMMON_SHARE = 0.15, 0.11, 0.16  # of the page's usable width
PARTY_COLUMN_SHARE = 1 - ISSUE_SHARE - STATUS_SHARE - COMMON_SHARE  # what the parties share
MIN_PARTY_COLUMN = 12.0

Progress = Callable[[int, int], None]
# The language of the sheet's own words (headings, legend); a position's text may be in any language.
SHEET_LANGUAGE = "en-GB"


class ExportCancelled(Exception):
    """Raised by a progress callback to stop a render; nothing is written."""


def text(value: str | None) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


def printed_texts(sheet: Sheet):
    """``(where, text)`` for every piece of user text the sheet prints, for ``refuse_unprintable``."""
    comparison = sheet.comparison
    yield "the title", sheet.title
    yield "the marking", sheet.marking.text
    yield "the description", comparison.negotiation.description
    for line in sheet.selection:
        yield "the selection", line
    for party in comparison.parties:
        yield f"party “{party.name}”", party.name
    for row in comparison.rows:
        where = f"issue “{row.issue.name}”"
        yield where, row.issue.name
        yield where, row.track.name if row.track else ""
        if row.status:
            yield where, row.status.common_ground
        for cell in row.cells:
            for position in (cell.position, cell.previous):
                if position is not None:
                    yield where, stance_text(position)
                    yield where, format_value(position)
                    for further in comparison.further_figures(position):
                        yield where, further
                    yield where, position.quote
                    yield where, sheet.original_line(position)
                    speaker = comparison.people.get(position.speaker_id or "")
                    yield where, speaker.name if speaker else ""
            if cell.position is not None:
                yield where, sheet.disagreement(cell.position)  # outlets' names and the reports' own versions
    for number, report in enumerate(sheet.notes, start=1):
        for _, words in citation_sentence_parts(report, sheet.comparison.outlets.get(report.outlet_id or "")):
            yield f"report note [{number}]", words


def page_size(sheet: Sheet) -> tuple[float, float]:
    size = A4 if sheet.options.paper == "a4" else letter
    return landscape(size) if sheet.options.landscape else portrait(size)


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


def section_heading(title: str, key: str, styles: Styles, usable: float) -> Paragraph:
    """A heading that opens a section: a level-0 bookmark, and the name the running header shows."""
    heading = fit_to_width(plain(title, styles.track), usable)
    heading.outline_key = key
    heading.outline_title = title
    return heading


def _story(sheet: Sheet, styles: Styles, usable: float, split_in_row: bool) -> list:
    comparison = sheet.comparison
    story = [fit_to_width(plain(sheet.title, styles.title), usable)]
    if comparison.negotiation.description:
        story.append(fit_to_width(plain(comparison.negotiation.description, styles.meta), usable))
    for line in sheet.selection:
        story.append(fit_to_width(plain(line, styles.meta), usable))
    story.append(plain(f"Exported {sheet.exported_on}", styles.meta))

    def heading(title: str, key: str) -> Paragraph:
        return section_heading(title, key, styles, usable)

    story += front_page(sheet, styles, usable, heading)
    story.append(PageBreak())  # the tables start on a page of their own
    widths = _widths(sheet, usable)
    groups: list[tuple] = []
    for row in comparison.rows:
        if not groups or groups[-1][0] is not row.track:
            groups.append((row.track, []))
        groups[-1][1].append(row)
    first_number = 1
    for index, (track, rows) in enumerate(groups):
        # Start a new page rather than leave a heading without room for a row under it.
        story.append(CondPageBreak(35 * mm))
        story.append(heading(track.name if track else "Other issues", f"track-{index}"))
        story.append(track_table(sheet, rows, first_number, styles, widths, split_in_row))
        first_number += len(rows)
    story += later_figures(sheet, styles, usable, heading)
    if sheet.notes:
        story.append(heading("Reports", "sources"))
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
    The file is private to its owner (0600), whatever its marking. Its words,
    dates and numbers are fixed English (``for_others``), whatever the window's language.
    """
    refuse_too_many_parties(sheet)
    refuse_workspace_as_output(target)  # an export never replaces a workspace (the window's included)
    register_fonts()
    try:
        refuse_unprintable(printed_texts(sheet))
    except UnprintableText as exc:
        raise SheetError(str(exc)) from None
    margins(sheet, page_size(sheet)[0])  # a marking too long for the page is refused before any file
    target = Path(target)
    # The refusals above speak the window's language; the file's words, dates and numbers are fixed English.
    with for_others(), atomic_target(target, create=True) as temporary, collector_paused():  # private: TLP:RED
        try:
            pages = _build(sheet, str(temporary), progress, split_in_row=False)
        except LayoutError:
            # A row taller than a page cannot stay whole: only then may rows split.
            pages = _build(sheet, str(temporary), progress, split_in_row=True)
    return pages


def _build(sheet: Sheet, path: str, progress: Progress | None, split_in_row: bool) -> int:
    width, height = page_size(sheet)
    top, bottom = margins(sheet, width)
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
        keywords=sheet.marking.text,  # the marking travels with the file, for a search or a mail filter
        lang=SHEET_LANGUAGE,
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
        made.setViewerPreference("DisplayDocTitle", "true")  # the title bar shows the title, not the file name
        return made

    story = _story(sheet, styles, width - 2 * MARGIN, split_in_row)
    if not split_in_row and any(getattr(f, "height_floor", 0) > frame.height for f in story):
        # A row certainly taller than a page: fail now rather than after laying out every page before it.
        raise LayoutError("a row is taller than a page")
    doc.build(story, canvasmaker=make_canvas)
    return doc.page
