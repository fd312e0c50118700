"""``parley --screenshot`` renders the window offscreen at 1400×900."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_of_the_seed_workspace(tmp_path, isolated_dirs):
    target = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "gui.app", "--screenshot", str(target)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)
    colours = {image.pixel(x, y) for x in range(0, 1400, 37) for y in range(0, 900, 29)}
    assert len(colours) > 10, "the screenshot looks blank"
    assert (isolated_dirs / "data" / "istanbul-talks-2025.parley").exists()


def test_screenshot_refuses_a_newer_workspace_with_one_line(tmp_path):
    import sqlite3

    from core.store.workspace import open_workspace

    path = tmp_path / "newer.parley"
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    result = subprocess.run([sys.executable, "-m", "gui.app", "--workspace", str(path), "--screenshot",
                             str(tmp_path / "x.png")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "newer version of Parley" in result.stderr
    assert "Traceback" not in result.stderr
