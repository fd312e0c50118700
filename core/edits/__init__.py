"""Edits as reversible change sets, and the editing rules the window applies."""
