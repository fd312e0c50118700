"""What Parley remembers between sessions: window geometry, splitter, view
options and recent workspaces, in its own QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def app_settings() -> QSettings:
    return QSettings("Parley", "Parley")


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
    settings.sync()
