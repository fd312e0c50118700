"""A hostile page or Word file that names local files and addresses: read as text, and
no file it names is opened and no connection made (every system call watched with strace)."""

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

from tests.core.reports.samples import ENGLISH, ROOT, docx_bytes, html_page

TRACED = ("open,openat,openat2,stat,lstat,newfstatat,statx,access,faccessat,faccessat2,readlink,readlinkat,"
          "execve,socket,bind,connect,sendto,sendmsg")
NAMES = ["entity.txt", "style.xsl", "base.html", "style.css", "refresh.html", "script.js", "import.css",
         "image.png", "plain.png", "frame.html", "object.pdf", "svg.png", "xinclude.xml", "preload.css",
         "docx-entity.txt", "linked.png", "hyperlink.html"]


def hostile_page(s) -> str:
    head = (f'<link rel="stylesheet" href="file://{s}/style.css">'
            f'<link rel="preload" href="{s}/preload.css"><base href="file://{s}/base.html">'
            f'<meta http-equiv="refresh" content="0; url=file://{s}/refresh.html">'
            f'<script src="file://{s}/script.js"></script><style>@import url(file://{s}/import.css);</style>')
    paragraphs = [
        f'<img src="file://{s}/image.png"> <img src="{s}/plain.png"> {ENGLISH}',
        f'<iframe src="file://{s}/frame.html"></iframe><object data="{s}/object.pdf"></object> &leak; The talks '
        'went on into the evening, and both delegations said they would report to their capitals.',
        f'<svg><image href="file://{s}/svg.png"/></svg><xi:include href="file://{s}/xinclude.xml" '
        'xmlns:xi="http://www.w3.org/2001/XInclude"/> <a href="http://127.0.0.1:9/link">A further round</a> '
        'is expected next month, according to a statement published after the meeting.',
    ]
    page = html_page(paragraphs, url="http://127.0.0.1:9/canonical", extra=head)
    return page.replace("<!DOCTYPE html>", f'<!DOCTYPE html [<!ENTITY leak SYSTEM "file://{s}/entity.txt">]>\n'
                                           f'<?xml-stylesheet href="file://{s}/style.xsl"?>', 1)


def hostile_docx(s) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx_bytes([ENGLISH, "Second paragraph."])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                declaration, rest = data.split(b"?>", 1)
                data = declaration + b"?>" + (f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM '
                                              f'"file://{s}/docx-entity.txt">]>').encode() + rest
                data = data.replace(b"Second paragraph.", b"Second paragraph.&leak;")
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    '<Relationship Id="rIdHostile1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/image" Target="file://{s}/linked.png" TargetMode="External"/>'
                    '<Relationship Id="rIdHostile2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships/hyperlink" Target="file://{s}/hyperlink.html" TargetMode="External"/>'
                    "</Relationships>").encode())
            target.writestr(info, data)
    return out.getvalue()


def test_hostile_page_and_word_file_open_nothing_they_name(tmp_path):
    assert shutil.which("strace"), "strace is installed by resources/bootstrap.sh test"
    named = tmp_path / "sentinels"
    named.mkdir()
    for name in NAMES:
        (named / name).write_text("body { background: red } <p>LEAKED</p>", encoding="utf-8")
    page, word, address = tmp_path / "page.html", tmp_path / "report.docx", tmp_path / "address.html"
    page.write_text(hostile_page(named), encoding="utf-8")
    word.write_bytes(hostile_docx(named))
    address.write_text("http://127.0.0.1:9/fetch-me", encoding="utf-8")  # htmldate would download such a string
    trace = tmp_path / "trace.txt"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", f"trace={TRACED}", "-o", str(trace), sys.executable, "-m",
         "tests.core.reports.read_files", str(page), str(word), str(address), f"html:{address}"],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = trace.read_text(errors="replace").splitlines()
    assert [line for line in lines if "sentinels" in line] == []
    # urllib3 (imported by trafilatura and htmldate) asks at import whether IPv6 exists by binding a socket to
    # ::1, port 0; it never connects. Nothing else may touch the network.
    assert [line for line in lines if any(f" {call}(" in line for call in ("connect", "sendto", "sendmsg"))] == []
    binds = [line for line in lines if " bind(" in line]
    assert all('"::1"' in line and "htons(0)" in line for line in binds), binds

    page_report, word_report, address_report, address_html = [json.loads(x) for x in result.stdout.splitlines()]
    assert "Delegations from the two countries" in page_report["text"]
    assert "report to their capitals" in page_report["text"]
    assert "LEAKED" not in page_report["text"]
    assert word_report["text"].startswith(ENGLISH + "\nSecond paragraph.") and "LEAKED" not in word_report["text"]
    assert address_report["text"] == "http://127.0.0.1:9/fetch-me"  # plain text, read as such
    assert "fetch-me" in address_html.get("text", "") or "error" in address_html
