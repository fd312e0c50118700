"""Citing a passage of a report, and storing a report read from a file or pasted.

The report viewer lets the analyst select a passage and cite it for a
position; the Reports list adds a report read by ``core.reports``. Both are
editing rules (what the edit writes, and when it is refused), so they live
here, Qt-free, and the window only pushes the ``ChangeSet`` they return.

Offsets are Python string offsets (code points) into the report's text
exactly as stored; the window converts from Qt's UTF-16 positions before
calling. A refused edit raises ``EditRefused`` whose ``str()`` is one
sentence for the user, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.domain.labels import format_number, source_name
from core.domain.records import Citation, Outlet, Report
from core.domain.validation import NAME_LIMIT, problems_with
from core.edits.changes import ChangeSet, insertion
from core.i18n import translate
from core.reports import ReportText


class EditRefused(ValueError):
    """An edit a rule refuses; ``str()`` is the sentence to show, and nothing was written."""


def cite_passage(report: Report, text: str, start: int, end: int, position_id: str,
                 credibility: int = 6, sort_order: int = 0) -> ChangeSet:
    """Cite ``text[start:end]`` of ``report`` for the position ``position_id``, as one undoable step.

    ``text`` is the report's full stored text (``report`` may be a head
    without it). Whitespace around the selection is left out, since a mouse
    selection often takes the line end with it; the offsets move with it so
    they still cut the passage exactly. Refused: a passage outside the text,
    an empty one (or only spaces), and a credibility outside 1..6.
    """
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        raise EditRefused(translate("Citing", "The passage must be given by its start and end in the report's text."))
    if start < 0 or end > len(text) or start > end:
        raise EditRefused(translate("Citing", "The passage ({start}–{end}) lies outside the report's text, "
                                              "which has {length} characters.").format(
            start=format_number(start), end=format_number(end), length=format_number(len(text))))
    selected = text[start:end]
    start += len(selected) - len(selected.lstrip())
    end -= len(selected) - len(selected.rstrip())
    if end <= start:
        raise EditRefused(translate("Citing", "Select the passage to cite first: the selection is empty."))
    citation = Citation(report_id=report.id, position_id=position_id, passage_start=start, passage_end=end,
                        passage=text[start:end], credibility=credibility, sort_order=sort_order)
    problems = problems_with(citation)
    if problems:
        raise EditRefused(" ".join(problems))
    return insertion(citation, translate("Citing", "Cite {source}").format(
        source=source_name(report) or translate("Citing", "a report")))


def report_from_text(read: ReportText, accessed: str, outlets: Iterable[Outlet] = (),
                     fallback_title: str = "") -> Report:
    """The report to store for what ``core.reports`` read, its text exactly as extracted.

    The outlet a page names (an HTML page's site name) is linked when an
    outlet of that name exists; otherwise it is left for the analyst to
    choose, since Parley must not invent an outlet or a grade. A title longer
    than a name may be is shortened (it is display text; the text is not);
    a file that names no title gets ``fallback_title`` (its file name).
    """
    wanted = read.outlet.strip().casefold()
    outlet = next((o for o in outlets if wanted and o.name.strip().casefold() == wanted), None)
    title = read.title or fallback_title
    title = title if len(title) <= NAME_LIMIT else title[:NAME_LIMIT - 1] + "…"
    return Report(outlet_id=outlet.id if outlet else None, title=title, url=read.url, published=read.published,
                  accessed=accessed, language=read.language, text=read.text)


def adding_report(report: Report) -> ChangeSet:
    """Store ``report`` as one undoable step, or refuse it with the problems found."""
    problems = problems_with(report)
    if problems:
        raise EditRefused(" ".join(problems))
    return insertion(report, translate("Citing", "Add report {source}").format(source=source_name(report)).strip())
