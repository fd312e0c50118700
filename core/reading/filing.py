"""Filing what the analyst accepted from a reading: one ChangeSet, one undo step.

The review dialog (gui/reading) collects the analyst's accepted, possibly
edited, statements as :class:`Accepted`; :func:`file_report` turns them and the
report into row insertions and modifications:

- the report, its text exactly as extracted (citation offsets point into it),
  and its outlet, found by name or created graded F ("cannot be judged")
  unless the analyst gave a grade;
- each new party, person, issue (and round) the statements name, created once
  however many statements name it;
- each statement as a position at the round, or, where that party already
  has a position on that issue at that round, as one more citation of it:
  plain when it says the same (same stance, or same figure), and carrying its
  own version (``citation.stance`` / figure) when it says something else, so
  ``core.compare.citations`` marks the disagreement instead of Parley
  overwriting what was filed.

Every citation carries the passage (start, end, verbatim text) and the speaker
as the report names them; the statement's first figure is the citation's (and
a new position's) figure, the others go to ``figures`` rows. Qt-free: the
window only pushes the ChangeSet through its session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.compare.citations import figure_of
from core.domain.labels import figure_text
from core.domain.registry import REGISTRY
from core.domain.records import Citation, Figure, Issue, Outlet, Party, Person, Position, Report, Round
from core.domain.validation import STANCE_LIMIT, TEXT_LIMIT, problems_with
from core.edits.changes import ChangeSet, RowChange
from core.i18n import for_others, interface_translated, translate
from core.store.workspace import row_of

from .model import Figure as ReadFigure

# The engine's qualifier words → the store's qualifiers (records.VALUE_QUALIFIERS).
# "more than" and "under" are strict where the store's are not: close enough to
# compare, and the figure's own words stay in the passage.
QUALIFIER_OF = {"at least": "at_least", "more than": "at_least", "up to": "at_most", "under": "at_most",
                "about": "about", "before": "before"}
SHORT_STANCE = 160  # characters: a stance is a line in the table, not the passage


@dataclass(frozen=True)
class NewRound:
    """A round the filing creates (an empty workspace has none to choose)."""

    name: str
    date: str  # YYYY-MM-DD
    place: str = ""


@dataclass(frozen=True)
class Accepted:
    """One statement as the analyst accepted it, names as the dialog shows them.

    ``party``, ``speaker`` and ``issue`` are names: an existing record's (matched
    without regard to case) or a new one to create. ``named`` is the speaker as
    the report names them (the citation keeps it); ``speaker_role`` the role a
    new person is created with.
    """

    party: str
    issue: str
    stance: str
    start: int
    end: int
    speaker: str = ""
    named: str = ""
    speaker_role: str = ""
    quote: str = ""
    figures: tuple[ReadFigure, ...] = ()
    credibility: int = 6


@dataclass
class Filing:
    """What :func:`file_report` gives back: the ChangeSet and what it holds, for the status bar."""

    changes: ChangeSet
    positions: int = 0
    citations: int = 0  # every citation, including the first one of each new position
    versions: int = 0  # citations that disagree with the position they join
    new_parties: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    new_issues: list[str] = field(default_factory=list)
    report_id: str = ""
    round_id: str = ""
    title: str = ""  # the report's title as stored

    def summary(self) -> str:
        """'Filed 5 positions and 7 citations (1 with its own version)'."""
        if interface_translated():  # the window's language: "label: count" needs no plural forms
            text = translate("Filing", "Filed positions: {positions}, citations: {citations}").format(
                positions=self.positions, citations=self.citations)
            return text + (translate("Filing", " (with their own version: {versions})").format(versions=self.versions)
                           if self.versions else "")
        text = f"Filed {_count(self.positions, 'position')} and {_count(self.citations, 'citation')}"
        return text + (f" ({self.versions} with its own version)" if self.versions else "")


class FilingError(ValueError):
    """What stops a filing; ``str()`` is one line for the analyst."""


def short_stance(text: str, limit: int = SHORT_STANCE) -> str:
    """A passage or quote trimmed to a table line: whole words, '…' where cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return (cut or text[:limit - 1]) + "…"


