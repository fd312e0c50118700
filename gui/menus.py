"""Every action of the window, in one place: its text, shortcut, object name and menu.

``build_actions`` creates them all (the toolbar only places some of them) and
fills the menu bar; ``gui.read_only`` finds the editing ones by object name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

from core.domain.records import Issue, Outlet, Party, Person, Report, Round, Track

from gui.dialogs.record_fields import TITLES
from gui.help_menu import build_help_menu, round_keys


def print_dialog(window):
    from gui.printing import print_dialog as show

    return show(window)


def action(window, text: str, slot, shortcut=None, checkable: bool = False, name: str = "") -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
    act.setCheckable(checkable)
    if name:
        act.setObjectName(name)
    if slot is not None:
        act.triggered.connect(slot)
    return act


def build_actions(window) -> None:
    """Create the window's actions and menus; the window's helpers must exist already."""
    window.show_observers = action(window, "Show &Observers, Mediators and Hosts", None, "Ctrl+Shift+O",
                                   checkable=True, name="showObservers")
    stack = window.session.undo_stack
    window.undo_button = action(window, "Undo", stack.undo, name="undoButton")
    window.redo_button = action(window, "Redo", stack.redo, name="redoButton")
    for button, signal in ((window.undo_button, stack.canUndoChanged), (window.redo_button, stack.canRedoChanged)):
        button.setEnabled(False)
        signal.connect(button.setEnabled)
    build_menus(window)


def fill_recent_menu(menu, files) -> None:
    """File → Open Recent, filled each time it opens: recent workspaces, then the default one."""
    menu.clear()
    paths = files.recent_others()
    default = files.default_workspace()
    if default is not None and str(default) in paths:
        paths.remove(str(default))
    if not paths and default is None:
        menu.addAction("No recent workspaces").setEnabled(False)
    for path in paths:
        menu.addAction(path, lambda p=path: files.open_path(Path(p)))
    if default is not None:
        if paths:
            menu.addSeparator()
        menu.addAction(f"Default Workspace ({default})", lambda: files.open_path(default))


def build_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    files = window.file_actions
    file_menu.addAction(action(window, "&New Workspace…", files.new_dialog, QKeySequence.StandardKey.New))
    file_menu.addAction(action(window, "&Open…", files.open_dialog, QKeySequence.StandardKey.Open))
    window.recent_menu = file_menu.addMenu("Open &Recent")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window.recent_menu, files))
    file_menu.addAction(action(window, "Save &As…", files.save_as_dialog, QKeySequence.StandardKey.SaveAs))
    file_menu.addAction(action(window, "Restore from &Backup…", files.restore_dialog, name="restoreBackup"))
    file_menu.addSeparator()
    file_menu.addAction(action(window, "Read Re&port…", lambda: window.read_report(), "Ctrl+R", name="readReport"))
    file_menu.addSeparator()
    file_menu.addAction(action(window, "&Import JSON as New Workspace…", files.import_dialog, "Ctrl+I"))
    file_menu.addAction(action(window, "&Merge Workspace or JSON…", files.merge_dialog, "Ctrl+Shift+M",
                               name="mergeWorkspace"))
    file_menu.addSeparator()
    file_menu.addAction(action(window, "&Export Sheet (PDF)…", window.export_sheet, "Ctrl+E", name="exportSheet"))
    file_menu.addAction(action(window, "Export Sheet (&Word)…", lambda: window.export_sheet("docx"),
                               name="exportSheetWord"))
    file_menu.addAction(action(window, "Export E&xcel…", files.export_xlsx_dialog, name="exportExcel"))
    file_menu.addAction(action(window, "Export &JSON…", files.export_json_dialog))
    file_menu.addAction(action(window, "Export &CSV…", files.export_csv_dialog))
    file_menu.addAction(action(window, "Export &History…", files.export_history_dialog, name="exportHistory"))
    file_menu.addAction(action(window, "&Print…", lambda: print_dialog(window), QKeySequence.StandardKey.Print,
                               name="printSheet"))
    file_menu.addSeparator()
    file_menu.addAction(action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit))

    edit = bar.addMenu("&Edit")
    undo = window.session.undo_stack.createUndoAction(window, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.session.undo_stack.createRedoAction(window, "&Redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    window.undo_action, window.redo_action = undo, redo
    edit.addActions([undo, redo])
    edit.addSeparator()
    window.edit_action = action(window, "&Edit Selected Cell…", window.editing.edit_current, "F2", name="editCell")
    window.delete_action = action(window, "&Delete Position or Status at This Round", window.editing.delete_current,
                                  QKeySequence.StandardKey.Delete, name="deleteCell")
    edit.addActions([window.edit_action, window.delete_action])
    edit.addSeparator()
    window.edit_negotiation_action = action(window, "&Negotiation Title and Description…", window.edit_negotiation,
                                            name="editNegotiation")
    edit.addAction(window.edit_negotiation_action)
    edit.addSeparator()
    edit.addAction(action(window, "&Find…", window.focus_search, QKeySequence.StandardKey.Find))
    edit.addAction(action(window, "Clear Search and &Filters", window.filter_bar.clear, "Ctrl+Shift+F"))

    workspace = bar.addMenu("&Workspace")
    for cls, key in ((Party, "Ctrl+1"), (Track, "Ctrl+2"), (Issue, "Ctrl+3"), (Round, "Ctrl+4"),
                     (Person, "Ctrl+5"), (Outlet, "Ctrl+6"), (Report, "Ctrl+7")):
        workspace.addAction(action(window, f"{TITLES[cls]}…", lambda _=False, c=cls: window.editing.manage(c), key,
                                   name=f"manage{TITLES[cls].replace(' ', '')}"))

    view = bar.addMenu("&View")
    view.addAction(window.show_observers)
    window.full_rows_action = action(window, "&Full-Height Rows", window.set_full_rows,
                                     checkable=True, name="fullRows")
    window.full_rows_action.setChecked(window.table_layout.full_rows)
    window.full_rows_action.setStatusTip("Rows grow to fit their text, up to eight lines; unchecked, every row "
                                         "is three lines high (compact)")
    view.addAction(window.full_rows_action)
    view.addAction(action(window, "Show Full &Text of Cell", window.show_full_text, "F3", name="showFullText"))
    view.addAction(window.changes_dock.toggleViewAction())
    window.changes_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+H"))
    view.addSeparator()
    for step, text, name in ((-1, "&Previous Round", "previousRound"), (1, "&Next Round", "nextRound")):
        act = action(window, text, lambda _=False, s=step: window.step_round(s), name=name)
        act.setShortcuts(round_keys(step))  # alternatives for layouts without [ and ]: gui.help_menu
        view.addAction(act)
    build_help_menu(window, bar, action)
