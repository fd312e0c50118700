"""Scoring the reading engine on reports it was not tuned to (issue 12, item 5)."""
