"""Guard against the PySide6 6.12.0 bug that crashed Parley's window.

In 6.12.0 every Qt call that hands an empty QVariant back to Python (an
``index.data(role)`` the model has nothing for, ``QComboBox.currentData()``
on a "none" item, a missing ``QSettings`` value) returns ``None`` without a
reference; after a few thousand paints ``None`` is freed and the interpreter
aborts. pyproject.toml keeps PySide6 below 6.12; this fails if a PySide6
with the same leak is installed.
"""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QComboBox

CALLS = 200


class EmptyModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 1

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def drift(call) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(None) - before


def test_empty_index_data_keeps_none_alive(qapp):
    model = EmptyModel()
    index = model.index(0, 0)
    assert drift(lambda: index.data(Qt.ItemDataRole.DecorationRole)) > -CALLS // 2


def test_combo_none_data_keeps_none_alive(qapp):
    box = QComboBox()
    box.addItem("—", None)
    assert drift(box.currentData) > -CALLS // 2


def test_missing_setting_keeps_none_alive(qapp):
    settings = QSettings("Parley-test", "refcount")
    assert drift(lambda: settings.value("missing")) > -CALLS // 2
