"""200 markup payloads through the window, the dialogs and the PDF: shown as
text, and no file they name is ever opened (checked with strace)."""

import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

from core.domain.records import Citation, Issue, IssueStatus, Outlet, Party, Person, Position, Report, Round, Track
from core.store.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]

TEMPLATES = [
    '<img src="{p}">', "<img src='file://{p}'>", "<IMG SRC={p}>", '<a href="file://{p}">link</a>',
    '<link rel="stylesheet" href="{p}">', "<style>@import url({p});</style>", '<div style="background:url({p})">x</div>',
    '<body background="{p}">', '<table background="{p}"><tr><td>x</td></tr></table>', '<iframe src="{p}"></iframe>',
    '<object data="{p}"></object>', '<svg><image href="{p}"/></svg>', '<para><img src="{p}" width="9" height="9"/></para>',
    '<font name="{p}">x</font>', '&lt;img src="{p}"&gt;', '<qt><img src="{p}"></qt>', '<html><body><img src="{p}"></body></html>',
    'url({p})', '<img src="{p}" />\n<b>bold</b>', '<img\tsrc="{p}">',
]


def png_bytes() -> bytes:
    """A valid 1×1 PNG, so that a renderer which did read it would succeed."""
    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + \
        chunk(b"IEND", b"")


def payloads(sentinels: Path) -> list[str]:
    found = []
    for variant in range(10):
        name = sentinels / f"sentinel-{variant}.{'png' if variant % 2 else 'css'}"
        name.write_bytes(png_bytes() if variant % 2 else b"body { background: red }")
        found.extend(t.format(p=name) for t in TEMPLATES)
    return found


def test_two_hundred_payloads_render_as_text_and_open_no_file(tmp_path, seed_path):
    assert shutil.which("strace"), "strace is installed by resources/bootstrap.sh test"
    sentinels = tmp_path / "sentinels"
    sentinels.mkdir()
    texts = payloads(sentinels)
    assert len(texts) == 200
    ws = open_workspace(seed_path)
    it = iter(texts)
    parties = ws.parties()
    track = Track(name=next(it))
    rounds = [Round(name=next(it), date="2025-08-01", notes=next(it)), Round(name=next(it), date="2025-09-01")]
    outlet = Outlet(name=next(it))
    report_text = next(it)
    source = Report(title=next(it), outlet_id=outlet.id, note=next(it), url="https://example.org/" + "x",
                    text=report_text)
    person = Person(name=next(it), role=next(it), party_id=parties[0].id)
    extra_party = Party(name=next(it), short_name=next(it), role="mediator")
    records = [track, *rounds, outlet, source, person, extra_party]
    issues = []
    remaining = list(it)
    while remaining:
        issue = Issue(name=remaining.pop(), description=remaining.pop() if remaining else "", track_id=track.id)
        issues.append(issue)
        records.append(issue)
        for round_ in rounds:
            for party in (*parties, extra_party):
                fields = {name: remaining.pop() if remaining else "x"
                          for name in ("stance", "summary", "quote", "analyst_note", "timing_note")}
                said = Position(issue_id=issue.id, party_id=party.id, round_id=round_.id, speaker_id=person.id,
                                original_text=fields["quote"], original_language="uk", translation=fields["summary"],
                                **fields)
                records.append(said)
                records.append(Citation(report_id=source.id, position_id=said.id, passage_end=len(report_text),
                                        passage=report_text, speaker=fields["timing_note"], stance=fields["stance"]))
            records.append(IssueStatus(issue_id=issue.id, round_id=round_.id, status="open",
                                       common_ground=remaining.pop() if remaining else "", note=remaining.pop()
                                       if remaining else ""))
        if len(issues) > 40:
            break
    ws.insert_many(records)
    ws.close()

    out = tmp_path / "out"
    out.mkdir()
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2,stat,lstat,newfstatat,statx,access,faccessat,"
         "faccessat2,readlink,readlinkat,execve", "-o", str(trace),
         sys.executable, "-m", "tests.render_everything", str(seed_path), str(out)],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    touched = [line for line in trace.read_text(errors="replace").splitlines() if "sentinel" in line]
    assert touched == [], touched[:5]
    assert (out / "sheet.pdf").exists() and (out / "sheet.csv").exists()

    seen = json.loads(result.stdout.strip().splitlines()[-1])
    shown = "\n".join(seen)
    assert sum(1 for t in texts if t in shown) >= 150  # shown literally in the detail pane
    pdf_text = subprocess.run(["pdftotext", "-raw", str(out / "sheet.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
    flat = re.sub(r"\s+", "", pdf_text)
    printed = [i.name for i in issues] + [r.stance for r in records
                                          if isinstance(r, Position) and r.round_id == rounds[-1].id]
    # In pieces: a row split at a page end puts the page's footer and the next page's header
    # between the two halves of a cell (where it splits depends on the temporary path's length),
    # and pdftotext -raw puts a neighbouring cell's words between them. A dropped text loses
    # every piece; a split one at most the piece it was cut in.
    def printed_in_pieces(text: str) -> bool:
        solid = re.sub(r"\s+", "", text)
        pieces = [solid[n:n + 8] for n in range(0, len(solid), 8)] or [""]
        return sum(piece in flat for piece in pieces) >= 0.75 * len(pieces)

    missing = [t for t in printed if not printed_in_pieces(t)]
    assert missing == [] and len(printed) >= 20, missing[:3]
    images = subprocess.run(["pdfimages", "-list", str(out / "sheet.pdf")], capture_output=True, text=True,
                            check=True).stdout
    assert len(images.strip().splitlines()) == 2
