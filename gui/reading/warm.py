"""Load the reading engine's dictionaries in the background, once, after the window shows.

pymorphy3's Russian and Ukrainian dictionaries and the language detector take
a second or so to load; doing it on a daemon thread keeps the window's start
quick and makes the first File → Read Report… fast. The engine's own loaders
are locked, so a reading that starts before the thread ends simply waits for
the same load rather than doing it twice.
"""

from __future__ import annotations

import threading

_started = threading.Event()


def warm_up_in_background() -> threading.Thread | None:
    """Start the warm-up thread (once per process); None if it was started already."""
    if _started.is_set():
        return None
    _started.set()

    def run() -> None:
        try:
            from core.reading import warm_up

            warm_up()
        except Exception:  # noqa: BLE001 - a failed warm-up only means the first reading loads them itself
            pass

    thread = threading.Thread(target=run, name="parley-reading-warm-up", daemon=True)
    thread.start()
    return thread
