"""A position's further labelled figures, typed one a line (issue 11: several figures per position)."""

from core.domain.records import Figure
from core.reading.typed_figures import figure_changes, figure_lines, read_figure_lines


def test_each_line_is_a_labelled_figure_read_as_numbers():
    figures, problems = read_figure_lines("age limit: under 25 years\nper side: at least 1,000 prisoners\n", "p1")
    assert problems == []
    assert [(f.label, f.high, f.unit, f.qualifier) for f in figures][0][:2] == ("age limit", 25.0)
    second = figures[1]
    assert (second.label, second.low, second.qualifier, second.sort_order) == ("per side", 1000.0, "at_least", 1)
    assert all(f.position_id == "p1" for f in figures)


def test_figures_in_words_are_read_too():
    (figure,), problems = read_figure_lines("bodies: шість тисяч", "p1", language="uk")
    assert problems == [] and figure.low == 6000.0


def test_a_line_without_a_figure_is_named_and_nothing_is_kept_from_it():
    figures, problems = read_figure_lines("age limit: young\nper side: 1,000", "p1")
    assert [f.label for f in figures] == ["per side"]
    assert problems == ["Further figures, line 1: no number or date in “age limit: young”."]


def test_an_unchanged_line_keeps_its_row_and_only_changed_lines_are_written():
    old, _ = read_figure_lines("age limit: under 25 years\nper side: 1,000", "p1")
    shown = figure_lines(old)
    again, _ = read_figure_lines(shown, "p1", old)
    assert [f.id for f in again] == [f.id for f in old]
    assert figure_changes(old, again) == []
    edited, _ = read_figure_lines(shown.splitlines()[0] + "\nper side: 1,200", "p1", old)
    changes = figure_changes(old, edited)
    assert [(c.table, c.before is not None, c.after is not None) for c in changes] == [
        ("figures", True, False), ("figures", False, True)]
    assert edited[0].id == old[0].id


def test_figure_lines_are_in_order():
    figures = [Figure(position_id="p", label="b", low=2, high=2, sort_order=1),
               Figure(position_id="p", label="a", low=1, high=1, sort_order=0)]
    assert figure_lines(figures) == "a: 1\nb: 2"