def new_names(snapshot, statements: Sequence[Accepted]) -> dict[str, list[str]]:
    """The parties, people and issues the statements name that the workspace lacks (for one confirmation)."""
    parties = _by_name(snapshot.parties)
    people = _by_name(snapshot.people.values())
    issues = _by_name(snapshot.issues)
    found = {"parties": [], "people": [], "issues": []}
    for item in statements:
        for kind, name, known in (("parties", item.party, parties), ("people", item.speaker, people),
                                  ("issues", item.issue, issues)):
            key = _key(name)
            if key and key not in known and key not in {_key(n) for n in found[kind]}:
                found[kind].append(" ".join(name.split()))
    return found


def file_report(snapshot, report, round_: str | NewRound, statements: Sequence[Accepted], *,
                today: str, outlet_reliability: str = "F") -> Filing:
    """One ChangeSet that files ``report`` (a ``core.reports.ReportText``) and ``statements`` at ``round_``.

    ``round_`` is an existing round's id or a :class:`NewRound`. Raises
    :class:`FilingError` (nothing written) when a statement lacks a party or an
    issue, its passage is not in the report, or a record would be invalid.
    """
    builder = _Builder(snapshot, report, today)
    round_id = builder.round_id(round_)
    builder.filing.round_id = round_id
    builder.add_report(outlet_reliability)
    for number, item in enumerate(statements, 1):
        builder.add_statement(number, item, round_id)
    return builder.finish()


