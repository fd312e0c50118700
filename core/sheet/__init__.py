"""The comparison sheet: its model, and the PDF and CSV that render it."""
