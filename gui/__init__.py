"""Parley's window: PySide6 views and editing over the Qt-free ``core``."""
