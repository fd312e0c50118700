"""Parley's entry point: ``parley`` opens the window.

``--workspace FILE`` opens (or creates) a workspace; without it the default
workspace in the data directory is used, seeded with the Istanbul talks on
first start. ``--screenshot FILE.png`` renders the window offscreen at
1400×900, saves it and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1400, 900)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parley",
        description="Compare negotiating positions side by side, issue by issue and round by round.",
    )
    parser.add_argument("--workspace", metavar="FILE", type=Path,
                        help="open (or create) this workspace instead of the default one")
    parser.add_argument("--screenshot", metavar="FILE.png", type=Path,
                        help="render the main window offscreen at 1400x900 into FILE.png and exit")
    return parser


def fail(message: str) -> int:
    print(f"parley: {message}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from core.commands import COMMANDS

    if argv and argv[0] in COMMANDS:
        from core.cli import main as command_line

        return command_line(argv)
    args = build_parser().parse_args(argv)
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if args.screenshot.suffix.lower() != ".png":
            return fail("--screenshot takes a file name ending in .png")

    from core.store.file_access import open_or_read_only
    from core.interchange.seed import ensure_default_workspace
    from core.store.workspace import WorkspaceError, open_workspace

    try:
        path = args.workspace if args.workspace else ensure_default_workspace()
        from core.store.documents import scratch_dir

        scratch_dir()  # removes copies of merged files left by a Parley that was killed
    except OSError as exc:
        return fail(f"cannot prepare the data directory: {exc}")
    try:
        workspace = open_or_read_only(path)  # a read-only folder or file opens read-only, with a banner
    except (WorkspaceError, OSError) as exc:
        if args.screenshot is not None:
            return fail(str(exc))
        workspace = None
        problem = exc

    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow
    from gui.theme import load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Parley")
    app.setOrganizationName("Parley")
    from gui.language import install_chosen_language

    install_chosen_language()  # before any window or dialog is built: none is retranslated later
    if workspace is None:
        from gui.dialogs.recovery import offer_recovery

        fail(str(problem))
        try:
            if not offer_recovery(path, problem):
                return 1
            workspace = open_workspace(path)
        except (WorkspaceError, OSError) as exc:
            return fail(str(exc))
    family = load_fonts()
    if family:
        font = app.font()
        font.setFamily(family)
        app.setFont(font)
    window = MainWindow(workspace)
    if args.screenshot is not None:
        return save_screenshot(app, window, args.screenshot)
    if not window.geometry_restored:
        window.resize(*SCREENSHOT_SIZE)
    window.show()
    from gui.reading.warm import warm_up_in_background

    warm_up_in_background()  # the reading engine's dictionaries, off the start-up path
    status = app.exec()
    window.close_workspace()
    return status


def save_screenshot(app, window, target: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    image = window.grab()
    window.close_workspace()
    from core.store.atomic_files import atomic_target

    class NotSaved(Exception):
        pass

    try:
        with atomic_target(target, create=True) as temporary:  # private (0600), whole or not at all
            if not image.save(str(temporary), "PNG"):
                raise NotSaved
    except (NotSaved, OSError):
        return fail(f"cannot write {target}")
    window.close()
    return 0


def main_exit() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    main_exit()
