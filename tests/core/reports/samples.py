"""Sample report texts (written for these tests, about an imagined round of talks)
and the files made from them: .docx with python-docx, PDF with ReportLab, HTML pages."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SEED_REPORT = ROOT / "resources" / "seed" / "istanbul-talks-2025-07-23.txt"
FONT = ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf"

ENGLISH = (
    "Delegations from the two countries met in Geneva on Tuesday for a second round of talks. "
    "The head of the first delegation said that both sides had agreed to exchange prisoners, and added that "
    "a further meeting was planned for next month. The second delegation proposed a ceasefire of thirty days "
    "but said that the question of borders remained open."
)
UKRAINIAN = (
    "Делегації двох країн зустрілися в Женеві у вівторок на другий раунд переговорів. Голова першої делегації "
    "заявив, що сторони домовилися про обмін полоненими, і додав, що наступну зустріч заплановано на наступний "
    "місяць. Друга делегація запропонувала перемир'я на тридцять днів, але зазначила, що питання кордонів "
    "залишається відкритим."
)
RUSSIAN = (
    "Делегации двух стран встретились в Женеве во вторник на второй раунд переговоров. Глава первой делегации "
    "заявил, что стороны договорились об обмене пленными, и добавил, что следующая встреча запланирована на "
    "следующий месяц. Вторая делегация предложила перемирие на тридцать дней, но отметила, что вопрос границ "
    "остаётся открытым."
)
SAMPLES = {"en": ENGLISH, "uk": UKRAINIAN, "ru": RUSSIAN}


def docx_bytes(paragraphs, table=None, title=None, created=None) -> bytes:
    """A Word file: the paragraphs, then a table (rows of cell texts) if given, then a closing paragraph."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        document.add_paragraph("After the table.")
    document.core_properties.title = title or ""
    if created:
        document.core_properties.created = created
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes(pages, title=None, encrypt=None, text=True) -> bytes:
    """A PDF with one page per list of lines (Noto Sans, so Cyrillic is real text), or a drawing only."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("SampleNoto", str(FONT)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=encrypt)
    if title:
        pdf.setTitle(title)
    for lines in pages:
        if text:
            pdf.setFont("SampleNoto", 11)
            for index, line in enumerate(lines):
                pdf.drawString(60, 780 - 16 * index, line)
        else:
            pdf.rect(60, 400, 300, 300, fill=1)  # what a scanned page is to a text reader: a picture
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def html_page(paragraphs, title="Talks resume in Geneva", site="Example News",
              url="https://news.example.org/2024/03/05/talks", date="2024-03-05", lang="en", extra="") -> str:
    """A news page with navigation, an article and a footer, as a browser would save it."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    date_meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<link rel="canonical" href="{url}">{date_meta}
{extra}
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a> | Subscribe to our newsletter</nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright Example News. All rights reserved. Cookie settings.</footer>
</body></html>"""


CREATED = dt.datetime(2024, 3, 6, 9, 30, tzinfo=dt.timezone.utc)
