"""Child processes that never touch the user's data or settings, and start as an installed Parley does.

Every child gets a data directory of its own (``PARLEY_DATA_DIR``: its
``settings.ini``, backups and scratch files; ``gui.window_settings`` keeps
the settings there) inside the run's temporary folder.

Compiled bytecode: this machine sets PYTHONDONTWRITEBYTECODE, so every
child would compile Parley's sources again (~130 ms of a ~700 ms start)
where an installed Parley loads them compiled. The children keep their
bytecode in the run's temporary folder (``PYTHONPYCACHEPREFIX``, never the
source tree), and ``warm_up`` fills it before anything is timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hermetic_env(data_dir: Path, pycache: Path) -> dict[str, str]:
    """The environment for a child: offscreen, its own data directory, bytecode kept in ``pycache``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PARLEY_DATA_DIR=str(data_dir),
               PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_up(tmp: Path, pycache: Path) -> None:
    """One untimed start of Parley on a fresh seed workspace: it compiles what a start imports."""
    data_dir = tmp / "warm-up-data"
    subprocess.run([sys.executable, "-m", "gui.app", "--screenshot", str(tmp / "warm-up.png")], cwd=ROOT,
                   env=hermetic_env(data_dir, pycache), check=True, capture_output=True, timeout=600)


def own_peak_mib() -> float:
    """This process's peak resident memory in MiB, read by the process itself.

    Not the parent's ``wait4`` figure: Linux keeps a process's high-water mark
    across fork and exec, so a child of a 400 MiB parent reports at least
    400 MiB there (measured: a 13 MiB child showed 413). ``VmHWM`` belongs to
    the new program alone. Elsewhere (macOS; Windows has no ``resource``,
    CI is Linux) ``ru_maxrss`` is the fallback, with that caveat.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
