"""Dialogs: they collect input and show core's verdict, nothing more."""
