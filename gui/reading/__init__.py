"""Reading a report in the window: the review dialog, its table, and the morphology warm-up."""
