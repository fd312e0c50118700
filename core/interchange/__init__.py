"""Whole workspaces in and out: the JSON document, merge, foreign files, the seed."""
