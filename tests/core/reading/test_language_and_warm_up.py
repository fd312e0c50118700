"""Language detection tells Ukrainian from Russian; dictionaries load lazily, once."""

import subprocess
import sys

from core.reading import Gazetteer, read_report
from core.reports.language import detect_language


def test_ukrainian_and_russian_are_told_apart():
    assert detect_language("Міністр заявив, що переговори триватимуть наступного тижня.") == "uk"
    assert detect_language("Министр заявил, что переговоры продолжатся на следующей неделе.") == "ru"
    assert detect_language("The minister said the talks would continue next week.") == "en"
    assert detect_language("12345 — 678") == ""


def test_the_reading_says_its_language():
    assert read_report("Міністр заявив, що переговори триватимуть.", Gazetteer()).language == "uk"


def test_importing_the_engine_loads_no_dictionary_nor_detector():
    code = ("import sys, core.reading; "
            "print(any(m.startswith(('pymorphy3', 'lingua')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
