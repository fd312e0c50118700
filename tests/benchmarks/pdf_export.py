"""PDF, DOCX and XLSX exports of a 500-issue sheet, against LibreOffice converting the same table.

The baseline is ``soffice --headless --convert-to pdf`` on a CSV of the same
rows and columns (issue, each party's stance and figure, status, common
ground), run once first so that its profile set-up is not counted, in the
same run as Parley's three timings, so the ratios compare like with like on
a machine shared with other work.

On a loaded machine the wall-clock ratio swings with whatever else runs, so
the PDF's figures are also given in CPU time (this process's for Parley, the
children's for LibreOffice): ``*_cpu`` lines, on Unix only (``resource``).
"""

from __future__ import annotations

import csv
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

try:
    import resource  # Unix only: the CPU time of the LibreOffice children
except ImportError:  # Windows: the CPU figures are left out
    resource = None

from core.compare.comparison import Snapshot
from core.sheet.model import Marking, SheetOptions, build_sheet
from core.sheet.docx_export import write_docx
from core.sheet.pdf import render_pdf
from core.sheet.xlsx_export import write_xlsx
from core.store.workspace import open_workspace
from tests.generate_workspace import generate


def write_csv(sheet, path: Path) -> None:
    comparison = sheet.comparison
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Issue", *(p.name for p in comparison.parties), "Status", "Common ground"])
        for row in comparison.rows:
            cells = [f"{c.position.stance} {c.value_text}" if c.position else "—" for c in row.cells]
            status = row.status.status if row.status else "—"
            out.writerow([row.issue.name, *cells, status, row.status.common_ground if row.status else ""])


CPU: dict[str, float] = {}  # median CPU seconds, by figure, of the last run()


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def libreoffice_seconds(csv_path: Path, workdir: Path, runs: int) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = (workdir / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(workdir / "lo"), str(csv_path)]
    subprocess.run(command, check=True, capture_output=True, timeout=300)  # warm-up: profile creation
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), children_cpu() if resource else 0.0
        subprocess.run(command, check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - start)
        cpu.append((children_cpu() if resource else 0.0) - start_cpu)
    CPU["libreoffice"] = statistics.median(cpu)
    return statistics.median(times)


def run(quick: bool) -> None:
    runs = 2 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        path = workdir / "sheet500.parley"
        generate(path, issues=500, parties=4, rounds=3)
        ws = open_workspace(path)
        snapshot = Snapshot(ws, detached=True)  # used after the file is closed
        ws.close()
        sheet = build_sheet(snapshot, SheetOptions(marking=Marking.free_text("OFFICIAL-SENSITIVE")))
        pages = 0

        def pdf():
            nonlocal pages
            pages = render_pdf(sheet, workdir / "parley.pdf")

        timings = {
            "pdf": median_seconds(pdf, runs, "pdf"),
            "docx": median_seconds(lambda: write_docx(sheet, workdir / "parley.docx"), runs),
            "xlsx": median_seconds(lambda: write_xlsx(snapshot, workdir / "parley.xlsx"), runs),
        }
        for fmt, seconds in timings.items():
            print(f"{fmt}_export_500_issues_parley: {seconds * 1000:.0f} ms")
        print(f"pdf_export_500_issues_pages: {pages} pages")
        write_csv(sheet, workdir / "sheet500.csv")
        baseline = libreoffice_seconds(workdir / "sheet500.csv", workdir, runs)
        if baseline is None:
            print("pdf_export_500_issues_libreoffice: not installed (apt-get install libreoffice-calc-nogui)")
            return
        print(f"pdf_export_500_issues_libreoffice_csv: {baseline * 1000:.0f} ms")
        for fmt, seconds in timings.items():
            print(f"{fmt}_export_parley_vs_libreoffice_ratio: {seconds / baseline:.2f} x")
        if resource and CPU.get("libreoffice"):
            print(f"pdf_export_500_issues_parley_cpu: {CPU['pdf'] * 1000:.0f} ms")
            print(f"pdf_export_500_issues_libreoffice_csv_cpu: {CPU['libreoffice'] * 1000:.0f} ms")
            print(f"pdf_export_parley_vs_libreoffice_cpu_ratio: {CPU['pdf'] / CPU['libreoffice']:.2f} x")


def median_seconds(work, runs: int, name: str | None = None) -> float:
    """The median wall-clock seconds of ``runs`` calls; with ``name``, the median CPU seconds go in ``CPU``."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if name:
        CPU[name] = statistics.median(cpu)
    return statistics.median(times)
