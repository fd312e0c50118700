"""The table registry: one entry per table, read by the store, the JSON
document, change sets and merge.

Adding a table to Parley is one entry here plus one migration: the store
reads and orders it, export and import carry it, merge compares it and
remaps its references, and undo names it, all from this entry. Entries are
in insertion order: every table after the tables it refers to.

A ``Workspace`` carries the registry it was opened with (``REGISTRY`` unless
told otherwise), and everything that walks the tables asks the workspace or
takes a registry, so a registry with one more table works end to end without
editing any list elsewhere (``tests/core/domain/test_registry.py`` shows it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.domain.records import (
    Citation,
    Evidence,
    Figure,
    Issue,
    IssueStatus,
    Negotiation,
    Outlet,
    Party,
    Person,
    Position,
    Record,
    Report,
    Round,
    SheetExport,
    Track,
)
from core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Table:
    """What Parley knows of one table beyond its record class's fields."""

    name: str
    record: type[Record]
    noun: str  # "party": for "Add party", "Delete party" and merge's labels; shown through translate("Record", noun)
    order_by: str = "rowid"
    references: tuple[tuple[str, str], ...] = ()  # (column, table it refers to)
    unique_together: tuple[str, ...] = ()  # one row per these columns' values


class Registry:
    """The tables of a workspace, in insertion order."""

    def __init__(self, tables: Iterable[Table]):
        self.tables = tuple(tables)
        self._by_name = {t.name: t for t in self.tables}
        self._by_record = {t.record: t for t in self.tables}

    def __iter__(self) -> Iterator[Table]:
        return iter(self.tables)

    def names(self) -> list[str]:
        return [t.name for t in self.tables]

    def table(self, name: str) -> Table:
        return self._by_name[name]

    def of(self, record_or_class) -> Table:
        """The table of a record or record class."""
        cls = record_or_class if isinstance(record_or_class, type) else type(record_or_class)
        return self._by_record[cls]

    def references(self) -> list[tuple[str, str, str]]:
        """Every (table, column, referenced table)."""
        return [(t.name, column, target) for t in self.tables for column, target in t.references]

    def with_table(self, table: Table) -> Registry:
        """A copy with one more table at the end."""
        return Registry((*self.tables, table))


REGISTRY = Registry((
    Table("negotiation", Negotiation, QT_TRANSLATE_NOOP("Record", "negotiation")),
    Table("parties", Party, QT_TRANSLATE_NOOP("Record", "party"), "sort_order, name"),
    Table("tracks", Track, QT_TRANSLATE_NOOP("Record", "track"), "sort_order, name"),
    Table("issues", Issue, QT_TRANSLATE_NOOP("Record", "issue"), "sort_order, name", (("track_id", "tracks"),)),
    Table("rounds", Round, QT_TRANSLATE_NOOP("Record", "round"), "date, name"),
    Table("people", Person, QT_TRANSLATE_NOOP("Record", "person"), "name", (("party_id", "parties"),)),
    Table("outlets", Outlet, QT_TRANSLATE_NOOP("Record", "outlet"), "name", (("party_id", "parties"),)),
    Table("reports", Report, QT_TRANSLATE_NOOP("Record", "report"), "published, title", (("outlet_id", "outlets"),)),
    Table("positions", Position, QT_TRANSLATE_NOOP("Record", "position"), "rowid",
          (("issue_id", "issues"), ("party_id", "parties"), ("round_id", "rounds"), ("speaker_id", "people")),
          ("issue_id", "party_id", "round_id")),
    Table("figures", Figure, QT_TRANSLATE_NOOP("Record", "figure"), "sort_order, rowid", (("position_id", "positions"),)),
    Table("issue_status", IssueStatus, QT_TRANSLATE_NOOP("Record", "status"), "rowid",
          (("issue_id", "issues"), ("round_id", "rounds"), ("claimed_by_party_id", "parties")),
          ("issue_id", "round_id")),
    Table("evidence", Evidence, QT_TRANSLATE_NOOP("Record", "evidence"), "rowid",
          (("status_id", "issue_status"), ("position_id", "positions"))),
    Table("citations", Citation, QT_TRANSLATE_NOOP("Record", "citation"), "sort_order, rowid",
          (("report_id", "reports"), ("position_id", "positions"), ("status_id", "issue_status"))),
    Table("sheet_exports", SheetExport, QT_TRANSLATE_NOOP("Record", "exported sheet"), "exported_at, rowid",
          (("round_id", "rounds"), ("since_round_id", "rounds"))),
))
