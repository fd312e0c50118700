"""The comparison table: its model, cell delegate and cell editing."""
