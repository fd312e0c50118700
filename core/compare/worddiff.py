"""Word-level differences between two versions of a stance."""

from __future__ import annotations

import difflib
import re

# Words, runs of space, and each punctuation mark on its own ("hours," is
# "hours" and ","), so a changed comma does not mark the word before it.
TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """Segments ``(op, text)`` with op ``'same'``, ``'removed'`` or ``'added'``.

    Words are compared whole and whitespace is kept, so joining the 'same'
    and 'removed' segments gives ``before`` and joining 'same' and 'added'
    gives ``after``.
    """
    a, b = TOKEN.findall(before or ""), TOKEN.findall(after or "")
    segments: list[tuple[str, str]] = []

    def add(op: str, tokens: list[str]) -> None:
        if not tokens:
            return
        text = "".join(tokens)
        if segments and segments[-1][0] == op:
            segments[-1] = (op, segments[-1][1] + text)
        else:
            segments.append((op, text))

    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("same", a[i1:i2])
        else:
            add("removed", a[i1:i2])
            add("added", b[j1:j2])
    return segments
