"""The Help menu (About, Keyboard Shortcuts) and the round keys' alternatives.

Kept apart from ``gui.menus`` so that file stays a list of the window's
actions; the dialogs are imported when first opened, not at start-up.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from gui.i18n import translate

# Ctrl+[ and Ctrl+] cannot be typed on several European layouts (German, French, ...: the brackets
# sit behind AltGr). Alt+Left/Alt+Right are the Back/Forward keys of browsers and file managers;
# Ctrl+PgUp/Ctrl+PgDown move between tabs and sheets in spreadsheets: a round is the "page" here.
ROUND_KEYS = {
    -1: ["Ctrl+[", "Alt+Left", "Ctrl+PgUp"],
    1: ["Ctrl+]", "Alt+Right", "Ctrl+PgDown"],
}


def round_keys(step: int) -> list[QKeySequence]:
    return [QKeySequence(key) for key in ROUND_KEYS[step]]


def show_about(window):
    from gui.dialogs.about import AboutDialog

    window.about_dialog = AboutDialog(window)
    window.about_dialog.open()
    return window.about_dialog


def show_shortcuts(window):
    """The list is made afresh each time, from the actions as they are now."""
    from gui.dialogs.shortcuts import ShortcutsDialog

    window.shortcuts_dialog = ShortcutsDialog(window)
    window.shortcuts_dialog.open()
    return window.shortcuts_dialog


def build_help_menu(window, bar, action) -> None:
    """Help → Keyboard Shortcuts (F1), About Parley; ``action`` is ``gui.menus.action``."""
    menu = bar.addMenu(translate("Menus", "&Help"))
    menu.addAction(action(window, translate("Menus", "&Keyboard Shortcuts"), lambda: show_shortcuts(window),
                          QKeySequence.StandardKey.HelpContents, name="showShortcuts"))
    menu.addSeparator()
    about = action(window, translate("Menus", "&About Parley"), lambda: show_about(window), name="aboutParley")
    about.setMenuRole(about.MenuRole.AboutRole)  # macOS puts it in the application menu
    menu.addAction(about)
