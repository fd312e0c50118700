"""Make a folder or file read-only for the tests, for real, even when they run as root.

As a normal user, taking away the write bits is enough. Root ignores them,
so there the Linux immutable flag (``chattr +i``) is used instead: the kernel
then refuses writes to root too, as a read-only share would.
"""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def read_only(path: Path):
    path = Path(path)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield path
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    mode = path.stat().st_mode
    path.chmod(mode & ~0o222)
    try:
        yield path
    finally:
        path.chmod(mode)
