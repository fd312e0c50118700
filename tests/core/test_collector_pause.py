"""One counted pause of Python's cycle collector for the import, the export and the PDF render."""

import gc
import threading

import pytest

from core.collector_pause import collector_paused


def test_the_collector_is_off_inside_and_back_on_after_a_failure_too():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collector_paused():
            assert not gc.isenabled()
            raise ValueError("a bad file")
    assert gc.isenabled()


def test_overlapping_steps_keep_it_off_until_the_last_one_ends():
    """An export in a worker and the dialog's preview render at once: the first to end must not switch it on."""
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
