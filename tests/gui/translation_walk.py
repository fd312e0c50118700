"""Walk what a window shows and find the words that did not go through Qt's translation.

A pseudo-translator turns every message it is asked for into "⟦message⟧";
a word on screen without "⟦" then never reached ``translate``. The walk
reads menus and actions, each widget's captions, tooltips, accessible
names and descriptions, placeholders, tab texts, combo-box items and the
column headers of tables. The workspace's own data (names, stances, the
negotiation title: never translated) and texts without letters are exempt.

Each text is charged to the area (``tests.translations.AREAS``) of the
Parley class nearest to the widget that shows it: the widget's own class,
or its parent's, and so on (a column header to its model's class). The
translation test checks the areas in its ``CHECKED_AREAS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gui.dialogs.preferences import LANGUAGE_NAMES
from tests.translations import AREAS, ROOT, area_files

OPEN, CLOSE = "⟦", "⟧"
LETTER = re.compile(r"[^\W\d_]")

# Each language named in itself in Preferences: never translated
NAMED_IN_THEMSELVES = sorted(LANGUAGE_NAMES.values(), key=len, reverse=True)

# Widgets a function of another area builds as plain Qt widgets on the window (objectName → area)
BUILT_BY_OTHER_AREAS = {"changesDock": "panes"}


class PseudoTranslator(QTranslator):
    """Every message as "⟦message⟧", so anything shown without the brackets was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name; an "empty" translator is skipped
        return False


@dataclass(frozen=True)
class Untranslated:
    area: str
    where: str
    what: str
    text: str

    def __str__(self) -> str:
        return f"[{self.area}] {self.where} {self.what}: {self.text!r}"


@lru_cache(maxsize=None)
def area_of_module(module: str) -> str | None:
    path = ROOT / (module.replace(".", "/") + ".py")
    for area in AREAS:
        if path in area_files(area):
            return area
    return None


def owner_area(obj: QObject | None) -> str:
    """The area of the nearest Parley class at or above ``obj`` ("qt" when there is none)."""
    while obj is not None:
        if obj.objectName() in BUILT_BY_OTHER_AREAS:
            return BUILT_BY_OTHER_AREAS[obj.objectName()]
        module = type(obj).__module__
        if module.startswith(("gui.", "core.")):
            return area_of_module(module) or module
        obj = obj.parent()
    return "qt"


def workspace_data(snapshot) -> list[str]:
    """The analyst's words the window shows as they are: names, places, stances, titles."""
    texts: list[str] = [snapshot.negotiation.title or ""]
    for party in snapshot.parties:
        texts += [party.name, getattr(party, "short_name", "") or ""]
    texts += [track.name for track in snapshot.tracks]
    texts += [issue.name for issue in snapshot.issues]
    for round_ in snapshot.rounds:
        texts += [round_.name, round_.place or ""]
    texts += [person.name for person in snapshot.people.values()]
    texts += [outlet.name for outlet in snapshot.outlets.values()]
    texts += [report.title or "" for report in snapshot.reports.values()]
    texts += [issue.description or "" for issue in snapshot.issues]
    texts += [round_.notes or "" for round_ in snapshot.rounds]
    for position in snapshot.positions_by_id.values():
        texts += [position.stance, position.summary or "", position.quote or "", position.analyst_note or "",
                  position.timing_note or "", position.translation or "", position.original_text or ""]
    for timeline in snapshot.status_history.values():  # common ground and notes, as the analyst wrote them
        texts += [text for entry in _entries(timeline) for text in (getattr(entry, "common_ground", "") or "",
                                                                    getattr(entry, "note", "") or "")]
    for citations in [*snapshot.citations_by_position.values(), *snapshot.citations_by_status.values()]:
        for citation in citations:  # the passage as the report words it, and its Admiralty grade ("F6")
            outlet = _outlet_of(snapshot, citation)
            texts += [citation.passage or "", citation.speaker or "", citation.note or "",
                      f"{outlet}{citation.credibility}"]
    return sorted({t for t in texts if t and t.strip()}, key=len, reverse=True)