class _Builder:
    def __init__(self, snapshot, report, today: str):
        self.snapshot = snapshot
        self.report = report
        self.today = today
        self.rows: list[RowChange] = []
        self.filing = Filing(ChangeSet(""))
        self.parties = _by_name(snapshot.parties)
        self.people = _by_name(snapshot.people.values())
        self.issues = _by_name(snapshot.issues)
        self.report_id = ""
        self.round_date = ""
        # (party id, issue id) -> the position at the round, as filed so far (snapshot's or this batch's)
        self.at_round: dict[tuple[str, str], Position] = {}
        self.cited: dict[str, int] = {}  # position id -> citations it has (for sort_order)
        self.figure_count: dict[str, int] = {}  # position id -> further figures it has (for sort_order)

    # -- records ------------------------------------------------------
    def insert(self, record) -> None:
        problems = problems_with(record)
        if problems:
            raise FilingError(" ".join(problems))
        self.rows.append(RowChange(_table_of(record), None, row_of(record)))

    def round_id(self, round_: str | NewRound) -> str:
        if isinstance(round_, NewRound):
            record = Round(name=round_.name.strip() or round_.date, date=round_.date, place=round_.place)
            self.insert(record)
            self.round_date = record.date
            return record.id
        found = self.snapshot.rounds_by_id.get(round_)
        if found is None:
            raise FilingError(translate("Filing", "Choose the round to file the statements at."))
        self.round_date = found.date
        for position in self.snapshot.positions_by_id.at_round(found.id):
            self.at_round[(position.party_id, position.issue_id)] = position
        return found.id

    def add_report(self, reliability: str) -> None:
        outlet_id = None
        outlet_name = " ".join((self.report.outlet or "").split())
        if outlet_name:
            known = _by_name(self.snapshot.outlets.values()).get(_key(outlet_name))
            if known is None:
                known = Outlet(name=outlet_name, reliability=reliability or "F",
                               language=self.report.language or "")
                self.insert(known)
            outlet_id = known.id
        title = self.report.title or short_stance(self.report.text.strip().split("\n", 1)[0], 120)
        record = Report(outlet_id=outlet_id, title=title, url=self.report.url or "",
                        published=self.report.published or "", accessed=self.today,
                        language=self.report.language or "", text=self.report.text)
        self.insert(record)
        self.report_id = self.filing.report_id = record.id
        self.filing.title = record.title

    def party_id(self, name: str) -> str:
        key = _key(name)
        if not key:
            raise FilingError(translate("Filing", "needs a party"))
        if key not in self.parties:
            record = Party(name=" ".join(name.split()), sort_order=len(self.parties))
            self.insert(record)
            self.parties[key] = record
            self.filing.new_parties.append(record.name)
        return self.parties[key].id

    def issue_id(self, name: str) -> str:
        key = _key(name)
        if not key:
            raise FilingError(translate("Filing", "needs an issue"))
        if key not in self.issues:
            record = Issue(name=" ".join(name.split()), sort_order=len(self.issues))
            self.insert(record)
            self.issues[key] = record
            self.filing.new_issues.append(record.name)
        return self.issues[key].id

    def speaker_id(self, item: Accepted, party_id: str) -> str | None:
        key = _key(item.speaker)
        if not key:
            return None
        if key not in self.people:
            record = Person(name=" ".join(item.speaker.split()), party_id=party_id, role=item.speaker_role.strip())
            self.insert(record)
            self.people[key] = record
            self.filing.new_people.append(record.name)
        return self.people[key].id

    # -- statements ---------------------------------------------------
    def add_statement(self, number: int, item: Accepted, round_id: str) -> None:
        text = self.report.text
        if not (0 <= item.start < item.end <= len(text)):
            raise FilingError(translate("Filing", "Statement {number}: its passage is not in the report.").format(
                number=number))
        try:
            party_id = self.party_id(item.party)
            issue_id = self.issue_id(item.issue)
        except FilingError as error:
            raise FilingError(translate("Filing", "Statement {number} {problem}.").format(
                number=number, problem=error)) from None
        speaker_id = self.speaker_id(item, party_id)
        stance = short_stance(item.stance or item.quote or text[item.start:item.end], STANCE_LIMIT)
        first, *further = [f for f in (store_figure(f) for f in item.figures) if f is not None] or [None]
        end = min(item.end, item.start + TEXT_LIMIT)  # a passage is at most a long paragraph
        citation = Citation(report_id=self.report_id, passage_start=item.start, passage_end=end,
                            passage=text[item.start:end], speaker=(item.named or item.speaker).strip(),
                            credibility=item.credibility)
        key = (party_id, issue_id)
        existing = self.at_round.get(key)
        try:
            if existing is None:
                position = self.new_position(item, issue_id, party_id, round_id, speaker_id, stance, first)
                self.at_round[key] = position
                citation = replace(citation, position_id=position.id, **_citation_figure(first))
            else:
                citation = self.join(existing, citation, stance, first)
            citation = replace(citation, sort_order=self.next_citation_order(citation.position_id))
            self.insert(citation)
            self.cited[citation.position_id] = citation.sort_order + 1
            self.filing.citations += 1
            if existing is None:
                self.add_figures(citation.position_id, further)
        except FilingError as error:
            raise FilingError(translate("Filing", "Statement {number}: {problem}").format(
                number=number, problem=error)) from None

    def next_citation_order(self, position_id: str) -> int:
        """After the citations the position has: those filed before, then this batch's."""
        if position_id not in self.cited:
            filed = self.snapshot.citations_by_position.get(position_id, [])
            self.cited[position_id] = max((c.sort_order for c in filed), default=-1) + 1
        return self.cited[position_id]

    def new_position(self, item: Accepted, issue_id: str, party_id: str, round_id: str,
                     speaker_id: str | None, stance: str, first: dict | None) -> Position:
        values = {}
        if first is not None:
            values = {"value_low": first["low"], "value_high": first["high"], "value_unit": first["unit"],
                      "value_qualifier": first["qualifier"], "value_date": first["date"]}
        position = Position(issue_id=issue_id, party_id=party_id, round_id=round_id, stated=True, stance=stance,
                            quote=(item.quote or "").strip()[:TEXT_LIMIT], speaker_id=speaker_id,
                            stated_on=self.report.published or self.round_date or None, **values)
        self.insert(position)
        self.filing.positions += 1
        return position

    def join(self, position: Position, citation: Citation, stance: str, first: dict | None) -> Citation:
        """A citation of a position already at the round: plain when it says the same, else its own version."""
        ours = _citation_figure(first)
        figure = figure_of(_FigureView(**ours)) if first is not None else None
        same_figure = figure is not None and figure == figure_of(position)
        same_stance = stance.strip().casefold() == (position.stance or "").strip().casefold()
        figures_clash = figure is not None and figure_of(position) is not None and not same_figure
        citation = replace(citation, position_id=position.id)
        if same_figure or (same_stance and not figures_clash):
            note = ""
            if figure is not None and not same_figure:  # a figure the position lacks: kept, not a disagreement
                with for_others():  # a note stored in the workspace: fixed English, like the files made from it
                    note = f"This report also gives: {figure_text(*ours.values())}"
            return replace(citation, note=note, **(ours if same_figure else {}))
        self.filing.versions += 1
        return replace(citation, stance="" if same_stance else stance, **ours)

    def add_figures(self, position_id: str, figures: list[dict]) -> None:
        """A new position gets its statement's further figures as ``figures`` rows.

        A position already there keeps its figures: another report's extra
        numbers stay in its citation's passage, for the analyst to add.
        """
        order = self.figure_count.get(position_id, len(self.snapshot.figures_by_position.get(position_id, [])))
        for extra in figures:
            self.insert(Figure(position_id=position_id, label=extra["label"], low=extra["low"], high=extra["high"],
                               unit=extra["unit"], qualifier=extra["qualifier"], date=extra["date"],
                               sort_order=order))
            order += 1
        self.figure_count[position_id] = order

    def finish(self) -> Filing:
        title = self.report.title or translate("Filing", "report")
        if interface_translated():
            text = translate("Filing", "File “{title}”: positions: {positions}, citations: {citations}").format(
                title=short_stance(title, 60), positions=self.filing.positions, citations=self.filing.citations)
        else:
            text = (f"File “{short_stance(title, 60)}”: {_count(self.filing.positions, 'position')}, "
                    f"{_count(self.filing.citations, 'citation')}")
        self.filing.changes = ChangeSet(text, self.rows)
        return self.filing


