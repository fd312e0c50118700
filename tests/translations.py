"""Keep the Ukrainian catalogue in step with the code, with Qt's own tools.

``python -m tests.translations update`` runs ``pyside6-lupdate`` over the
sources and writes the ``.ts`` catalogues in ``resources/i18n/uk/`` (new
strings arrive as "unfinished"; translate them there, by hand or in Qt
Linguist, ``pyside6-linguist``). ``python -m tests.translations compile``
runs ``pyside6-lrelease`` over them into ``resources/i18n/parley_uk.qm``,
the one file the window loads. Both tools come in the PySide6-Essentials
wheel Parley depends on.

The catalogue is split by area (one ``.ts`` per group of modules), so that
work on the dialogs and work on the table never edit the same file; every
module that calls ``translate`` belongs to exactly one area
(tests/gui/test_translation.py checks that).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n" / "uk"
COMPILED = ROOT / "resources" / "i18n" / "parley_uk.qm"
LANGUAGE = "uk_UA"

# area -> the modules whose strings its catalogue holds (globs relative to the repository)
WINDOW_PANES = ["detail_pane", "report_viewer", "citation_list", "changes_view", "changes_model",
                "filter_bar", "full_text"]
WINDOW_OWN_DIALOGS = ["about", "shortcuts", "recovery", "preferences"]
AREAS: dict[str, list[str]] = {
    "window": ["gui/*.py"] + [f"gui/dialogs/{name}.py" for name in WINDOW_OWN_DIALOGS],
    "dialogs": ["gui/dialogs/*.py"],
    "panes": ["gui/reading/*.py", "gui/table/*.py"] + [f"gui/{name}.py" for name in WINDOW_PANES],
    "core": ["core/**/*.py"],
}


def area_files(area: str) -> list[Path]:
    """The modules of one area; a module claimed by a more specific area is left to it."""
    claimed_elsewhere: set[Path] = set()
    if area == "window":
        claimed_elsewhere = {ROOT / f"gui/{name}.py" for name in WINDOW_PANES}
    if area == "dialogs":
        claimed_elsewhere = {ROOT / f"gui/dialogs/{name}.py" for name in WINDOW_OWN_DIALOGS}
    files = {path for pattern in AREAS[area] for path in ROOT.glob(pattern)}
    return sorted(files - claimed_elsewhere)


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel: the ``pyside6-…`` script beside this Python, or on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the project (bash resources/bootstrap.sh)")
    return found


def lupdate(area: str, target: Path) -> None:
    """Extract one area's strings into ``target``, keeping the translations it already has."""
    files = [str(path.relative_to(ROOT)) for path in area_files(area)]
    subprocess.run([tool("lupdate"), *files, "-ts", str(target), "-target-language", LANGUAGE,
                    "-locations", "none", "-no-obsolete", "-silent"], cwd=ROOT, check=True)


def update() -> None:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        lupdate(area, CATALOGUES / f"{area}.ts")


def compile_catalogue(target: Path = COMPILED) -> None:
    catalogues = sorted(str(path) for path in CATALOGUES.glob("*.ts"))
    subprocess.run([tool("lrelease"), *catalogues, "-qm", str(target), "-silent"], check=True)


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_catalogue()
    else:
        raise SystemExit("usage: python -m tests.translations update|compile")


if __name__ == "__main__":
    main()
