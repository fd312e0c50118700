"""The interface's words, translatable without core knowing about Qt.

Core composes many strings the window shows: the editing rules' refusals,
a bad file's one-line message, the vocabulary of statuses and change marks.
Each goes through ``translate(context, text)``. Without a translator (the
command line, the tests) it returns the English text; the window installs
Qt's (``use_translator``), so the same call gives Ukrainian there. Qt's own
``pyside6-lupdate`` finds these calls by their name, so the strings land in
the ``.ts`` catalogue with the window's own (``python -m tests.translations``).

Files written for others (PDF, DOCX, XLSX, CSV, JSON) keep one fixed
convention, English with ``1 Aug 2025`` dates, whatever the window's
language: their writers run inside ``for_others()``, which turns translation
off for that thread of work only (a context variable, so an export in a
worker thread and the window's own drawing never see each other's setting).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_date_format: Callable[[date], str] | None = None
_number_format: Callable[[float], str] | None = None
_writing_for_others: ContextVar[bool] = ContextVar("writing_for_others", default=False)


def translate(context: str, text: str) -> str:
    """``text`` in the interface's language; English for the command line and for files written for others."""
    if _translator is None or _writing_for_others.get():
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for the catalogue where it is defined; ``translate`` it where it is shown."""
    return text


def use_translator(translator: Translator | None) -> None:
    """The window's hook (Qt's ``QCoreApplication.translate``); None goes back to English."""
    global _translator
    _translator = translator


def interface_translated() -> bool:
    """Whether strings made now are for the window (True) or fixed English ones for a file or the command line."""
    return _translator is not None and not _writing_for_others.get()


@contextmanager
def for_others() -> Iterator[None]:
    """Fixed English for everything composed inside: a file another reader opens must not depend on our language."""
    token = _writing_for_others.set(True)
    try:
        yield
    finally:
        _writing_for_others.reset(token)


def use_local_formats(date_format: Callable[[date], str] | None, number_format: Callable[[float], str] | None) -> None:
    """The window's date and number formats for its language (QLocale's); None for the fixed ones."""
    global _date_format, _number_format
    _date_format, _number_format = date_format, number_format


def local_date(day: date, fixed: Callable[[date], str]) -> str:
    """``day`` as the window's language writes it, or by ``fixed`` (files for others, the command line)."""
    if _date_format is None or _writing_for_others.get():
        return fixed(day)
    return _date_format(day)


def local_number(value: float, fixed: Callable[[float], str]) -> str:
    """``value`` as the window's language writes it ("1 200" in Ukrainian), or by ``fixed``."""
    if _number_format is None or _writing_for_others.get():
        return fixed(value)
    return _number_format(value)
