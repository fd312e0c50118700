"""Visibly synthetic reports for window tests and screenshots: outlets, reports and citations
that disagree on a figure, laid over the seed's "Return of bodies" position of Russia.

Nothing here is a fact about the talks: the outlets are "Outlet A" and
"Outlet B", the reports say they are made up, and the figure 4,000 is
invented for the test. Only the seed's own report is real.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.records import Citation, Outlet, Position, Report

ISSUE = "Return of bodies"
PARTY = "Russia"
TEXT_A = ("SYNTHETIC TEST REPORT A (made up for Parley's tests; not a real report).\n\n"
          "This made-up text agrees with the figure filed for the position.\n")
TEXT_B = ("SYNTHETIC TEST REPORT B (made up for Parley's tests; not a real report).\n\n"
          "This made-up text gives another figure: 4,000 bodies. Marker word: zyxsynthetic.\n")


@dataclass
class Disagreement:
    position: Position
    outlet_a: Outlet
    outlet_b: Outlet
    report_a: Report
    report_b: Report
    citation_a: Citation
    citation_b: Citation


def passage(text: str, needle: str) -> dict:
    start = text.index(needle)
    return {"passage_start": start, "passage_end": start + len(needle), "passage": needle}


def add_disagreeing_reports(workspace) -> Disagreement:
    """Two more reports behind Russia's position on the return of bodies; one gives another figure.

    With the seed's own report that makes three reports, best grade B2, and a
    disagreement on the figure.
    """
    issue = next(i for i in workspace.issues() if i.name == ISSUE)
    party = next(p for p in workspace.parties() if p.name == PARTY)
    position = next(p for p in workspace.positions() if p.issue_id == issue.id and p.party_id == party.id)
    outlet_a = Outlet(name="Outlet A", reliability="B", language="en", note="Synthetic test outlet.")
    outlet_b = Outlet(name="Outlet B", reliability="C", language="en", note="Synthetic test outlet.")
    report_a = Report(outlet_id=outlet_a.id, title="Synthetic test report A", published="2025-07-24",
                      accessed="2025-07-25", language="en", text=TEXT_A)
    report_b = Report(outlet_id=outlet_b.id, title="Synthetic test report B", published="2025-07-24",
                      accessed="2025-07-25", language="en", text=TEXT_B)
    citation_a = Citation(report_id=report_a.id, position_id=position.id, credibility=2, sort_order=1,
                          **passage(TEXT_A, "This made-up text agrees with the figure filed for the position."))
    citation_b = Citation(report_id=report_b.id, position_id=position.id, credibility=3, sort_order=2,
                          value_low=4000.0, value_high=4000.0, value_unit=position.value_unit,
                          **passage(TEXT_B, "This made-up text gives another figure: 4,000 bodies."))
    workspace.insert_many([outlet_a, outlet_b, report_a, report_b, citation_a, citation_b])
    return Disagreement(position, outlet_a, outlet_b, report_a, report_b, citation_a, citation_b)