@dataclass(frozen=True)
class _FigureView:
    """Something with the citation figure fields, for ``figure_of``."""

    value_low: float | None = None
    value_high: float | None = None
    value_unit: str = ""
    value_qualifier: str | None = None
    value_date: str | None = None


def store_figure(found: ReadFigure) -> dict | None:
    """An engine figure as store values, or None when it is neither a number nor a date."""
    qualifier = QUALIFIER_OF.get((found.qualifier or "").strip().casefold())
    label = (found.label or "").strip()[:200]
    if found.unit == "date":
        day = str(found.low or "")[:10]
        return {"low": None, "high": None, "unit": "", "qualifier": qualifier, "date": day, "label": label} \
            if day else None
    try:
        low = float(found.low) if found.low not in (None, "") else None
        high = float(found.high) if found.high not in (None, "") else low
    except (TypeError, ValueError):
        return None
    if low is None:
        return None
    if high is not None and high < low:
        low, high = high, low
    return {"low": low, "high": high, "unit": (found.unit or "")[:200], "qualifier": qualifier, "date": None,
            "label": label}


def _citation_figure(figure: dict | None) -> dict:
    if figure is None:
        return {}
    return {"value_low": figure["low"], "value_high": figure["high"], "value_unit": figure["unit"],
            "value_qualifier": figure["qualifier"], "value_date": figure["date"]}


def _key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _by_name(records) -> dict:
    found = {}
    for record in records:
        found.setdefault(_key(getattr(record, "name", "")), record)
    found.pop("", None)
    return found


def _table_of(record) -> str:
    return REGISTRY.of(record).name


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
