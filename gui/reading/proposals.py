"""The review list: one editable row per proposed statement, as a Qt table model.

Each row starts from the engine's ``Statement`` and keeps what the analyst
changes: accepted or not, party, speaker, issue (an existing one or a new
name), a short stance (the passage trimmed until the analyst rewrites it),
quote and figures. Typing figures re-reads them with the engine's own figure
reader, so "6,000 for 6,000" becomes numbers again. ``accepted()`` hands the
ticked rows to ``core.reading.filing`` as ``Accepted``.

Giving a party to one statement gives it to the speaker's other statements
that have none yet, so a report is attributed speaker by speaker, not row by
row.
"""

from __future__ import annotations

from collections.abc import Iterable

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from core.domain.labels import figure_text
from core.reading.filing import Accepted, short_stance, store_figure
from core.reading.figures import read_figures
from core.reading.model import Figure as ReadFigure
from core.reading.model import Statement

from gui.i18n import translate

COLUMNS = ("✓", "Party", "Speaker", "Issue", "Stance", "Quote", "Figures", "Sure")  # English; see column_title
ACCEPT, PARTY, SPEAKER, ISSUE, STANCE, QUOTE, FIGURES, CONFIDENCE = range(len(COLUMNS))
NAME_COLUMNS = {PARTY: "parties", SPEAKER: "people", ISSUE: "issues"}
EDITABLE = {PARTY, SPEAKER, ISSUE, STANCE, QUOTE, FIGURES}


@dataclass
class Proposal:
    statement: Statement
    accepted: bool
    party: str
    speaker: str
    issue: str
    stance: str
    quote: str
    figures: tuple[ReadFigure, ...]
    role: str = ""

    @classmethod
    def of(cls, statement: Statement, text: str) -> Proposal:
        return cls(statement, False, statement.party or statement.speaker_party or "", statement.speaker or "",
                   statement.issue or statement.new_issue or "",
                   short_stance(text[statement.start:statement.end]), statement.quote,
                   tuple(statement.figures), statement.role or "")

    def figures_text(self) -> str:
        shown = []
        for found in self.figures:
            values = store_figure(found)
            shown.append(figure_text(values["low"], values["high"], values["unit"], values["qualifier"],
                                     values["date"]) if values else found.label)
        return "; ".join(s for s in shown if s)


def column_title(column: int) -> str:
    """A column's heading in the interface's language (literal strings, so lupdate finds each)."""
    titles = ("✓", translate("ProposalModel", "Party"),
              translate("ProposalModel", "Speaker"), translate("ProposalModel", "Issue"),
              translate("ProposalModel", "Stance"), translate("ProposalModel", "Quote"),
              translate("ProposalModel", "Figures"), translate("ProposalModel", "Sure"))
    return titles[column]


def speech_kind(kind: str, cue: str) -> str:
    """The confidence cell's tooltip: how the statement was reported, and the word it was found by."""
    if kind == "direct":
        return translate("ProposalModel", "direct speech, cue “{cue}”").format(cue=cue)
    if kind == "indirect":
        return translate("ProposalModel", "indirect speech, cue “{cue}”").format(cue=cue)
    if kind == "mixed":
        return translate("ProposalModel", "mixed speech, cue “{cue}”").format(cue=cue)
    return f"{kind} speech, cue “{cue}”"


class ProposalModel(QAbstractTableModel):
    """The proposals of one reading; the dialog's table shows it and edits it."""

    accepted_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Proposal] = []
        self.language: str | None = None
        self.published: str | None = None
        self.known_people: dict[str, str] = {}  # casefolded person name -> their party's name
        self.known_issues: set[str] = set()  # casefolded names of the workspace's issues

    def load(self, statements, text: str, language: str | None, published: str | None,
             known_people: dict[str, str], known_issues: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self.rows = [Proposal.of(s, text) for s in statements]
        self.language, self.published, self.known_people = language, published, known_people
        self.known_issues = {name.casefold() for name in known_issues}
        self.endResetModel()
        self.accepted_changed.emit()

    # -- the Qt model ---------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section) if orientation == Qt.Orientation.Horizontal else str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == ACCEPT:
                return translate("ProposalModel", "Accepted (Space)")
            if section == CONFIDENCE:
                return translate("ProposalModel", "How sure the reading is, 0–1")
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ACCEPT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == ACCEPT:
            return Qt.CheckState.Checked if row.accepted else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: Proposal, column: int, editing: bool) -> str:
        if column == ACCEPT:
            return ""
        if column == PARTY:
            return row.party
        if column == SPEAKER:
            return row.speaker
        if column == ISSUE:
            new = row.issue and row.issue.casefold() not in self.known_issues  # filing will create it
            return translate("ProposalModel", "{issue} (new)").format(issue=row.issue) if new and not editing else row.issue
        if column == STANCE:
            return row.stance
        if column == QUOTE:
            return row.quote
        if column == FIGURES:
            return row.figures_text()
        return f"{row.statement.confidence:.2f}"

    def _tooltip(self, row: Proposal, column: int) -> str | None:
        if column == SPEAKER and row.statement.new_speaker and row.speaker:
            if row.role:
                return translate("ProposalModel", "New person, {role} (created when filed)").format(role=row.role)
            return translate("ProposalModel", "New person (created when filed)")
        if column == CONFIDENCE:
            return speech_kind(row.statement.kind, row.statement.cue)
        if column in (STANCE, QUOTE):
            return self._text(row, column, False) or None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column == ACCEPT and role == Qt.ItemDataRole.CheckStateRole:
            self.set_accepted([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        text = " ".join(str(value or "").split()) if column != QUOTE else str(value or "").strip()
        if column == PARTY:
            row.party = text
            self._share_party(index.row())
        elif column == SPEAKER:
            row.speaker = text
            known = self.known_people.get(text.casefold())
            if known and not row.party:
                row.party = known
        elif column == ISSUE:
            row.issue = text
        elif column == STANCE:
            row.stance = text
        elif column == QUOTE:
            row.quote = text
        elif column == FIGURES:
            row.figures = tuple(read_figures(text, self.language, self.published)) if text else ()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        return True

    def _share_party(self, changed: int) -> None:
        """The speaker's other statements without a party get the one just given."""
        source = self.rows[changed]
        if not source.speaker or not source.party:
            return
        for number, row in enumerate(self.rows):
            if number != changed and not row.party and row.speaker.casefold() == source.speaker.casefold():
                row.party = source.party
                self.dataChanged.emit(self.index(number, PARTY), self.index(number, PARTY))

    # -- accepting ------------------------------------------------------
    def set_accepted(self, rows, accepted: bool) -> None:
        for number in rows:
            self.rows[number].accepted = accepted
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
        self.accepted_changed.emit()

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.set_accepted([row], not self.rows[row].accepted)

    def accepted_rows(self) -> list[int]:
        return [n for n, row in enumerate(self.rows) if row.accepted]

    def accepted(self) -> list[Accepted]:
        """The ticked rows as ``core.reading.filing`` takes them, in report order."""
        return [Accepted(party=row.party, issue=row.issue, stance=row.stance, start=row.statement.start,
                         end=row.statement.end, speaker=row.speaker, named=row.statement.speaker or row.speaker,
                         speaker_role=row.role, quote=row.quote, figures=row.figures)
                for row in self.rows if row.accepted]

    def names(self, column: int) -> list[str]:
        """What the rows already say in a name column (offered beside the workspace's names)."""
        return list(dict.fromkeys(getattr(row, ("party", "speaker", "issue")[column - PARTY]) for row in self.rows
                                  if getattr(row, ("party", "speaker", "issue")[column - PARTY])))
