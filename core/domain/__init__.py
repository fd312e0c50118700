"""The records of a negotiation, the table registry, validation, figures and shared labels."""
