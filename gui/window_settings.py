"""What Parley remembers between sessions: window geometry, splitter, view
options and recent workspaces, in its own QSettings.

With ``PARLEY_DATA_DIR`` set, the settings are an INI file in that data
directory (``settings.ini``), so a second data directory (a test, a
benchmark, a colleague's case) never reads or changes the user's own. The
file is private to its owner (0600): recent workspaces name files.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "settings.ini"


def app_settings() -> QSettings:
    if os.environ.get("PARLEY_DATA_DIR"):
        from core.store.paths import data_dir

        settings = QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
    else:
        settings = QSettings("Parley", "Parley")
    _make_private(settings)
    return settings


def _make_private(settings: QSettings) -> None:
    """Create the file 0600 before Qt first writes it (Qt keeps an existing file's mode), or tighten it."""
    path = Path(settings.fileName())
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        elif path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError:
        pass  # settings are a convenience: never stop Parley over them


def sync_settings(settings: QSettings) -> None:
    settings.sync()
    _make_private(settings)


def restore_window(window) -> None:
    """Put the window back as it was; ``window.geometry_restored`` says whether there was a size to restore."""
    settings = app_settings()
    geometry = settings.value("window/geometry")
    window.geometry_restored = geometry is not None and window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    splitter = settings.value("window/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    window.show_observers.blockSignals(True)
    window.show_observers.setChecked(settings.value("view/showObservers", False, type=bool))
    window.show_observers.blockSignals(False)


def save_window(window) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("view/showObservers", window.show_observers.isChecked())
    sync_settings(settings)
