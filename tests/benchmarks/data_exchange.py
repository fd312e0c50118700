"""JSON export and import of a workspace, and the schema validation alone.

The baseline is Python's own ``json.dumps`` and ``json.loads`` of the same
document in the same run: what any JSON round trip costs before Parley
reads its database, checks the file and writes a new workspace. The
validation figure is jsonschema-rs checking the exported file's document
against Parley's JSON Schema (already compiled), part of the checked import;
the run also says which JSON Schema validators are loaded (one is meant to
be: jsonschema-rs).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from core.interchange.json_document import MAX_BYTES, import_document, read_document, write_json
from core.store.workspace import open_workspace

VALIDATORS = ("jsonschema_rs", "jsonschema", "fastjsonschema")


def measure(path: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "large.json"
        source = open_workspace(path, read_only=True)
        start = time.perf_counter()
        write_json(source, target)
        export = time.perf_counter() - start
        source.close()
        size = target.stat().st_size
        if size > MAX_BYTES:  # --scale's 8,000 issues: Parley refuses to import a file this large
            return {"size": size, "export": export, "import": None, "baseline": None, "validation": None}
        start = time.perf_counter()
        document = read_document(target)
        workspace = open_workspace(Path(tmp) / "imported.parley")
        import_document(workspace, document)
        workspace.close()
        imported = time.perf_counter() - start
        start = time.perf_counter()
        text = json.dumps(document, ensure_ascii=False, indent=2)
        json.loads(text)
        baseline = time.perf_counter() - start
        validation = validation_seconds(target)
        size = target.stat().st_size
    return {"size": size, "export": export, "import": imported, "baseline": baseline, "validation": validation}


def validation_seconds(path: Path) -> float:
    """jsonschema-rs on the file's document, the validator compiled beforehand (as a second import finds it)."""
    from core.domain.document import validator

    with open(path, encoding="utf-8") as fh:
        document = json.load(fh)
    check = validator()
    start = time.perf_counter()
    check.is_valid(document)
    return time.perf_counter() - start


def validators_loaded() -> list[str]:
    return [name for name in VALIDATORS if name in sys.modules]


def report(path: Path) -> dict[str, float]:
    figures = measure(path)
    print(f"json_size: {figures['size'] / 1e6:.0f} MB")
    print(f"json_export: {figures['export'] * 1000:.0f} ms")
    print(f"json_import_checked: {figures['import'] * 1000:.0f} ms")
    print(f"json_validation_alone: {figures['validation'] * 1000:.0f} ms (jsonschema-rs, part of the checked import)")
    print(f"json_validators_loaded: {', '.join(validators_loaded()) or 'none'}")
    print(f"json_baseline_dumps_loads: {figures['baseline'] * 1000:.0f} ms")
    print(f"json_export_import_vs_baseline: {ratio(figures):.2f} x")
    return figures


def ratio(figures: dict[str, float]) -> float | None:
    """Export plus checked import against dumps plus loads; None where the file was too large to import."""
    if figures["import"] is None:
        return None
    return (figures["export"] + figures["import"]) / figures["baseline"]
