"""Fixtures the window's tests share."""

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.translations import compile_catalogue


@pytest.fixture
def ukrainian(qapp, tmp_path):
    """Qt's translator with every catalogue compiled now from the .ts files; removed afterwards.

    (tests/gui/test_translation.py has its own: the window's whole language, as ``gui.language`` installs it.)
    """
    compiled = tmp_path / "parley_uk.qm"
    compile_catalogue(compiled)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
