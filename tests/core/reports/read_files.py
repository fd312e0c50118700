"""Read report files in a child process (run under strace by test_no_file_or_network.py).

    python -m tests.core.reports.read_files FILE...   one JSON line per file
    (a path prefixed "html:" goes straight to the HTML reader, whatever it holds)
"""

import json
import sys
from dataclasses import asdict
from pathlib import Path

from core.reports import ReportFileError, read_report_file
from core.reports.html_reader import read_html


def main(paths: list[str]) -> None:
    for name in paths:
        try:
            if name.startswith("html:"):
                result = {"text": read_html(Path(name[5:]).read_bytes())["text"]}
            else:
                result = asdict(read_report_file(name))
        except ReportFileError as error:
            result = {"error": str(error)}
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
