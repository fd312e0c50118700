"""The workspace schema, created and migrated with sqlite-utils' Migrations.

Each migration sets ``PRAGMA user_version`` to its own number, so a file's
version can be read without knowing the migration table. sqlite-utils
accepts a database holding migrations it does not know; ``store`` checks for
those itself before anything is written, and refuses such a file.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "parley"
# 'PRLY': marks an SQLite file as a Parley workspace.
APPLICATION_ID = 0x50524C59
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    """Every table of the domain, with UUID keys and foreign keys."""
    db.executescript(
        """
        CREATE TABLE negotiation (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE parties (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '#777777',
            sort_order INTEGER NOT NULL DEFAULT 0,
            role TEXT NOT NULL DEFAULT 'party'
                CHECK (role IN ('party', 'observer', 'mediator', 'host'))
        );
        CREATE TABLE tracks (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE issues (
            id TEXT PRIMARY KEY,
            track_id TEXT REFERENCES tracks(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            quantity_kind TEXT CHECK (quantity_kind IN ('duration', 'count', 'date')),
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE rounds (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            duration_minutes INTEGER,
            duration_note TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            outlet TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE positions (
            id TEXT PRIMARY KEY,
            issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            party_id TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            stated INTEGER NOT NULL DEFAULT 1 CHECK (stated IN (0, 1)),
            stance TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            value_low REAL,
            value_high REAL,
            value_unit TEXT NOT NULL DEFAULT '',
            value_qualifier TEXT CHECK (value_qualifier IN
                ('at_least', 'at_most', 'about', 'before', 'unspecified')),
            value_date TEXT,
            quote TEXT NOT NULL DEFAULT '',
            original_text TEXT NOT NULL DEFAULT '',
            original_language TEXT NOT NULL DEFAULT '',
            translation TEXT NOT NULL DEFAULT '',
            speaker_id TEXT REFERENCES people(id) ON DELETE SET NULL,
            source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
            stated_on TEXT,
            timing_note TEXT NOT NULL DEFAULT '',
            analyst_note TEXT NOT NULL DEFAULT '',
            UNIQUE (issue_id, party_id, round_id)
        );
        CREATE INDEX positions_by_issue ON positions(issue_id, party_id);
        CREATE TABLE issue_status (
            id TEXT PRIMARY KEY,
            issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN
                ('agreed', 'narrowing', 'open', 'opposed', 'not_discussed')),
            common_ground TEXT NOT NULL DEFAULT '',
            claimed_by_party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (issue_id, round_id)
        );
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            status_id TEXT NOT NULL REFERENCES issue_status(id) ON DELETE CASCADE,
            position_id TEXT REFERENCES positions(id) ON DELETE CASCADE,
            source_id TEXT REFERENCES sources(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT '',
            CHECK (position_id IS NOT NULL OR source_id IS NOT NULL)
        );
        """
    )
    db["positions"].enable_fts(
        ["stance", "summary", "quote", "original_text", "translation", "analyst_note"],
        tokenize=FTS_TOKENIZER,
        create_triggers=True,
    )
    db["issue_status"].enable_fts(
        ["common_ground", "note"], tokenize=FTS_TOKENIZER, create_triggers=True
    )
    db["issues"].enable_fts(
        ["name", "description"], tokenize=FTS_TOKENIZER, create_triggers=True
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


# Migration 2 keeps its own literal list: a migration must not change when tables do.
DOMAIN_TABLES = ("negotiation", "parties", "tracks", "issues", "rounds", "people", "sources",
                 "positions", "issue_status", "evidence")


@migrations()
def m002_base_hash(db: Database) -> None:
    """Record each row's content hash as the common ancestor for merges."""
    from core.domain.hashing import content_hash

    for table in DOMAIN_TABLES:
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN base_hash TEXT NOT NULL DEFAULT ''")
        rows = list(db[table].rows)
        for row in rows:
            db.execute(f"UPDATE [{table}] SET base_hash = ? WHERE id = ?", [content_hash(row), row["id"]])
    db.execute("PRAGMA user_version = 2")


@migrations()
def m003_reports_and_citations(db: Database) -> None:
    """Sources become outlets and reports with their text; a position rests on any
    number of citations and carries further labelled figures; parties and people
    get aliases for the reading assistant.

    Runs with foreign keys off (``open_workspace`` turns them off around
    migrations), because ``positions`` and ``evidence`` are rebuilt to lose
    their ``source_id`` and dropping a table would otherwise cascade.
    New rows get ids derived from the old ones (``upgrade_ids``), so two
    analysts who upgrade copies of one workspace can still merge them.
    """
    from core.domain.upgrade import sources_to_reports

    tables = {name: [dict(zip([c[0] for c in cursor.description], row, strict=True)) for row in cursor]
              for name in ("sources", "positions", "evidence")
              for cursor in [db.execute(f"SELECT * FROM [{name}]")]}
    moved = sources_to_reports(tables["sources"], tables["positions"], tables["evidence"])
    db.executescript(
        """
        CREATE TABLE outlets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            reliability TEXT NOT NULL DEFAULT 'F'
                CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
            party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
            language TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            base_hash TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            outlet_id TEXT REFERENCES outlets(id) ON DELETE SET NULL,
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            base_hash TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE positions_new (
            id TEXT PRIMARY KEY,
            issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            party_id TEXT NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
            round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            stated INTEGER NOT NULL DEFAULT 1 CHECK (stated IN (0, 1)),
            stance TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            value_low REAL,
            value_high REAL,
            value_unit TEXT NOT NULL DEFAULT '',
            value_qualifier TEXT CHECK (value_qualifier IN
                ('at_least', 'at_most', 'about', 'before', 'unspecified')),
            value_date TEXT,
            value_label TEXT NOT NULL DEFAULT '',
            quote TEXT NOT NULL DEFAULT '',
            original_text TEXT NOT NULL DEFAULT '',
            original_language TEXT NOT NULL DEFAULT '',
            translation TEXT NOT NULL DEFAULT '',
            speaker_id TEXT REFERENCES people(id) ON DELETE SET NULL,
            stated_on TEXT,
            timing_note TEXT NOT NULL DEFAULT '',
            analyst_note TEXT NOT NULL DEFAULT '',
            base_hash TEXT NOT NULL DEFAULT '',
            UNIQUE (issue_id, party_id, round_id)
        );
        INSERT INTO positions_new (id, issue_id, party_id, round_id, stated, stance, summary, value_low,
            value_high, value_unit, value_qualifier, value_date, quote, original_text, original_language,
            translation, speaker_id, stated_on, timing_note, analyst_note, base_hash)
        SELECT id, issue_id, party_id, round_id, stated, stance, summary, value_low,
            value_high, value_unit, value_qualifier, value_date, quote, original_text, original_language,
            translation, speaker_id, stated_on, timing_note, analyst_note, base_hash
        FROM positions ORDER BY rowid;
        DROP TABLE positions;
        ALTER TABLE positions_new RENAME TO positions;
        CREATE INDEX positions_by_issue ON positions(issue_id, party_id);
        CREATE TABLE evidence_new (
            id TEXT PRIMARY KEY,
            status_id TEXT NOT NULL REFERENCES issue_status(id) ON DELETE CASCADE,
            position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
            note TEXT NOT NULL DEFAULT '',
            base_hash TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO evidence_new (id, status_id, position_id, note, base_hash)
        SELECT id, status_id, position_id, note, base_hash FROM evidence
        WHERE position_id IS NOT NULL ORDER BY rowid;
        DROP TABLE evidence;
        ALTER TABLE evidence_new RENAME TO evidence;
        DROP TABLE sources;
        CREATE TABLE figures (
            id TEXT PRIMARY KEY,
            position_id TEXT NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
            label TEXT NOT NULL DEFAULT '',
            low REAL,
            high REAL,
            unit TEXT NOT NULL DEFAULT '',
            qualifier TEXT CHECK (qualifier IN ('at_least', 'at_most', 'about', 'before', 'unspecified')),
            date TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            base_hash TEXT NOT NULL DEFAULT '',
            CHECK (low IS NULL OR high IS NULL OR low <= high)
        );
        CREATE INDEX figures_by_position ON figures(position_id);
        CREATE TABLE citations (
            id TEXT PRIMARY KEY,
            report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            position_id TEXT REFERENCES positions(id) ON DELETE CASCADE,
            status_id TEXT REFERENCES issue_status(id) ON DELETE CASCADE,
            passage_start INTEGER NOT NULL DEFAULT 0,
            passage_end INTEGER NOT NULL DEFAULT 0,
            passage TEXT NOT NULL DEFAULT '',
            speaker TEXT NOT NULL DEFAULT '',
            credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
            stance TEXT NOT NULL DEFAULT '',
            value_low REAL,
            value_high REAL,
            value_unit TEXT NOT NULL DEFAULT '',
            value_qualifier TEXT CHECK (value_qualifier IN
                ('at_least', 'at_most', 'about', 'before', 'unspecified')),
            value_date TEXT,
            note TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            base_hash TEXT NOT NULL DEFAULT '',
            CHECK ((position_id IS NULL) <> (status_id IS NULL)),
            CHECK (passage_start >= 0 AND passage_end >= passage_start),
            CHECK (value_low IS NULL OR value_high IS NULL OR value_low <= value_high)
        );
        CREATE INDEX citations_by_position ON citations(position_id);
        CREATE INDEX citations_by_status ON citations(status_id);
        CREATE INDEX citations_by_report ON citations(report_id);
        ALTER TABLE parties ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
        """
    )
    for table in ("outlets", "reports", "citations"):
        if moved[table]:  # executemany: sqlite-utils' insert_all builds each row's SQL (37 s for 240,000)
            columns = list(moved[table][0])
            db.conn.executemany(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                [[row[c] for c in columns] for row in moved[table]])
    _rehash_unchanged(db, "parties", {"aliases": ""})
    _rehash_unchanged(db, "people", {"aliases": ""})
    _rehash_unchanged(db, "positions", {"value_label": ""}, old=tables["positions"])
    _rehash_unchanged(db, "evidence", {}, old=tables["evidence"])
    db["positions"].enable_fts(
        ["stance", "summary", "quote", "original_text", "translation", "analyst_note"],
        tokenize=FTS_TOKENIZER, create_triggers=True, replace=True,
    )
    db["reports"].enable_fts(["title", "text"], tokenize=FTS_TOKENIZER, create_triggers=True)
    db.execute("PRAGMA user_version = 3")


def _rehash_unchanged(db: Database, table: str, added: dict, old: list[dict] | None = None) -> None:
    """Give a row untouched since its last import or merge the base hash of its new shape.

    A row whose base hash matched its content before the migration still
    matches after it, so a merge does not take every row for a local edit. A
    row edited locally keeps its old base hash, which still differs.
    """
    from core.domain.hashing import content_hash

    if old is None:
        old = [{k: v for k, v in row.items() if k not in added} for row in db[table].rows]
    updates = []
    for row in old:
        if row.get("base_hash") and row["base_hash"] == content_hash(row):
            kept = {k: v for k, v in row.items() if k != "source_id"}
            updates.append((content_hash({**kept, **added}), row["id"]))
    db.conn.executemany(f"UPDATE [{table}] SET base_hash = ? WHERE id = ?", updates)


@migrations()
def m004_sheet_register(db: Database) -> None:
    """The register of exported sheets, and the sheet defaults the window and the command line share.

    The defaults are the ones both used before (landscape A4 marked
    OFFICIAL-SENSITIVE), so an upgraded workspace exports as it did.
    """
    db.executescript(
        """
        CREATE TABLE sheet_exports (
            id TEXT PRIMARY KEY,
            exported_at TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'pdf' CHECK (format IN ('pdf', 'docx', 'xlsx', 'csv', 'json')),
            file_name TEXT NOT NULL DEFAULT '',
            round_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
            round_name TEXT NOT NULL DEFAULT '',
            since_round_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
            since_round_name TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL DEFAULT '',
            base_hash TEXT NOT NULL DEFAULT ''
        );
        ALTER TABLE negotiation ADD COLUMN sheet_marking TEXT NOT NULL DEFAULT 'OFFICIAL-SENSITIVE';
        ALTER TABLE negotiation ADD COLUMN sheet_paper TEXT NOT NULL DEFAULT 'a4'
            CHECK (sheet_paper IN ('a4', 'letter'));
        ALTER TABLE negotiation ADD COLUMN sheet_landscape INTEGER NOT NULL DEFAULT 1
            CHECK (sheet_landscape IN (0, 1));
        """
    )
    _rehash_unchanged(db, "negotiation", {"sheet_marking": "OFFICIAL-SENSITIVE", "sheet_paper": "a4",
                                          "sheet_landscape": 1})
    db.execute("PRAGMA user_version = 4")


# The full-text indexes the search reads, with their columns as migration 3 left them (literal, as above).
SEARCHED_FULL_TEXT = (
    ("positions", ("stance", "summary", "quote", "original_text", "translation", "analyst_note")),
    ("issue_status", ("common_ground", "note")),
    ("issues", ("name", "description")),
    ("reports", ("title", "text")),
)
# Prefix lengths, in characters, FTS5 keeps an index of (m005). Changing them takes a new migration.
SEARCH_PREFIXES = "2 3"


@migrations()
def m005_search_prefixes_and_positions_by_round(db: Database) -> None:
    """Prefix indexes for the full-text search, and an index of positions by round.

    A broad prefix (``ka*``) matched about 190,000 of the large workspace's
    240,000 positions by merging the posting lists of every term that starts
    with it: 90-170 ms. FTS5's ``prefix=`` option keeps a ready index of the
    prefixes of those lengths, so the same match reads one list. FTS5 cannot
    add the option to an index, so each full-text table the search reads is
    made again with it (same columns, tokenizer and external content) and
    rebuilt from its table; the triggers that keep it stay as they were, as
    they name the index, not its options. A prefix of another length is
    answered as before, from the terms.

    Measured on the large generated workspace (``python -m
    tests.search_prefix_figures``): ``ka*``, ``mor*``, ``de*`` counted in
    7-13 ms instead of 50-95; the migration 5.8 s; the file 294 -> 335 MiB
    (306 after VACUUM: the old indexes' pages are free, reused by later
    writes); rebuilding the positions' index, as a bulk import does, 2.3 ->
    5.0 s. '2 3 4' found these no faster and cost 362 MiB, 7.8 s and 8.1 s.

    ``positions_by_round`` lets the comparison read one round's positions
    without scanning them all.
    """
    for table, columns in SEARCHED_FULL_TEXT:
        _remake_full_text(db, table, columns, SEARCH_PREFIXES)
    db.execute("CREATE INDEX positions_by_round ON positions(round_id)")
    db.execute("PRAGMA user_version = 5")


def _remake_full_text(db: Database, table: str, columns: tuple[str, ...], prefixes: str) -> None:
    """Drop ``table``'s FTS5 index and make it again, with a prefix index, from the table's rows.

    The statement is sqlite-utils' own (``enable_fts``) with ``prefix=``
    added, so ``detect_fts`` and the bulk loader still recognise it.
    """
    fts = f'"{table}_fts"'
    names = ", ".join(f'"{column}"' for column in columns)
    db.execute(f"DROP TABLE {fts}")
    db.execute(f"CREATE VIRTUAL TABLE {fts} USING FTS5 (\n    {names},\n    tokenize='{FTS_TOKENIZER}',\n"
               f"    prefix='{prefixes}',\n    content=\"{table}\"\n)")
    db.execute(f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')")


def known_migration_names() -> list[str]:
    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]


SCHEMA_VERSION = len(known_migration_names())
