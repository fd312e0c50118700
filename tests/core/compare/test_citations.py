"""How many reports back a position, the best grade, and whether they disagree (issue 11)."""

from core.compare.citations import disagreement_line, disagrees, summarize, versions
from core.domain.grades import best_grade, grade
from core.domain.records import Citation, Outlet, Position, Report

TASS = Outlet(name="TASS", reliability="C")
PRAVDA = Outlet(name="Ukrainska Pravda", reliability="B")
TASS_REPORT = Report(title="TASS on the bodies", outlet_id=TASS.id)
PRAVDA_REPORT = Report(title="UP on the bodies", outlet_id=PRAVDA.id)
UNNAMED = Report(title="A saved page")
REPORTS = {r.id: r for r in (TASS_REPORT, PRAVDA_REPORT, UNNAMED)}
OUTLETS = {o.id: o for o in (TASS, PRAVDA)}
BODIES = Position(stance="Russia hands over 6,000 bodies", value_low=6000, value_high=6000, value_unit="bodies")


def cite(report, **fields):
    return Citation(report_id=report.id, position_id=BODIES.id, **fields)


def test_grades_read_letter_then_number_and_unjudged_is_f6():
    assert grade("B", 2) == "B2" and grade(None, None) == "F6" and grade("Z", 9) == "F6"
    assert best_grade(["C3", "B4", "F2"]) == "B4"
    assert best_grade([]) == ""


def test_agreeing_reports_are_counted_once_each_with_the_best_grade():
    citations = [cite(TASS_REPORT, credibility=3), cite(TASS_REPORT, credibility=4), cite(PRAVDA_REPORT, credibility=2),
                 cite(UNNAMED)]
    assert summarize(BODIES, citations, REPORTS, OUTLETS) == (3, "B2", False)


def test_a_report_with_another_figure_disagrees():
    other = cite(PRAVDA_REPORT, credibility=2, value_low=12000, value_high=12000, value_unit="bodies")
    assert disagrees(BODIES, [cite(TASS_REPORT, credibility=3), other])
    assert summarize(BODIES, [cite(TASS_REPORT, credibility=3), other], REPORTS, OUTLETS).disagrees


def test_the_same_figure_written_again_is_no_disagreement():
    same = cite(PRAVDA_REPORT, value_low=6000.0, value_high=6000, value_unit="Bodies")
    assert not disagrees(BODIES, [same])


def test_a_report_with_another_stance_disagrees_and_each_version_names_who_carries_it():
    citations = [cite(TASS_REPORT, credibility=3), cite(PRAVDA_REPORT, credibility=2, stance="6,000 for 6,000")]
    assert disagrees(BODIES, citations)
    found = versions(BODIES, citations, REPORTS, OUTLETS)
    assert [v.label() for v in found] == ["Russia hands over 6,000 bodies (TASS, C3)",
                                          "6,000 for 6,000 (Ukrainska Pravda, B2)"]
    assert disagreement_line(BODIES, citations, REPORTS, OUTLETS) == (
        "Russia hands over 6,000 bodies (TASS, C3) · 6,000 for 6,000 (Ukrainska Pravda, B2)")


def test_a_figure_disagreement_prints_the_figures():
    citations = [cite(TASS_REPORT, credibility=3),
                 cite(PRAVDA_REPORT, credibility=2, value_low=12000, value_high=12000, value_unit="bodies")]
    assert disagreement_line(BODIES, citations, REPORTS, OUTLETS) == (
        "6,000 bodies (TASS, C3) · 12,000 bodies (Ukrainska Pravda, B2)")


def test_agreeing_reports_print_no_disagreement():
    assert disagreement_line(BODIES, [cite(TASS_REPORT)], REPORTS, OUTLETS) == ""
