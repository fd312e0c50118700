"""``parley export|import|merge|restore|read ...``: the command line, with no display and no Qt.

Exit status: 0 on success, 2 on bad arguments (including a round, track,
issue or party the workspace does not have), 1 with a one-line message on
any other failure. Output files are written to a temporary file beside the
target and renamed into place, so a failure never leaves a half-written one.
"""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

from core.compare.comparison import Snapshot
from core.interchange.backed_up import import_with_backup, merge_with_backup
from core.interchange.json_document import DocumentError, import_new_workspace, read_document, write_json
from core.interchange.merge import plan_merge
from core.interchange.received import read_other
from core.sheet.model import (
    DEFAULT_MARKING_TEXT,
    DEFAULT_PAPER,
    Marking,
    SheetError,
    SheetOptions,
    build_sheet,
    refuse_since_not_earlier,
    resolve,
)
from core.store.workspace import Workspace, WorkspaceError, open_briefly, open_workspace

from core.commands import COMMANDS  # noqa: F401 (re-exported)


class UsageError(Exception):
    """A bad argument discovered after parsing; exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, then exit 2, as argparse does
        self.exit(2, f"{self.prog}: {message}\n")


@lru_cache(maxsize=1)
def build_parser() -> argparse.ArgumentParser:
    """Built once per process (parsing does not change it): building it takes longer than most commands."""
    parser = Parser(prog="parley", description="Parley on the command line.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    export = commands.add_parser("export", help="export a comparison sheet")
    export.add_argument("--format", choices=["pdf", "docx", "xlsx", "csv", "json"], default="pdf")
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--workspace", type=Path, metavar="FILE",
                        help="the workspace (default: the default workspace)")
    export.add_argument("--round", metavar="R", help="round name, date or id (default: the latest)")
    since = export.add_mutually_exclusive_group()
    since.add_argument("--since", metavar="R", help="mark changes since this round")
    since.add_argument("--since-last", action="store_true",
                       help="mark changes since the round the last recorded sheet showed (see the register)")
    export.add_argument("--track", action="append", default=[], metavar="T")
    export.add_argument("--issue", action="append", default=[], metavar="I")
    export.add_argument("--party", action="append", default=[], metavar="P",
                        help="parties to show, in order (default: the parties, without observers)")
    marking = export.add_mutually_exclusive_group()
    marking.add_argument("--marking", metavar="TEXT",
                         help="protective marking (default: the workspace's, as in the window; "
                              f"a new workspace's is {DEFAULT_MARKING_TEXT})")
    marking.add_argument("--tlp", metavar="LEVEL", help="TLP 2.0 label: red, amber+strict, amber, green, clear")
    marking.add_argument("--no-marking", action="store_true", help="print no protective marking")
    orientation = export.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_const", const=True, default=None,
                             help="landscape pages (default: the workspace's, landscape in a new one)")
    orientation.add_argument("--portrait", dest="landscape", action="store_const", const=False,
                             help="portrait pages")
    export.add_argument("--paper", choices=["a4", "letter"], default=None,
                        help=f"paper size (default: the workspace's, {DEFAULT_PAPER} in a new one)")
    export.add_argument("--save-defaults", action="store_true",
                        help="keep this marking, paper and orientation as the workspace's sheet defaults "
                             "(the window's too)")
    export.add_argument("--no-quotes", action="store_true", help="leave quotes out")
    export.add_argument("--title", help="title printed on the sheet")
    export.set_defaults(run=run_export)

    imports = commands.add_parser("import", help="import a workspace JSON file")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--new", type=Path, metavar="WORKSPACE", help="create this new workspace from FILE")
    imports.add_argument("--workspace", type=Path, metavar="FILE",
                         help="an empty workspace to import into (default: the default workspace)")
    imports.set_defaults(run=run_import)

    merge = commands.add_parser("merge", help="merge another workspace or JSON export into this one")
    merge.add_argument("other", type=Path, metavar="OTHER")
    merge.add_argument("--strategy", choices=["theirs", "mine", "ask"], default="ask",
                       help="for rows changed on both sides (ask: list them and merge nothing)")
    merge.add_argument("--workspace", type=Path, metavar="FILE")
    merge.set_defaults(run=run_merge)

    restore = commands.add_parser("restore", help="list backups, or put one in place of the workspace")
    restore.add_argument("backup", nargs="?", metavar="BACKUP",
                         help="a number from --list, or a backup file (default: the newest good backup)")
    restore.add_argument("--list", action="store_true", help="list this workspace's backups, newest first")
    restore.add_argument("--set-aside-damaged", action="store_true",
                         help="if the workspace is damaged, rename it to NAME.damaged before restoring")
    restore.add_argument("--workspace", type=Path, metavar="FILE")
    restore.set_defaults(run=run_restore)

    read = commands.add_parser("read", help="propose the statements of reports (writes nothing)")
    read.add_argument("reports", nargs="+", type=Path, metavar="REPORT",
                      help="report files: .txt, .html, .pdf or .docx")
    read.add_argument("--workspace", type=Path, metavar="FILE",
                      help="the workspace whose parties, people, issues and rounds to use (default: the default "
                           "workspace); opened read-only")
    read.add_argument("--round", metavar="R", help="round name, date or id (default: from each report's date)")
    read.add_argument("--format", choices=["json", "text"], default="text",
                      help="json: one object per report, one per line (see the README); text: a list to read")
    read.set_defaults(run=run_read)
    return parser


def open_for_command(path: Path | None, read_only: bool = False) -> Workspace:
    if path is None:
        from core.interchange.seed import ensure_default_workspace

        path = ensure_default_workspace()
    elif not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    return open_workspace(path, read_only=read_only)


def sheet_options(snapshot: Snapshot, args, last_sheet=None) -> SheetOptions:
    """The options of ``parley export``: what is not given comes from the workspace's sheet defaults."""
    from core.sheet.register import defaults_of, since_last_sheet

    default_marking, default_paper, default_landscape = defaults_of(snapshot.negotiation)
    try:
        round_keys = ("id", "name", "date")
        round_id = resolve(snapshot.rounds, [args.round], "round", round_keys)[0].id if args.round else None
        since = resolve(snapshot.rounds, [args.since], "round", round_keys)[0].id if args.since else None
        if getattr(args, "since_last", False):
            since = since_last_sheet(snapshot, last_sheet, round_id)
        tracks = {t.id for t in resolve(snapshot.tracks, args.track, "track")} if args.track else None
        issues = {i.id for i in resolve(snapshot.issues, args.issue, "issue")} if args.issue else None
        parties = [p.id for p in resolve(snapshot.parties, args.party, "party", ("id", "name", "short_name"))] \
            if args.party else None
        if args.tlp:
            marking = Marking.tlp(args.tlp)
        elif args.no_marking:
            marking = Marking()
        elif args.marking is not None:
            marking = Marking.free_text(args.marking)
        else:
            marking = default_marking
        refuse_since_not_earlier(snapshot, round_id, since)
    except SheetError as exc:
        raise UsageError(str(exc)) from exc
    return SheetOptions(round_id=round_id, since_round_id=since, track_ids=tracks, issue_ids=issues,
                        party_ids=parties, marking=marking,
                        landscape=default_landscape if args.landscape is None else args.landscape,
                        paper=args.paper or default_paper,
                        include_quotes=not args.no_quotes, title=args.title or "")