def _entries(timeline) -> list:
    """The records a timeline holds, whatever its inner shape."""
    for name in ("entries", "items", "records", "values"):
        found = getattr(timeline, name, None)
        if found is not None:
            found = found() if callable(found) else found
            return [e[-1] if isinstance(e, tuple) else e for e in found]
    return []


def _outlet_of(snapshot, citation) -> str:
    report = snapshot.reports.get(citation.report_id)
    outlet = snapshot.outlets.get(getattr(report, "outlet_id", None) or "")
    return outlet.reliability if outlet is not None else "F"


def is_data_or_no_words(text: str, data: list[str]) -> bool:
    rest = text
    for item in [*data, *NAMED_IN_THEMSELVES]:
        rest = rest.replace(item, "")
    return not LETTER.search(rest)


def shown(widget: QWidget, root: QWidget) -> bool:
    """Visible within ``root``, counting every page of a stacked or tabbed widget as shown."""
    while widget is not None and widget is not root:
        if widget.isHidden() and not isinstance(widget.parentWidget(), QStackedWidget):
            return False
        widget = widget.parentWidget()
    return True


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    texts = [("windowTitle", widget.windowTitle()), ("toolTip", widget.toolTip()),
             ("statusTip", widget.statusTip()), ("whatsThis", widget.whatsThis()),
             ("accessibleName", widget.accessibleName()),
             ("accessibleDescription", widget.accessibleDescription())]
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        texts.append(("text", widget.text()))
    elif isinstance(widget, QLabel):
        texts.append(("text", re.sub(r"<[^>]*>", "", widget.text())))
    if isinstance(widget, QAbstractButton):
        texts.append(("text", widget.text()))
    if isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(("placeholderText", widget.placeholderText()))
    if isinstance(widget, QTabBar):
        texts += [(f"tab {n}", widget.tabText(n)) for n in range(widget.count())]
        texts += [(f"tab {n} toolTip", widget.tabToolTip(n)) for n in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [(f"item {n}", widget.itemText(n)) for n in range(widget.count())]
    return texts


def header_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    model = view.model()
    header = getattr(view, "horizontalHeader", None)
    if model is None or header is None or header().isHidden():
        return []
    return [(f"column {n} header", str(model.headerData(n, Qt.Orientation.Horizontal) or ""))
            for n in range(model.columnCount())]


def action_texts(action: QAction) -> list[tuple[str, str]]:
    return [("text", action.text()), ("toolTip", action.toolTip()), ("statusTip", action.statusTip()),
            ("whatsThis", action.whatsThis())]


def describe(obj: QObject) -> str:
    return f"{type(obj).__name__}({obj.objectName()!r})"


def untranslated(root: QWidget, data: list[str]) -> list[Untranslated]:
    """Every text ``root`` (a window or a dialog) shows that did not go through translation."""
    found: list[Untranslated] = []

    def check(owner: QObject, where: str, texts: list[tuple[str, str]]) -> None:
        for what, text in texts:
            if text and OPEN not in text and not is_data_or_no_words(text, data):
                found.append(Untranslated(owner_area(owner), where, what, text))

    widgets = [root, *(w for w in root.findChildren(QWidget) if w.window() is root and shown(w, root))]
    for widget in widgets:
        check(widget, describe(widget), widget_texts(widget))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            check(model if type(model).__module__.startswith("gui.") else widget,
                  f"{describe(widget)} model", header_texts(widget))
        if isinstance(widget, QMenu):
            check(widget, describe(widget), [("title", widget.title())])
    menu_bar = root.menuBar() if hasattr(root, "menuBar") else None
    menus = [a.menu() for a in menu_bar.actions() if a.menu()] if menu_bar is not None else []
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus filled as they open (File → Open Recent)
        check(menu, describe(menu), [("title", menu.title())])
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif not action.isSeparator():
                check(action, f"{menu.title()} → {describe(action)}", action_texts(action))
    for action in root.findChildren(QAction):
        if not action.isSeparator():
            check(action, describe(action), action_texts(action))
    return sorted(set(found), key=str)


def in_areas(found: list[Untranslated], areas) -> list[Untranslated]:
    return [f for f in found if f.area in areas or f.area not in AREAS]
