"""Walk what assistive technology sees of a window: its QAccessible tree.

A screen reader does not see widgets, it sees the accessible interfaces Qt
builds for them. So the check starts from ``QAccessible.queryAccessibleInterface``
on the window and follows ``child(i)`` down, as a screen reader would, and
asks each interactive control for the name it would announce (Qt derives it
from ``setAccessibleName``, or else from the control's own text or its buddy
label).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

Role = QAccessible.Role

#: Controls a user acts on: each must be announced with a name.
INTERACTIVE = {
    Role.PushButton, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox, Role.RadioButton,
    Role.ComboBox, Role.EditableText, Role.SpinBox, Role.Slider, Role.Dial,
    Role.List, Role.Table, Role.Tree, Role.PageTab,
}

def reached_by_tab(obj) -> bool:
    """A widget Tab stops at is a control too, whatever its role (a citation drawn as a frame)."""
    return (obj is not None and obj.isWidgetType() and bool(obj.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and obj.focusProxy() is None)  # a tab widget hands the focus to its tab bar


#: A control's own parts (a combo box's pop-up list and editor) are announced as the control.
OWN_PARTS = {Role.ComboBox}


@dataclass(frozen=True)
class Control:
    role: str
    class_name: str
    object_name: str
    name: str
    description: str
    path: str
    named: bool  # announced with a name that says what the control is, not only what it holds

    def __str__(self) -> str:
        return f"{self.role} {self.class_name}({self.object_name!r}) at {self.path}"


def _describe(iface, path: str) -> Control:
    obj = iface.object()
    name = iface.text(QAccessible.Text.Name) or ""
    value = iface.text(QAccessible.Text.Value) or ""
    explicit = obj is not None and obj.isWidgetType() and bool(obj.accessibleName().strip())
    relations = iface.relations(QAccessible.RelationFlag.Label)
    labelled = any(flag & QAccessible.RelationFlag.Label for _other, flag in relations)
    return Control(
        role=iface.role().name,
        class_name=type(obj).__name__ if obj is not None else "?",
        object_name=obj.objectName() if obj is not None else "",
        name=name,
        description=iface.text(QAccessible.Text.Description) or "",
        path=path,
        named=explicit or labelled or bool(name.strip() and name != value),
    )


def interactive_controls(widget, limit: int = 20000) -> list[Control]:
    """Every interactive control under ``widget``'s accessible interface, hidden pages included."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None and root.isValid(), f"no accessible interface for {widget!r}"
    found: list[Control] = []
    stack = [(root, type(widget).__name__)]
    visited = 0
    while stack:
        iface, path = stack.pop()
        visited += 1
        assert visited <= limit, f"accessible tree of {widget!r} larger than {limit} nodes"
        role = iface.role()
        if role in INTERACTIVE or reached_by_tab(iface.object()):
            found.append(_describe(iface, path))
        if role in OWN_PARTS:
            continue
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is None or not child.isValid():
                continue
            obj = child.object()
            if obj is not None and obj.isWidgetType() and obj.isWindow():
                continue  # another window (a dialog parented to this one) is walked on its own
            label = obj.objectName() if obj is not None and obj.objectName() else child.role().name
            stack.append((child, f"{path}/{label}"))
    return found


def unnamed_controls(widget) -> list[Control]:
    """The interactive controls a screen reader would announce without a name."""
    return [c for c in interactive_controls(widget) if not c.named]


def tab_stops(window, first, count: int) -> list:
    """The widgets Tab visits from ``first``, pressing the key as a user would (``count`` presses)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    stops = [QApplication.focusWidget()]
    for _ in range(count):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        stops.append(QApplication.focusWidget())
    return stops
