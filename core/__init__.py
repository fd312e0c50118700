"""Parley's domain, store and comparison logic.

Nothing in this package imports Qt: everything a command-line user can do goes
through here, and the window in ``gui`` adds views and editing on top.
"""
