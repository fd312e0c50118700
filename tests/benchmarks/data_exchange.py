"""JSON export and import of the large workspace.

The baseline is Python's own ``json.dumps`` and ``json.loads`` of the same
document in the same run: what any JSON round trip costs before Parley
reads its database, checks the file and writes a new workspace.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from core.interchange.json_document import import_document, read_document, write_json
from core.store.workspace import open_workspace


def report(large: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "large.json"
        source = open_workspace(large, read_only=True)
        start = time.perf_counter()
        write_json(source, target)
        export = time.perf_counter() - start
        source.close()
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
    print(f"json_size: {len(text.encode()) / 1e6:.0f} MB")
    print(f"json_export: {export * 1000:.0f} ms")
    print(f"json_import_checked: {imported * 1000:.0f} ms")
    print(f"json_baseline_dumps_loads: {baseline * 1000:.0f} ms")
    print(f"json_export_import_vs_baseline: {(export + imported) / baseline:.2f} x")
