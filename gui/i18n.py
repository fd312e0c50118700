"""The window's strings go through Qt's translation system from here.

``translate("Context", "Text")`` rather than ``self.tr``: PySide6's ``tr``
looks the string up under the *runtime* class name, so a subclass (or a
helper function) loses its parent's translations, and ``pyside6-lupdate``
files some ``tr`` calls under a wrong context. An explicit context is
found the same way by lupdate and at run time. Context names are the
module's or the class's name (``"MainWindow"``, ``"PositionDialog"``).

Plurals: lupdate's Python parser does not mark ``%n`` messages as numerus
forms, so counted phrases are written as a label and a number
("Reports: 3"), which reads naturally in Ukrainian as in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface's language (English when no translation is installed)."""
    return QCoreApplication.translate(context, text, disambiguation)