def run_export(args) -> int:
    from core.domain.records import SheetExport
    from core.sheet.register import entry_for, record_export
    from core.store.file_access import refuse_workspace_as_output

    if not args.output.parent.exists():
        raise OSError(f"the folder {args.output.parent} does not exist")
    if args.output.is_dir():
        raise UsageError(f"{args.output} is a folder; name the file to write")
    if args.format not in ("pdf", "docx") and (args.since_last or args.save_defaults):
        raise UsageError(f"{'--since-last' if args.since_last else '--save-defaults'} goes with a sheet "
                         "(--format pdf or docx)")
    workspace = open_for_command(args.workspace, read_only=True)
    try:
        refuse_workspace_as_output(args.output, workspace.path)
        path = workspace.path
        last_sheet = None
        if args.format == "json":
            write_json(workspace, args.output)
            wrote = f"Wrote {args.output}."
        else:
            snapshot = Snapshot(workspace, detached=True)  # the file is closed before the sheet is written
            from core.sheet.register import last_sheet as find_last_sheet

            last_sheet = find_last_sheet(workspace.all(SheetExport))
    finally:
        workspace.close()
    options = None
    if args.format in ("csv", "xlsx"):
        from core.sheet.csv_export import write_csv
        from core.sheet.xlsx_export import write_xlsx

        (write_csv if args.format == "csv" else write_xlsx)(snapshot, args.output)
        wrote = f"Wrote {args.output}."
    elif args.format in ("pdf", "docx"):
        options = sheet_options(snapshot, args, last_sheet)
        sheet = build_sheet(snapshot, options)
        if args.format == "pdf":
            from core.sheet.pdf import render_pdf

            pages = render_pdf(sheet, args.output)
            wrote = f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}, " \
                    f"{len(sheet.comparison.rows)} issues)."
        else:
            from core.sheet.docx_export import write_docx

            write_docx(sheet, args.output)
            wrote = f"Wrote {args.output} ({len(sheet.comparison.rows)} issues)."
    print(wrote)
    entry = entry_for(snapshot if options else None, args.format, args.output, options)
    problem = record_export(path, entry)
    if args.save_defaults and options is not None and problem is None:
        problem = _save_defaults(path, options)
    if problem:
        print(f"Note: {problem}.", file=sys.stderr)
    return 0


