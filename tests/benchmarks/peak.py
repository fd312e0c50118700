"""Run a module or a script, then write its own peak memory: ``python -m tests.benchmarks.peak OUT -m MODULE ARGS…``.

``OUT -c CODE ARGS…`` runs a script instead. The child reports its own peak
(``hermetic.own_peak_mib``) because the parent's ``wait4`` figure carries
the parent's size too; the exit status is the program's own.
"""

from __future__ import annotations

import runpy
import sys

from tests.benchmarks.hermetic import own_peak_mib


def main() -> int:
    out, how, what, *args = sys.argv[1:]
    status = 0
    try:
        if how == "-m":
            sys.argv = [what, *args]
            runpy.run_module(what, run_name="__main__", alter_sys=True)
        else:
            sys.argv = ["-c", *args]
            exec(compile(what, "<benchmark>", "exec"), {"__name__": "__main__"})  # noqa: S102 (our own script)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    with open(out, "w", encoding="ascii") as fh:
        fh.write(f"{own_peak_mib():.1f}\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
