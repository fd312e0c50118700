"""The fast row check: every row's types and shapes, checked in SQL before anything reads a row.

The full row check (``documents.checked_rows``, the JSON import's rules in
Python) takes some 20 s on a 240,000-position workspace, so a large file
gets it in the background. But a row the window or an export cannot handle
(text in a number column crashes the cell delegate; an infinite number or a
bad colour makes the PDF export raise) must never be read at all, whatever
the file's size. This check runs synchronously on every file, before any
row is read, and costs a few hundred milliseconds on that workspace
(``python -m tests.benchmarks.file_checks``): one ``SELECT`` per table
made from the same JSON Schema the import uses (``domain.document.schema_for``),
so the two cannot drift apart:

- every column's storage class (``typeof``), finite numbers, booleans 0/1;
- ids shaped as UUIDs (a reference is text equal to such an id), colours, dates (real dates),
  base hashes and web addresses by GLOB, enumerations, minimums;
- text no longer than the limits of ``domain.validation``;
- references that point at rows (``PRAGMA foreign_key_check``), at most
  one negotiation, evidence that names a position or a source;
- rowids no larger than ``MAX_ROWID``.

What it leaves to the full check: the domain's own rules that no reader
crashes on (a required name that is blank, a lower figure above the upper
one, text without its translation) and ids used twice across tables.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from core.domain.document import schema_for
from core.domain.registry import REGISTRY, Registry
from core.domain.validation import LIMITS
from core.i18n import translate
from core.store.file_checks import DamagedWorkspaceError, UnusableRowsError

# Parley gives rows the next rowid (max + 1), so a workspace of any size Parley
# can make (240,000 positions is the largest measured) stays far below 2^31.
# A larger rowid can only come from a crafted file, and code that indexes by
# rowid (the search index) would allocate memory in proportion to it.
MAX_ROWID = 2**31

_HEX = "[0-9a-f]"
_UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
_DATE = "(typeof({c}) = 'text' AND {c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date({c}) IS {c} " \
        "AND {c} >= '0001-01-01')"
# The JSON Schema's patterns, each as an SQL condition on column {c} (already known to be text).
PATTERNS = {
    "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$": f"{{c}} GLOB '{_UUID_GLOB}'",
    "^([0-9a-f]{32})?$": f"({{c}} = '' OR {{c}} GLOB '{_HEX * 32}')",
    "^#[0-9A-Fa-f]{6}$": "{c} GLOB '#" + "[0-9A-Fa-f]" * 6 + "'",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": _DATE,
    "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$": f"({{c}} = '' OR {_DATE})",
    # A UTC time to the second (the register of exported sheets).
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$":
        "{c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'",
    # https?:// then no whitespace: SQLite's GLOB has no class for "any space", so the usual ones are named.
    "^(https?://[^\\s]+)?$": "({c} = '' OR (({c} GLOB 'http://?*' OR {c} GLOB 'https://?*') AND "
                             "{c} NOT GLOB '*[ \t\n\r\f\v]*'))",
}
_FINITE = "({c} > -9e999 AND {c} < 9e999)"  # 9e999 is infinity in SQLite; NaN is stored as NULL
_TYPES = {
    "string": "typeof({c}) = 'text'",
    # JSON Schema's integer is any number with no fractional part (1e308 too), and an import stores it so
    "integer": f"(typeof({{c}}) = 'integer' OR (typeof({{c}}) = 'real' AND {_FINITE} AND {{c}} = round({{c}})))",
    "number": f"(typeof({{c}}) IN ('integer', 'real') AND {_FINITE})",
    "boolean": "(typeof({c}) = 'integer' AND {c} IN (0, 1))",
    "null": "{c} IS NULL",
}


def _sql_literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


def _condition(rule: dict, defs: dict) -> str:
    """One JSON Schema rule (as the workspace schema file writes them) as an SQL condition on {c}."""
    if "$ref" in rule:
        return _condition(defs[rule["$ref"].rsplit("/", 1)[-1]], defs)
    if "oneOf" in rule:
        return "(" + " OR ".join(_condition(r, defs) for r in rule["oneOf"]) + ")"
    if "enum" in rule:
        values = [v for v in rule["enum"] if v is not None]
        found = f"{{c}} IN ({', '.join(_sql_literal(v) for v in values)})"
        return f"({{c}} IS NULL OR {found})" if None in rule["enum"] else found
    kinds = rule["type"] if isinstance(rule["type"], list) else [rule["type"]]
    parts = []
    for kind in kinds:
        part = _TYPES[kind]
        if kind == "string" and "pattern" in rule:
            part += " AND " + PATTERNS[rule["pattern"]]  # a KeyError here means: add the new pattern above
        if kind == "string" and "maxLength" in rule:
            part += f" AND length({{c}}) <= {rule['maxLength']}"
        if kind in ("integer", "number") and "minimum" in rule:
            part += f" AND {{c}} >= {rule['minimum']}"
        parts.append(f"({part})")
    return "(" + " OR ".join(parts) + ")"


@lru_cache(maxsize=8)
def row_conditions(registry: Registry = REGISTRY) -> dict[str, dict[str, str]]:
    """For each table, each column's SQL condition for a good value.

    A column is NULL only where the JSON Schema allows null: in SQL no column
    is ever missing, so "not required" means nothing more here.
    """
    full = schema_for(registry)
    defs = full["$defs"]
    tables: dict[str, dict[str, str]] = {}
    for table in registry:
        definition = defs[table.name]
        columns: dict[str, str] = {}
        references = {column for column, _ in table.references}
        for column, rule in definition["properties"].items():
            if column in LIMITS:  # the tighter limit of domain.validation replaces the schema's maxLength
                rule = {**rule, "maxLength": LIMITS[column]} if "maxLength" in rule else rule
            condition = _condition(rule, defs)
            if column in references:  # it must equal a row's id, which is checked: its type is enough here
                condition = "(typeof({c}) = 'text'" + (" OR {c} IS NULL)" if "IS NULL" in condition else ")")
            columns[column] = condition.replace("{c}", f"[{column}]")
        tables[table.name] = columns
    return tables


def check_rows_quickly(conn: sqlite3.Connection, name: str, registry: Registry = REGISTRY) -> None:
    """Raise UnusableRowsError naming the first table, row and column that breaks the rules above.

    ``conn`` reads a file whose schema has passed ``schema_guard``. Columns
    a file of an older version does not have yet are passed over (their
    migration fills them in).
    """
    def refuse(problem: str) -> None:
        raise UnusableRowsError(translate("RowGuard", "{name} holds a row Parley cannot use ({problem}); it was left unchanged.").format(name=name, problem=problem))

    for table, conditions in row_conditions(registry).items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        if not present:
            continue  # a table a file of an older version does not have yet (its migration makes it)
        checked = {column: sql for column, sql in conditions.items() if column in present}
        bad = " OR ".join(f"NOT ({sql})" for sql in checked.values())
        if bad:
            row = conn.execute(f"SELECT rowid, * FROM [{table}] WHERE {bad} LIMIT 1").fetchone()
            if row is not None:
                names = ["rowid", *(d[0] for d in conn.execute(f"SELECT * FROM [{table}] LIMIT 0").description)]
                values = dict(zip(names, row))
                column = next((c for c, sql in checked.items() if not conn.execute(
                    f"SELECT coalesce({sql}, 0) FROM (SELECT ? AS [{c}])", [values[c]]).fetchone()[0]), None)
                index = conn.execute(f"SELECT count(*) FROM [{table}] WHERE id < ?", [values.get("id")]).fetchone()[0]
                where = f"$.{table}[{index}]" + (
                    translate("RowGuard", ".{column}: {value} is not a valid {column}").format(
                        column=column, value=_shown(values[column]))
                    if column else translate("RowGuard", ": a value of the wrong kind"))
                refuse(where)
        biggest = conn.execute(f"SELECT max(rowid) FROM [{table}]").fetchone()[0]
        if biggest is not None and biggest > MAX_ROWID:
            refuse(translate("RowGuard", "{table} has a row numbered {biggest}, beyond the {limit} Parley allows").format(table=table, biggest=biggest, limit=format(MAX_ROWID, ",")))
    if conn.execute("SELECT count(*) FROM negotiation").fetchone()[0] > 1:
        refuse(translate("RowGuard", "a workspace has at most one negotiation"))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if {"citations", "reports"} <= tables and {"citations", "reports"} <= set(registry.names()):
        bad = _first_misplaced_passage(conn)
        if bad is not None:
            refuse(translate("RowGuard", "citation row {row}: its passage is not the report's text between its offsets").format(row=bad))
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        refuse(translate("RowGuard", "{table} row {row} refers to a row of {target} that is not there").format(
            table=broken[0], row=broken[1], target=broken[2]))


def _first_misplaced_passage(conn: sqlite3.Connection) -> int | None:
    """The rowid of a citation whose passage is not its report's text between its offsets, or None.

    Done in Python, one report's text at a time: SQLite's ``substr`` walks
    the text from its first character to find an offset, so the same check in
    SQL took time in proportion to citations × report length (over a second
    for the 240,000-position workspace), where slicing a Python string does
    not. Its columns' types were checked just before (whole numbers from 0,
    text). As in SQL, an end before the start takes the text between the two
    (``substr`` with a negative length), and a citation of a report that is
    not there is left to the reference check.
    """
    report, current = None, object()
    for rowid, report_id, start, end, passage in conn.execute(
            "SELECT rowid, report_id, passage_start, passage_end, passage FROM citations ORDER BY report_id"):
        if report_id != current:
            current = report_id
            report = conn.execute("SELECT text FROM reports WHERE id = ?", [report_id]).fetchone()
        if report is None:
            continue
        text = report[0]
        if not isinstance(text, str):  # no text (the column check refuses it first): no passage is in it
            return rowid
        start, end = int(start), int(end)
        if end > len(text) or (text[start:end] if start <= end else text[end:start]) != passage:
            return rowid
    return None


def check_file_rows_quickly(path: Path, registry: Registry = REGISTRY) -> None:
    """The fast check on a read-only connection of its own, for a file whose schema has passed."""
    from core.store.schema_guard import guarded_connection

    conn = guarded_connection(path)
    conn.set_authorizer(None)  # the schema is Parley's own: its functions may run
    conn.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        check_rows_quickly(conn, path.name, registry)
    except sqlite3.DatabaseError as exc:
        raise DamagedWorkspaceError(translate("RowGuard", "{path} could not be read ({exc}); it was left unchanged.").format(path=path.name, exc=exc)) from exc
    finally:
        conn.close()


def _shown(value) -> str:
    if isinstance(value, str):
        shown = value[:40] + ("…" if len(value) > 40 else "")
        return translate("RowGuard", "the text “{text}”").format(text=shown)
    if isinstance(value, bytes):
        return translate("RowGuard", "binary data")
    if value is None:
        return translate("RowGuard", "empty")
    return translate("RowGuard", "the number {number}").format(number=value)
