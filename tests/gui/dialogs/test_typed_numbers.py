"""A number typed into a form: "1,200" and "1 200" are thousands, "24,5" is a decimal comma (issue 14).

Ukrainian writes the decimal comma; the form read "24,5" as 245 and saved
it without a word. A comma followed by anything but groups of three digits
cannot be a thousands separator, so it is read as the decimal comma; a
number that could be either way ("1,234") keeps its English reading, as the
form shows figures ("1234.5", "1200").
"""

from __future__ import annotations

import pytest

from gui.dialogs.forms import parse_number


@pytest.mark.parametrize("text, number", [
    ("1,200", 1200), ("1 200", 1200), ("1\u00a0200", 1200), ("24.5", 24.5), ("1,200.5", 1200.5),
    ("24,5", 24.5), ("0,25", 0.25), ("1 200,5", 1200.5), ("-3,75", -3.75), ("", None),
])
def test_a_typed_number_is_read_as_written(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["24,5.1", "1,2,3", "1.2.3", "abc", "1,20,000"])
def test_a_number_that_cannot_be_read_one_way_is_refused(text):
    with pytest.raises(ValueError):
        parse_number(text)
