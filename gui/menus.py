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
from gui.i18n import translate


def print_dialog(window):
    from gui.printing import print_dialog as show

    return show(window)


def show_preferences(window):
    """Edit → Preferences…: the interface language (applies at the next start)."""
    from gui.dialogs.preferences import PreferencesDialog

    window.preferences_dialog = PreferencesDialog(window)
    window.preferences_dialog.open()
    return window.preferences_dialog


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
    window.show_observers = action(window, translate("Menus", "Show &Observers, Mediators and Hosts"), None,
                                   "Ctrl+Shift+O", checkable=True, name="showObservers")
    stack = window.session.undo_stack
    window.undo_button = action(window, translate("Menus", "Undo"), stack.undo, name="undoButton")
    window.redo_button = action(window, translate("Menus", "Redo"), stack.redo, name="redoButton")
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
        menu.addAction(translate("Menus", "No recent workspaces")).setEnabled(False)
    for path in paths:
        menu.addAction(path, lambda p=path: files.open_path(Path(p)))
    if default is not None:
        if paths:
            menu.addSeparator()
        menu.addAction(translate("Menus", "Default Workspace ({path})").format(path=default),
                       lambda: files.open_path(default))


def build_menus(window) -> None:
    bar = window.menuBar()
    keys = QKeySequence.StandardKey
    files = window.file_actions

    def add(menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        act = action(window, text, slot, shortcut, name=name)
        menu.addAction(act)
        return act

    file_menu = bar.addMenu(translate("Menus", "&File"))
    add(file_menu, translate("Menus", "&New Workspace…"), files.new_dialog, keys.New)
    add(file_menu, translate("Menus", "&Open…"), files.open_dialog, keys.Open)
    window.recent_menu = file_menu.addMenu(translate("Menus", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window.recent_menu, files))
    add(file_menu, translate("Menus", "Save &As…"), files.save_as_dialog, keys.SaveAs)
    add(file_menu, translate("Menus", "Restore from &Backup…"), files.restore_dialog, name="restoreBackup")
    file_menu.addSeparator()
    add(file_menu, translate("Menus", "Read Re&port…"), lambda: window.read_report(), "Ctrl+R", name="readReport")
    file_menu.addSeparator()
    add(file_menu, translate("Menus", "&Import JSON as New Workspace…"), files.import_dialog, "Ctrl+I")
    add(file_menu, translate("Menus", "&Merge Workspace or JSON…"), files.merge_dialog, "Ctrl+Shift+M",
        name="mergeWorkspace")
    file_menu.addSeparator()
    add(file_menu, translate("Menus", "&Export Sheet (PDF)…"), window.export_sheet, "Ctrl+E", name="exportSheet")
    add(file_menu, translate("Menus", "Export Sheet (&Word)…"), lambda: window.export_sheet("docx"),
        name="exportSheetWord")
    add(file_menu, translate("Menus", "Export E&xcel…"), files.export_xlsx_dialog, name="exportExcel")
    add(file_menu, translate("Menus", "Export &JSON…"), files.export_json_dialog)
    add(file_menu, translate("Menus", "Export &CSV…"), files.export_csv_dialog)
    add(file_menu, translate("Menus", "Export &History…"), files.export_history_dialog, name="exportHistory")
    add(file_menu, translate("Menus", "&Print…"), lambda: print_dialog(window), keys.Print, name="printSheet")
    file_menu.addSeparator()
    add(file_menu, translate("Menus", "&Quit"), window.close, keys.Quit)

    edit = bar.addMenu(translate("Menus", "&Edit"))
    undo = window.session.undo_stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setShortcut(keys.Undo)
    redo = window.session.undo_stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setShortcut(keys.Redo)
    window.undo_action, window.redo_action = undo, redo
    edit.addActions([undo, redo])
    edit.addSeparator()
    window.edit_action = add(edit, translate("Menus", "&Edit Selected Cell…"), window.editing.edit_current, "F2",
                             name="editCell")
    window.delete_action = add(edit, translate("Menus", "&Delete Position or Status at This Round"),
                               window.editing.delete_current, keys.Delete, name="deleteCell")
    edit.addSeparator()
    window.edit_negotiation_action = add(edit, translate("Menus", "&Negotiation Title and Description…"),
                                         window.edit_negotiation, name="editNegotiation")
    edit.addSeparator()
    add(edit, translate("Menus", "&Find…"), window.focus_search, keys.Find)
    add(edit, translate("Menus", "Clear Search and &Filters"), window.filter_bar.clear, "Ctrl+Shift+F")
    edit.addSeparator()
    preferences = add(edit, translate("Menus", "Pre&ferences…"), lambda: show_preferences(window), keys.Preferences,
                      name="showPreferences")
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS puts it in the application menu

    workspace = bar.addMenu(translate("Menus", "&Workspace"))
    for cls, text, key in ((Party, translate("Menus", "&Parties…"), "Ctrl+1"),
                           (Track, translate("Menus", "&Tracks…"), "Ctrl+2"),
                           (Issue, translate("Menus", "&Issues…"), "Ctrl+3"),
                           (Round, translate("Menus", "&Rounds…"), "Ctrl+4"),
                           (Person, translate("Menus", "Peop&le…"), "Ctrl+5"),
                           (Outlet, translate("Menus", "O&utlets…"), "Ctrl+6"),
                           (Report, translate("Menus", "Rep&orts…"), "Ctrl+7")):
        add(workspace, text, lambda _=False, c=cls: window.editing.manage(c), key,
            name=f"manage{TITLES[cls].replace(' ', '')}")  # object names from the English TITLES

    view = bar.addMenu(translate("Menus", "&View"))
    view.addAction(window.show_observers)
    window.full_rows_action = action(window, translate("Menus", "&Full-Height Rows"), window.set_full_rows,
                                     checkable=True, name="fullRows")
    window.full_rows_action.setChecked(window.table_layout.full_rows)
    window.full_rows_action.setStatusTip(translate("Menus", "Rows grow to fit their text, up to eight lines; "
                                                            "unchecked, every row is three lines high (compact)"))
    view.addAction(window.full_rows_action)
    add(view, translate("Menus", "Show Full &Text of Cell"), window.show_full_text, "F3", name="showFullText")
    view.addAction(window.changes_dock.toggleViewAction())
    window.changes_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+H"))
    view.addSeparator()
    for step, text, name in ((-1, translate("Menus", "&Previous Round"), "previousRound"),
                             (1, translate("Menus", "&Next Round"), "nextRound")):
        act = add(view, text, lambda _=False, s=step: window.step_round(s), name=name)
        act.setShortcuts(round_keys(step))  # alternatives for layouts without [ and ]: gui.help_menu
    build_help_menu(window, bar, action)
