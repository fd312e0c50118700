"""The Word edition of the sheet, with python-docx: the PDF's content, editable.

An official edits this one before sending it on, so it is built from Word's
own parts, not drawn: real tables whose header row repeats on every page
(``w:tblHeader``), the marking in every page's header and footer, "Page N of
M" as fields, headings a reader can navigate by. It reads the same ``Sheet``
as the PDF: the legend, the status counts, what moved, numbered issues,
stances with figures, quotes, report notes and "was:" wording, and the
status by letter and row tint. The small charts are the PDF's alone (Word
has no chart python-docx can write); the counts they draw are in the table.

User text enters as text runs, never as markup, so nothing in a position can
add a field, a link or an image. Characters outside the reader's fonts are
Word's to substitute, as it does for any document.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell

from core.domain.labels import NO_POSITION, NO_RECORD, change_mark, citation_sentence_parts, status_label
from core.i18n import for_others
from core.sheet.front_page import legend_rows
from core.sheet.model import Sheet
from core.sheet.movement import earlier_figure, earlier_wording, status_letter, status_move
from core.sheet.page_frame import running_header
from core.sheet.pdf import COMMON_SHARE, ISSUE_SHARE, PARTY_COLUMN_SHARE, STATUS_SHARE
from core.sheet.sheet_table import NO_STATUS_TINT, STATUS_TINTS
from core.sheet.summary import COUNT_COLUMNS
from core.store.atomic_files import write_export
from core.store.file_access import refuse_workspace_as_output

PAPER_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}
MARGIN_MM = 12
BODY_PT = 9.5  # the PDF's body size: at least 9.5 pt (issue 13)
SMALL_PT = 9.5
MARKER_COLOUR = RGBColor(0xB3, 0x4A, 0x00)
MUTED_COLOUR = RGBColor(0x61, 0x61, 0x61)
# Word refuses XML 1.0's control characters; a stance pasted from elsewhere may carry them.
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 13)}


def clean(value: str | None) -> str:
    return (value or "").translate(_CONTROL)


def _shade(cell, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#"))
    properties.append(shading)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _new_row(table) -> list[_Cell]:
    """A new row's cells. python-docx's ``add_row().cells`` walks every cell of the table, which made a
    500-issue sheet quadratic; these are built from the new row alone."""
    row = table.add_row()
    return [_Cell(tc, row) for tc in row._tr.tc_lst]


def _keep_whole(row) -> None:
    """A row is not split across pages (as in the PDF), unless it is taller than a page."""
    split = OxmlElement("w:cantSplit")
    split.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(split)


def _set_widths(table, widths) -> None:
    """Fixed column widths: LibreOffice reads the grid, Word the cells; both are set."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _field(paragraph, instruction: str, size: float = 8) -> None:
    """A Word field (PAGE, NUMPAGES) that the reader's program fills in."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(size)
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)
        else:
            run.text = text


def _run(paragraph, text: str, bold: bool = False, size: float = BODY_PT, colour: RGBColor | None = None,
         strike: bool = False):
    run = paragraph.add_run(clean(text))
    # Only what differs from the Normal style: each property set is an XML element python-docx places by
    # a scan of its siblings, and setting all of them made the 500-issue sheet twice as slow.
    if bold:
        run.bold = True
    if size != BODY_PT:
        run.font.size = Pt(size)
    if strike:
        run.font.strike = True
    if colour is not None:
        run.font.color.rgb = colour
    return run


def _line(container, text: str = "", bold: bool = False, size: float = BODY_PT, colour=None, first=False):
    """A paragraph in a cell (reusing its empty first paragraph) or in the document."""
    paragraph = container.paragraphs[0] if first and container.paragraphs and not container.paragraphs[0].text \
        else container.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(1)
    if text:
        _run(paragraph, text, bold, size, colour)
    return paragraph


def _page_setup(document, sheet: Sheet) -> None:
    section = document.sections[0]
    short, long = PAPER_MM[sheet.options.paper]
    if sheet.options.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(long), Mm(short)
    else:
        section.page_width, section.page_height = Mm(short), Mm(long)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    marking = sheet.marking.text
    header = section.header.paragraphs[0]
    if marking:
        _run(header, marking, bold=True, size=10)
        header = section.header.add_paragraph()
    _run(header, running_header(sheet), size=8, colour=MUTED_COLOUR)
    footer = section.footer.paragraphs[0]
    _run(footer, f"{sheet.title} — exported {sheet.exported_on} — Page ", size=8, colour=MUTED_COLOUR)
    _field(footer, "PAGE")
    _run(footer, " of ", size=8, colour=MUTED_COLOUR)
    _field(footer, "NUMPAGES")
    if marking:
        _run(section.footer.add_paragraph(), marking, bold=True, size=10)
    style = document.styles["Normal"]
    style.font.name = "Noto Sans"
    style.font.size = Pt(BODY_PT)


def _front_page(document, sheet: Sheet) -> None:
    comparison = sheet.comparison
    if sheet.round_counts:
        document.add_heading("Status counts, round by round", level=1)
        _line(document, f"Each round’s counts add up to the {len(comparison.rows)} issues on this sheet.")
        table = document.add_table(rows=1, cols=len(COUNT_COLUMNS) + 2)
        table.style = "Table Grid"
        cells = table.rows[0].cells
        for cell, label in zip(cells, ["Round", *(label for _, label in COUNT_COLUMNS), "Issues"]):
            _line(cell, label, bold=True, first=True)
        _repeat_header(table.rows[0])
        for counts in sheet.round_counts:
            cells = table.add_row().cells
            _line(cells[0], f"{counts.round.name} ({counts.round.date})", first=True)
            for cell, (key, _) in zip(cells[1:], COUNT_COLUMNS):
                _line(cell, str(counts.counts[key]), first=True)
            _line(cells[-1], str(counts.total), bold=True, first=True)
    document.add_heading("How to read this sheet", level=1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for sample, tint, meaning in legend_rows(sheet):
        cells = table.add_row().cells
        _line(cells[0], sample, bold=True, first=True,
              colour=MARKER_COLOUR if sample in ("new", "changed") else None)
        if tint and tint != NO_STATUS_TINT:
            _shade(cells[0], tint)
        _line(cells[1], meaning, first=True)
    _set_widths(table, [Mm(38), _usable(sheet) - Mm(38)])
    since = comparison.previous_round
    if since:
        document.add_heading(f"What moved since {since.name}", level=1)
        if not sheet.moved:
            _line(document, f"Nothing moved since {since.name}.")
        for moved in sheet.moved:
            _line(document, f"{moved.number}. {moved.issue.name} — {'; '.join(moved.changes)}")


def _party_cell(cell, sheet: Sheet, row_cell) -> None:
    if row_cell.position is None:
        _line(cell, NO_RECORD, colour=MUTED_COLOUR, first=True)
        return
    position = row_cell.position
    first = True
    if row_cell.changed:
        _line(cell, change_mark(row_cell.changed, row_cell.previous), bold=True, colour=MARKER_COLOUR, first=True)
        first = False
    if not position.stated:
        _line(cell, NO_POSITION, colour=MUTED_COLOUR, first=first)
    else:
        notes = sheet.position_notes(position)
        _line(cell, f"{position.stance} {notes}" if notes else position.stance, first=first)
        differ = sheet.disagreement(position)
        if differ:
            _line(cell, f"Reports differ: {differ}", colour=MARKER_COLOUR)
        if row_cell.value_text:
            label = f"{position.value_label}: " if position.value_label else ""
            _line(cell, label + row_cell.value_text, bold=True)
        for further in sheet.comparison.further_figures(position):
            _line(cell, further)
        if sheet.options.include_quotes and position.quote:
            speaker = sheet.comparison.people.get(position.speaker_id or "")
            who = f" — {speaker.name}" if speaker else ""
            when = position.stated_on or (row_cell.reported_round.date if row_cell.reported_round else "")
            _line(cell, f"“{position.quote}”{who}{', ' + when if when else ''}", size=SMALL_PT)
        original = sheet.original_line(position)
        if original:
            _line(cell, original, size=SMALL_PT)
    segments = earlier_wording(row_cell)
    if segments:
        paragraph = _line(cell)
        _run(paragraph, "was: ", bold=True, size=SMALL_PT)
        for op, words in segments:
            _run(paragraph, words, size=SMALL_PT, strike=op == "removed")
        figure = earlier_figure(row_cell)
        if figure:
            _run(paragraph, f" ({figure})", size=SMALL_PT)


def _shares(parties: int) -> list[float]:
    """The PDF's column shares of the page's width: issue, each party, status, common ground."""
    return [ISSUE_SHARE, *[PARTY_COLUMN_SHARE / max(parties, 1)] * parties, STATUS_SHARE, COMMON_SHARE]


def _usable(sheet: Sheet):
    short, long = PAPER_MM[sheet.options.paper]
    return Mm((long if sheet.options.landscape else short) - 2 * MARGIN_MM)


def _track_table(document, sheet: Sheet, rows: list, first_number: int) -> None:
    comparison = sheet.comparison
    names = {p.id: p.name for p in comparison.parties}
    table = document.add_table(rows=1, cols=len(comparison.parties) + 3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    header = table.rows[0].cells
    for cell, label in zip(header, ["Issue", *(p.name for p in comparison.parties), "Status", "Common ground"]):
        _line(cell, label, bold=True, first=True)
        _shade(cell, "#ECEFF1")
    _repeat_header(table.rows[0])
    for offset, row in enumerate(rows):
        cells = _new_row(table)
        _line(cells[0], f"{first_number + offset}. {row.issue.name}", bold=True, first=True)
        if row.gap_text:
            _line(cells[0], row.gap_text, size=SMALL_PT)
        for cell, row_cell in zip(cells[1:], row.cells):
            _party_cell(cell, sheet, row_cell)
        move = status_move(row, names)
        status_cell = cells[-2]
        if move:
            _line(status_cell, move, bold=True, colour=MARKER_COLOUR, first=True)
        label = f"{status_letter(row.status)}  {status_label(row.status, names)}" if row.status else NO_RECORD
        _line(status_cell, label, bold=True, first=not move)
        _line(cells[-1], row.status.common_ground if row.status else "", first=True)
        tint = STATUS_TINTS.get(row.status.status, NO_STATUS_TINT) if row.status else NO_STATUS_TINT
        if tint != NO_STATUS_TINT:
            for cell in cells:
                _shade(cell, tint)
        _keep_whole(cells[0]._parent)
    usable = _usable(sheet)
    _set_widths(table, [int(usable * share) for share in _shares(len(comparison.parties))])


def _core_properties(document, sheet: Sheet) -> None:
    properties = document.core_properties
    properties.title = clean(sheet.title)[:255]
    properties.subject = clean("Comparison of negotiating positions: " + "; ".join(sheet.selection))[:255]
    properties.author = "Parley"
    properties.keywords = clean(sheet.marking.text)[:255]
    properties.language = "en-GB"
    properties.comments = ""


def build_docx(sheet: Sheet) -> bytes:
    """The Word edition's bytes, in fixed English whatever the window's language (``for_others``)."""
    with for_others():
        return _build_docx(sheet)


def _build_docx(sheet: Sheet) -> bytes:
    document = Document()
    _page_setup(document, sheet)
    _core_properties(document, sheet)
    comparison = sheet.comparison
    document.add_heading(clean(sheet.title), level=0)
    if comparison.negotiation.description:
        _line(document, comparison.negotiation.description)
    for line in sheet.selection:
        _line(document, line, colour=MUTED_COLOUR)
    _line(document, f"Exported {sheet.exported_on}", colour=MUTED_COLOUR)
    _front_page(document, sheet)
    groups: list[tuple] = []
    for row in comparison.rows:
        if not groups or groups[-1][0] is not row.track:
            groups.append((row.track, []))
        groups[-1][1].append(row)
    first_number = 1
    for track, rows in groups:
        heading = document.add_heading(clean(track.name if track else "Other issues"), level=1)
        heading.paragraph_format.page_break_before = first_number == 1
        _track_table(document, sheet, rows, first_number)
        first_number += len(rows)
    if sheet.notes:
        document.add_heading("Reports", level=1)
        for number, report in enumerate(sheet.notes, start=1):
            outlet = comparison.outlets.get(report.outlet_id or "")
            parts = []
            for part, words in citation_sentence_parts(report, outlet):
                if part == "outlet":
                    words += f" (reliability {outlet.reliability if outlet else 'F'})"
                parts.append(words)
            _line(document, f"[{number}] " + ". ".join(parts) + ".")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_docx(sheet: Sheet, target: str | Path) -> None:
    """Write the Word edition to ``target`` (atomically, private like every export)."""
    refuse_workspace_as_output(target)
    write_export(Path(target), build_docx(sheet))
