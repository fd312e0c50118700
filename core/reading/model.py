"""What the reading engine takes in and gives back.

The engine knows nothing of the store or the window: the integration maps the
workspace onto a :class:`Gazetteer` (names the analyst already entered) and
files what the analyst accepts from a :class:`Reading`. Keeping this boundary
narrow lets the engine be tested, benchmarked and scored on plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class KnownParty:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownPerson:
    name: str
    party: str | None
    role: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownIssue:
    name: str
    description: str = ""
    words: tuple[str, ...] = ()  # stances and quotes already filed under the issue


@dataclass(frozen=True)
class KnownRound:
    name: str
    date: str  # YYYY-MM-DD


@dataclass(frozen=True)
class Gazetteer:
    parties: tuple[KnownParty, ...] = ()
    people: tuple[KnownPerson, ...] = ()
    issues: tuple[KnownIssue, ...] = ()
    rounds: tuple[KnownRound, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A number a statement states: 'at least 1,200 prisoners of war'.

    ``low``/``high`` are equal for a single number; dates (unit "date") carry
    ISO strings so that the analyst sees them resolved against the report's
    date.
    """

    low: float | str
    high: float | str
    unit: str = ""
    qualifier: str = ""  # "at least", "up to", "about", "under", "more than" or ""
    label: str = ""  # the words of the text the figure was read from

    def to_json(self) -> dict:
        return {"low": self.low, "high": self.high, "unit": self.unit,
                "qualifier": self.qualifier, "label": self.label}


@dataclass(frozen=True)
class Statement:
    party: str | None
    speaker: str | None
    new_speaker: bool
    role: str
    kind: str
    quote: str
    text: str
    start: int
    end: int
    issue: str | None
    new_issue: str | None
    figures: tuple[Figure, ...]
    cue: str
    confidence: float
    speaker_party: str | None = None  # the party the text gives a proposed new person
    new_party: bool = False  # the party is a state of the built-in table that the workspace lacks (states.py)

    def to_json(self) -> dict:
        return {"party": self.party, "speaker": self.speaker, "kind": self.kind,
                "quote": self.quote, "text": self.text, "start": self.start, "end": self.end,
                "issue": self.issue, "new_issue": self.new_issue,
                "figures": [figure.to_json() for figure in self.figures],
                "confidence": round(self.confidence, 2)}


@dataclass(frozen=True)
class Reading:
    language: str | None
    round: str | None
    statements: tuple[Statement, ...] = field(default_factory=tuple)

    def to_json(self, report: dict) -> dict:
        """The stable JSON shape of ``parley read`` (README, issue 12 item 2)."""
        return {
            "report": {
                "title": report.get("title"),
                "outlet": report.get("outlet"),
                "url": report.get("url"),
                "published": report.get("published"),
                "language": report.get("language") or self.language,
                "text": report.get("text", ""),
            },
            "round": self.round,
            "statements": [statement.to_json() for statement in self.statements],
        }
