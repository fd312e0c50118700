"""Reading report files: import costs, extraction of a typical report, language detector load.

    python -m tests.benchmarks.report_files

Each import is timed in a fresh interpreter (the median of three). The typical
report is the seed report (about 800 words) as a saved web page with
navigation and footer, as a Word file and as a two-page PDF, all made in a
temporary folder; each is read once cold (libraries imported, language
detector not yet built in that process) and then the median of five warm
reads is printed. The baseline is reading the same text as a plain .txt file.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IMPORTS = ("trafilatura", "htmldate", "docx", "charset_normalizer", "lingua", "pypdfium2", "core.reports")


def import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout) for _ in range(3)]
    return statistics.median(runs)


def make_files(folder: Path) -> dict[str, Path]:
    from tests.core.reports.samples import SEED_REPORT, docx_bytes, html_page, pdf_bytes

    text = SEED_REPORT.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()]
    files = {"txt": folder / "report.txt", "html": folder / "report.html", "docx": folder / "report.docx",
             "pdf": folder / "report.pdf"}
    files["txt"].write_text(text, encoding="utf-8")
    files["html"].write_text(html_page(paragraphs, title=paragraphs[2]), encoding="utf-8")
    files["docx"].write_bytes(docx_bytes(paragraphs))
    lines = [para[i:i + 90] for para in paragraphs for i in range(0, len(para), 90)]
    files["pdf"].write_bytes(pdf_bytes([lines[:45], lines[45:]]))
    return files


def main() -> None:
    for module in IMPORTS:
        print(f"import {module}: {import_seconds(module) * 1000:.0f} ms")
    import psutil

    from core.reports import detect_language, read_report_file

    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(Path(tmp))
        process = psutil.Process()
        before = process.memory_info().rss
        started = time.perf_counter()
        detect_language(files["txt"].read_text(encoding="utf-8"))
        print(f"language detector, first long text (build, 7 languages, low-accuracy mode): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms, +{(process.memory_info().rss - before) / 2**20:.0f} MB")
        started = time.perf_counter()
        for _ in range(100):
            detect_language("Голова делегації заявив, що сторони домовилися.")
        print(f"language detector, one short sentence: {(time.perf_counter() - started) * 10:.2f} ms")
        for kind, path in files.items():
            started = time.perf_counter()
            report = read_report_file(path)
            cold = time.perf_counter() - started
            warm = []
            for _ in range(5):
                started = time.perf_counter()
                read_report_file(path)
                warm.append(time.perf_counter() - started)
            print(f"read {kind} ({len(report.text.split())} words): first {cold * 1000:.0f} ms, "
                  f"then {statistics.median(warm) * 1000:.1f} ms (baseline: txt)")


if __name__ == "__main__":
    main()