def _save_defaults(path: Path, options: SheetOptions) -> str | None:
    from core.sheet.register import set_defaults

    try:
        workspace = open_workspace(path)
    except (WorkspaceError, OSError, sqlite3.Error) as exc:
        return f"the sheet defaults were not saved: {exc}"
    try:
        set_defaults(workspace, options.marking, options.paper, options.landscape)
    finally:
        workspace.close()
    return None


def run_import(args) -> int:
    document = read_document(args.file)  # checked whole before anything is opened or written
    if args.new is not None:
        if args.workspace is not None:
            raise UsageError("give --new or --workspace, not both")
        count = import_new_workspace(document, args.new)
        print(f"Imported {count} records into the new workspace {args.new}.")
        return 0
    workspace = open_for_command(args.workspace)
    try:
        saved, count = import_with_backup(workspace, document, new_workspace="a new workspace (--new)")
    finally:
        workspace.close()
    print(f"Imported {count} records into {workspace.path} (backup: {saved}).")
    return 0


def run_merge(args) -> int:
    document = read_other(args.other)
    workspace = open_for_command(args.workspace)
    try:
        plan = plan_merge(workspace, document)
        if plan.conflicts and args.strategy == "ask":
            for conflict in plan.conflicts:
                print(f"conflict: {conflict.label} ({', '.join(conflict.fields)})")
            raise WorkspaceError(f"{len(plan.conflicts)} rows were changed on both sides; nothing was merged. "
                                 "Choose --strategy theirs or mine, or merge in the window")
        resolution = "mine" if args.strategy == "ask" else args.strategy  # "ask" reaches here with no conflicts
        saved, changes = merge_with_backup(workspace, plan, resolution, f"Merge {args.other.name}")
        changes.apply(workspace)
    finally:
        workspace.close()
    print(f"Merged {args.other}: {plan.summary()}" + (f" (resolved: {args.strategy})" if plan.conflicts else "")
          + f". Backup: {saved}")
    return 0


def run_restore(args) -> int:
    from core.store import backups
    from core.store.paths import default_workspace_path
    from core.store.workspace import DamagedWorkspaceError, NotAWorkspaceError, check_openable

    path = args.workspace or default_workspace_path()
    found = backups.backups_of(path)
    if args.list:
        if not found:
            print(f"No backups of {path.name} in {backups.backup_dir()}.")
        for number, backup_path in enumerate(found, start=1):
            print(f"{number}  {backups.describe(backup_path)}  {backup_path}")
        return 0
    if args.backup is None:
        chosen = backups.newest_good_backup(path)
        if chosen is None:
            raise WorkspaceError(f"no good backup of {path.name} in {backups.backup_dir()}")
    elif args.backup.isascii() and args.backup.isdigit():  # not '²' or '٣', which int() or isdigit take
        if not 1 <= int(args.backup) <= len(found):
            raise UsageError(f"there is no backup number {args.backup}; see parley restore --list")
        chosen = found[int(args.backup) - 1]
    else:
        chosen = Path(args.backup)
        if not chosen.exists():
            raise UsageError(f"no backup file {chosen}")
    set_aside = None
    if path.exists():
        try:
            check_openable(path)
        except (DamagedWorkspaceError, NotAWorkspaceError) as exc:
            if not args.set_aside_damaged:
                raise WorkspaceError(f"{exc} Rerun with --set-aside-damaged to rename it to "
                                     f"{path.name}.damaged and restore") from None
            set_aside = backups.set_aside(path)
    previous = backups.restore(chosen, path)
    print(f"Restored {path} from {chosen.name} ({backups.describe(chosen)}).")
    if previous:
        print(f"The workspace as it was is kept in {previous}.")
    if set_aside:
        print(f"The damaged file was renamed to {set_aside}.")
    return 0


