"""The comparison: snapshot, rounds, timelines, search, round-to-round changes, word diff."""
