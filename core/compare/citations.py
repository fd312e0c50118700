"""What the reports behind a position say together: how many, the best grade,
and whether they disagree.

A citation that gives no version of its own (no ``stance``, no figure)
supports the position as filed. One whose figure or stance differs from the
position's is another version, so the reports disagree. The window marks the
cell, the detail pane and the sheet print each version with who carries it:
"6,000 bodies (TASS, C3) · 6,000 for 6,000 (Ukrainska Pravda, B2)".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from core.domain.grades import UNJUDGED_RELIABILITY, best_grade, grade, grade_order
from core.domain.labels import figure_text, format_value, source_name
from core.domain.records import Citation, Outlet, Position, Report

FIGURE_FIELDS = ("value_low", "value_high", "value_unit", "value_qualifier", "value_date")


NameOf = Callable[[Report | None, Outlet | None], str]


class CitationSummary(NamedTuple):
    """A cell's line about its reports: ``reports`` counted once each, the ``best`` grade."""

    reports: int
    best: str
    disagrees: bool


def figure_of(record) -> tuple | None:
    """A figure as comparable values, or None where the record gives none."""
    values = tuple(getattr(record, name) for name in FIGURE_FIELDS)
    low, high, _unit, qualifier, on_date = values
    if low is None and high is None and not on_date and qualifier != "unspecified":
        return None
    return (float(low) if low is not None else None, float(high) if high is not None else None,
            (values[2] or "").strip().casefold(), qualifier, on_date)


def own_version(citation: Citation, position: Position) -> str | None:
    """The citation's version where it differs from the position's, else None."""
    stance = (citation.stance or "").strip()
    if stance and stance.casefold() != (position.stance or "").strip().casefold():
        return stance
    figure = figure_of(citation)
    if figure is not None and figure != figure_of(position):
        return figure_text(*(getattr(citation, name) for name in FIGURE_FIELDS))
    return None


def disagrees(position: Position, citations: Iterable[Citation]) -> bool:
    """True when at least one report gives a figure or a stance other than the position's."""
    return any(own_version(c, position) is not None for c in citations)


def citation_grade(citation: Citation, reports: Mapping[str, Report], outlets: Mapping[str, Outlet]) -> str:
    report = reports.get(citation.report_id)
    outlet = outlets.get(report.outlet_id or "") if report else None
    return grade(outlet.reliability if outlet else UNJUDGED_RELIABILITY, citation.credibility)


def summarize(position: Position, citations: list[Citation], reports: Mapping[str, Report],
              outlets: Mapping[str, Outlet]) -> CitationSummary:
    return CitationSummary(len({c.report_id for c in citations}),
                           best_grade(citation_grade(c, reports, outlets) for c in citations),
                           disagrees(position, citations))


@dataclass
class Version:
    """One account of a position, and the citations that give it."""

    text: str
    carried_by: list[tuple[Citation, str, str]] = field(default_factory=list)  # (citation, outlet or title, grade)

    def label(self) -> str:
        """'6,000 for 6,000 (Ukrainska Pravda, B2)'."""
        who = "; ".join(f"{name}, {graded}" if name else graded for _, name, graded in self.carried_by)
        return f"{self.text} ({who})" if who else self.text


def versions(position: Position, citations: list[Citation], reports: Mapping[str, Report],
             outlets: Mapping[str, Outlet], name_of: NameOf | None = None) -> list[Version]:
    """The position's version first, then each other version, each with who carries it (best grade first).

    Only meaningful where ``disagrees``; with one version it is simply the
    position and its citations.
    """
    figure_disagreement = any(own_version(c, position) is not None and not (c.stance or "").strip()
                              for c in citations)
    filed = Version(format_value(position) if figure_disagreement and format_value(position) else position.stance)
    found: dict[str, Version] = {}
    for citation in sorted(citations, key=lambda c: grade_order(citation_grade(c, reports, outlets))):
        report = reports.get(citation.report_id)
        outlet = outlets.get(report.outlet_id or "") if report else None
        name = name_of(report, outlet) if name_of else (outlet.name if outlet else source_name(report))
        carried = (citation, name, citation_grade(citation, reports, outlets))
        text = own_version(citation, position)
        if text is None:
            filed.carried_by.append(carried)
        else:
            found.setdefault(text.casefold(), Version(text)).carried_by.append(carried)
    return [filed, *found.values()]


def disagreement_line(position: Position, citations: list[Citation], reports: Mapping[str, Report],
                      outlets: Mapping[str, Outlet], name_of: NameOf | None = None) -> str:
    """'6,000 bodies (TASS, C3) · 6,000 for 6,000 (Ukrainska Pravda, B2)', or '' when the reports agree.

    ``name_of`` names who carries a version (the sheet says "report [1]" for a
    report with no outlet); by default the outlet, else the report's title.
    """
    if not disagrees(position, citations):
        return ""
    return " · ".join(v.label() for v in versions(position, citations, reports, outlets, name_of) if v.carried_by)
