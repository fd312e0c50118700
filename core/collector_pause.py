"""Python's cycle collector paused while a whole workspace or sheet is built, read or written.

An import, an export and a PDF render each make hundreds of thousands of
objects that live until the step ends (dicts and records, the sheet's story
and its PDF objects), hardly any of them in a cycle. Every batch of new
objects set the collector off over all made so far: a quarter of the large
import's parsing and checking time, a tenth of a 500-issue sheet's (issue
15). Reference counting still frees memory as usual; the cycles a step
leaves are collected once the collector is back on.

One mechanism for all of them, and counted: the collector is process-wide,
so when an export runs in a worker while the export dialog renders its
preview, it comes back on only when the last of the overlapping steps ends
(and only if it was on before the first began). Outside core's layers, like
``core.i18n``: the sheet and the interchange, which may not import each
other, both use it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_on = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection inside; back as it was once every overlapping pause has ended."""
    global _pauses, _was_on
    with _lock:
        if _pauses == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_on:
                gc.enable()
