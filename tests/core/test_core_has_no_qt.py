"""core/ must import and work with Qt unavailable."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
sys.modules["PySide6"] = None
sys.modules["shiboken6"] = None
import importlib, pkgutil, core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "core.")]
for name in names:
    importlib.import_module(name)
assert not any(k.startswith("PySide6.") for k in sys.modules), "a Qt module was imported"
print(len(names), "modules")
"""


def test_every_core_module_imports_with_pyside6_blocked():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[0])
    modules = [p for p in (ROOT / "core").rglob("*.py") if p.name != "__init__.py"]
    packages = [p for p in (ROOT / "core").rglob("__init__.py") if p.parent != ROOT / "core"]
    assert count == len(modules) + len(packages)


def test_no_core_source_mentions_qt():
    for path in (ROOT / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "from gui" not in text, path
