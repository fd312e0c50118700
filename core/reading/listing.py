"""A reading as lines a person reads in a terminal (``parley read --format text``).

One line per proposed statement, so that the list can be scanned and grepped:
who (and their party), the kind of reported speech, the issue or the proposed
new one, the figures as the text wrote them, and the passage folded onto one
line and trimmed. The JSON form (``Reading.to_json``) is the stable interface;
this one is for reading and may change.
"""

from __future__ import annotations

from core.reports.model import one_line

from .model import Figure, Reading, Statement

PASSAGE_CHARS = 160


def reading_lines(name: str, report: dict, reading: Reading) -> list[str]:
    """A heading for the report, then one line per statement (or a line saying there are none)."""
    about = [f"“{report['title']}”" if report.get("title") else "",
             report.get("outlet") or "", report.get("published") or "",
             report.get("language") or reading.language or "",
             f"round: {reading.round}" if reading.round else "round: none"]
    lines = [f"{folded(name)} — " + " · ".join(folded(part) for part in about if part)]
    if not reading.statements:
        lines.append("  no statements found")
    for number, statement in enumerate(reading.statements, start=1):
        lines.append(f"  {number}. {statement_line(statement)}")
    return lines


def statement_line(statement: Statement) -> str:
    parts = [who(statement), statement.kind]
    if statement.issue:
        parts.append(f"issue: {statement.issue}")
    elif statement.new_issue:
        parts.append(f"new issue: {statement.new_issue}")
    else:
        parts.append("no issue")
    if statement.figures:
        parts.append("; ".join(figure_words(figure) for figure in statement.figures))
    parts.append(f"{statement.confidence:.2f}")
    parts.append(f"“{trimmed(statement.text)}”")
    return " · ".join(folded(part) for part in parts)


def who(statement: Statement) -> str:
    speaker = statement.speaker or "no speaker"
    if statement.speaker and statement.new_speaker:
        speaker += " [new person]"
    party = statement.party or statement.speaker_party
    if not party:
        return f"{speaker} (no party)"
    return f"{speaker} ({party})" + (" [new party]" if statement.new_party else "")


def figure_words(figure: Figure) -> str:
    if figure.label:
        return figure.label
    number = str(figure.low) if figure.low == figure.high else f"{figure.low}–{figure.high}"
    return " ".join(part for part in (figure.qualifier, number, figure.unit) if part)


def trimmed(passage: str, limit: int = PASSAGE_CHARS) -> str:
    text = folded(passage)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def folded(text: str) -> str:
    """One line: a newline or tab in a passage (or a file name) would break the list."""
    return one_line(text)
