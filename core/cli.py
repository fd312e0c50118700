"""``parley export ...``: the command line, with no display and no Qt.

Exit status: 0 on success, 2 on bad arguments (including a round, track,
issue or party the workspace does not have), 1 with a one-line message on
any other failure. Output files are written to a temporary file beside the
target and renamed into place, so a failure never leaves a half-written one.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from .comparison import Snapshot
from .sheet import Marking, SheetError, SheetOptions, build_sheet, resolve
from .store import Workspace, WorkspaceError, open_workspace

COMMANDS = ("export",)


class UsageError(Exception):
    """A bad argument discovered after parsing; exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, then exit 2, as argparse does
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="parley", description="Parley on the command line.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    export = commands.add_parser("export", help="export a comparison sheet")
    export.add_argument("--format", choices=["pdf"], default="pdf")
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--workspace", type=Path, metavar="FILE",
                        help="the workspace (default: the default workspace)")
    export.add_argument("--round", metavar="R", help="round name, date or id (default: the latest)")
    export.add_argument("--since", metavar="R", help="mark changes since this round")
    export.add_argument("--track", action="append", default=[], metavar="T")
    export.add_argument("--issue", action="append", default=[], metavar="I")
    export.add_argument("--party", action="append", default=[], metavar="P",
                        help="parties to show, in order (default: the parties, without observers)")
    marking = export.add_mutually_exclusive_group()
    marking.add_argument("--marking", metavar="TEXT", help="protective marking, e.g. OFFICIAL-SENSITIVE")
    marking.add_argument("--tlp", metavar="LEVEL", help="TLP 2.0 label: red, amber+strict, amber, green, clear")
    export.add_argument("--landscape", action="store_true")
    export.add_argument("--paper", choices=["a4", "letter"], default="a4")
    export.add_argument("--no-quotes", action="store_true", help="leave quotes out")
    export.add_argument("--title", help="title printed on the sheet")
    export.set_defaults(run=run_export)
    return parser


def open_for_command(path: Path | None) -> Workspace:
    if path is None:
        from .seed import ensure_default_workspace

        path = ensure_default_workspace()
    elif not path.exists():
        raise WorkspaceError(f"no workspace at {path}")
    return open_workspace(path)


def sheet_options(snapshot: Snapshot, args) -> SheetOptions:
    try:
        round_keys = ("id", "name", "date")
        round_id = resolve(snapshot.rounds, [args.round], "round", round_keys)[0].id if args.round else None
        since = resolve(snapshot.rounds, [args.since], "round", round_keys)[0].id if args.since else None
        tracks = {t.id for t in resolve(snapshot.tracks, args.track, "track")} if args.track else None
        issues = {i.id for i in resolve(snapshot.issues, args.issue, "issue")} if args.issue else None
        parties = [p.id for p in resolve(snapshot.parties, args.party, "party", ("id", "name", "short_name"))] \
            if args.party else None
        marking = Marking.tlp(args.tlp) if args.tlp else Marking.free_text(args.marking or "")
    except SheetError as exc:
        raise UsageError(str(exc)) from exc
    return SheetOptions(round_id=round_id, since_round_id=since, track_ids=tracks, issue_ids=issues,
                        party_ids=parties, marking=marking, landscape=args.landscape, paper=args.paper,
                        include_quotes=not args.no_quotes, title=args.title or "")


def run_export(args) -> int:
    from .sheet_pdf import render_pdf

    if not args.output.parent.exists():
        raise OSError(f"the folder {args.output.parent} does not exist")
    workspace = open_for_command(args.workspace)
    try:
        snapshot = Snapshot(workspace)
    finally:
        workspace.close()
    sheet = build_sheet(snapshot, sheet_options(snapshot, args))
    pages = render_pdf(sheet, args.output)
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}, {len(sheet.comparison.rows)} issues).")
    return 0


def main(argv: list[str]) -> int:
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
    except (WorkspaceError, SheetError, OSError, sqlite3.Error) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"parley {args.command}: {message}", file=sys.stderr)
        return 1