def run_read(args) -> int:
    """Propose each report's statements; never writes (the workspace is opened read-only and closed first).

    A report that cannot be read gets one line on stderr and the others are
    still read; the status is then 1.
    """
    import json
    from dataclasses import replace

    from core.reading import read_report
    from core.reading.from_workspace import gazetteer_of
    from core.reading.listing import reading_lines
    from core.reports import ReportFileError, read_report_file
    from core.store.paths import default_workspace_path

    path = args.workspace
    if path is None:
        path = default_workspace_path(create_dir=False)  # creating the default workspace would write
        if not path.exists():
            raise WorkspaceError(f"there is no default workspace yet ({path}); give --workspace FILE")
    elif not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    workspace = open_briefly(path)
    try:
        gazetteer = gazetteer_of(workspace)
        forced_round = None
        if args.round:
            try:
                forced_round = resolve(workspace.rounds(), [args.round], "round", ("id", "name", "date"))[0].name
            except SheetError as exc:
                raise UsageError(str(exc)) from exc
    finally:
        workspace.close()
    status = 0
    for report_path in args.reports:
        try:
            report = read_report_file(report_path)
        except ReportFileError as exc:
            print(f"parley read: {exc}", file=sys.stderr)
            status = 1
            continue
        reading = read_report(report.text, gazetteer, published=report.published or None,
                              language=report.language or None)
        if forced_round is not None:
            reading = replace(reading, round=forced_round)
        about = {"title": report.title or None, "outlet": report.outlet or None, "url": report.url or None,
                 "published": report.published or None, "language": report.language or None,
                 "text": report.text}
        if args.format == "json":
            print(json.dumps(reading.to_json(about), ensure_ascii=False))
        else:
            print("\n".join(reading_lines(str(report_path), about, reading)))
        sys.stdout.flush()
    return status


def main(argv: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):  # a path the console cannot encode must not fail a success
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return args.run(args)
    except UsageError as exc:
        print(f"parley {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return quiet_closed_stdout()
    except OSError as exc:
        print(f"parley {args.command}: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except (WorkspaceError, SheetError, DocumentError, sqlite3.Error, UnicodeError, RecursionError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, sqlite3.OperationalError) and "full" in message:
            message = "the disk is full; nothing was written"
        print(f"parley {args.command}: {message}", file=sys.stderr)
        return 1


def quiet_closed_stdout() -> int:
    """``parley read FILE | head -1``: the reader has what it wanted, so this is no failure.

    stdout is pointed at the null device so that the interpreter's last flush
    of what is still buffered meets no closed pipe either (the recipe of the
    Python documentation, "Note on SIGPIPE"; os.devnull and dup2 work on Windows too).
    """
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass  # a stdout with no file descriptor (a test's capture): nothing left to flush into a pipe
    return 0


OS_PROBLEMS = {
    errno.ENOENT: "there is no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EEXIST: "it exists already",
}


def describe_os_error(exc: OSError) -> str:
    """An operating-system error in words, on one line: never a raw "[Errno 2]"."""
    problem = OS_PROBLEMS.get(exc.errno or 0) or (exc.strerror or "").lower()
    if not problem:  # an OSError raised with a sentence of Parley's own
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if exc.filename:
        verb = "write" if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS) else "use"
        return f"cannot {verb} {exc.filename}: {problem}"
    return problem
