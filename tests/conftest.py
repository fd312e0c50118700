"""Shared test set-up: Qt offscreen, and every test in its own data directory."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep the user's data dir and Qt settings out of reach of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PARLEY_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return home
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture
def seed_path(tmp_path):
    from core.interchange.seed import write_seed_workspace

    path = tmp_path / "seed.parley"
    write_seed_workspace(path)
    return path


@pytest.fixture
def seed_ws(seed_path):
    from core.store.workspace import open_workspace

    workspace = open_workspace(seed_path)
    yield workspace
    workspace.close()


@pytest.fixture
def seed_window(qtbot, seed_path):
    """The main window on its own connection to the seed file (tests read the file separately)."""
    from core.store.workspace import open_workspace
    from gui.main_window import MainWindow

    window = MainWindow(open_workspace(seed_path))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window
    window.close_workspace()
