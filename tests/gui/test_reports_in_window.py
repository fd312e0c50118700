"""Reports in the window: the cell's reports line and disagreement mark, the detail pane's
citations and versions side by side, the report viewer, citing a selected passage, and
search over report text. Synthetic data from tests/gui/report_data.py, over the seed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from core.domain.records import Citation
from gui.main_window import MainWindow
from gui.report_viewer import from_qt, to_qt
from gui.table.cell_reports import ReportsMark
from gui.table.model import PAINT_ROLE
from tests.gui.report_data import ISSUE, PARTY, TEXT_B, add_disagreeing_reports


@pytest.fixture
def data(seed_ws):
    return add_disagreeing_reports(seed_ws)


@pytest.fixture
def window(qtbot, seed_ws, data):
    win = MainWindow(seed_ws)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win.close_workspace()


def index_of(window, issue_name, party_name):
    model = window.model
    row = model.row_for_issue(next(i.id for i in window.snapshot.issues if i.name == issue_name))
    column = model.party_column(next(p.id for p in window.snapshot.parties if p.name == party_name))
    return model.index(row, column)


def select(window, issue_name, party_name):
    index = index_of(window, issue_name, party_name)
    window.table.setCurrentIndex(index)
    return index


def test_a_cell_shows_how_many_reports_back_it_and_the_best_grade(window):
    assert index_of(window, ISSUE, PARTY).data(PAINT_ROLE).reports == ReportsMark("3 reports · B2", True)
    seed_only = index_of(window, "Deported children", "Russia").data(PAINT_ROLE)
    assert seed_only.reports == ReportsMark("1 report · F6", False)
    nothing = index_of(window, "Territorial demands", "Ukraine").data(PAINT_ROLE)
    assert nothing.reports is None


def test_the_tooltip_says_in_words_that_the_reports_disagree_and_how(window):
    tip = index_of(window, ISSUE, PARTY).data(Qt.ItemDataRole.ToolTipRole)
    assert "3 reports · B2 — best grade B2 — usually reliable, probably true" in tip
    assert "≠ The reports disagree on the figure or the stance" in tip
    assert "4,000 bodies (Outlet B, C3)" in tip
    assert "3,000 bodies (Outlet A, B2; Russia And Ukraine Make Scant Progress" in tip
    assert "disagree" not in index_of(window, "Deported children", "Russia").data(Qt.ItemDataRole.ToolTipRole)


def test_a_disagreeing_cell_is_drawn_with_its_mark(window, data):
    """The drawn cell differs from the same cell whose reports agree: the mark is painted, not only told."""
    index = index_of(window, ISSUE, PARTY)
    rect = window.table.visualRect(index)
    window.table.scrollTo(index)
    before = window.table.viewport().grab(window.table.visualRect(index)).toImage()
    window.workspace.db.execute("UPDATE citations SET value_low = NULL, value_high = NULL WHERE id = ?",
                                [data.citation_b.id])
    window.reload()
    after = window.table.viewport().grab(window.table.visualRect(index)).toImage()
    assert rect.height() > 0 and before != after
    assert index_of(window, ISSUE, PARTY).data(PAINT_ROLE).reports == ReportsMark("3 reports · B2", False)


def test_the_detail_pane_lists_every_citation_and_shows_the_versions_side_by_side(window, qtbot):
    select(window, ISSUE, PARTY)
    qtbot.wait(20)  # let the layout place the columns
    citations = window.detail.citations
    assert citations.version_headings == ["3,000 bodies", "4,000 bodies"]
    texts = [item.text() for item in citations.items]
    assert len(texts) == 3
    assert texts[0].startswith("B2 · Outlet A · Synthetic test report A")
    assert texts[1].startswith("F6 · Outlet not named · Russia And Ukraine Make Scant Progress")
    assert texts[2].startswith("C3 · Outlet B · Synthetic test report B")
    assert "“This made-up text gives another figure: 4,000 bodies.”" in texts[2]
    assert "usually reliable, probably true" in citations.items[0].grade_label.toolTip()
    # side by side: the two versions' items stand in different columns at the same height
    first, last = citations.items[0], citations.items[2]
    assert last.mapTo(citations, last.rect().topLeft()).x() > first.mapTo(citations, first.rect().topLeft()).x()


def test_clicking_a_citation_opens_the_viewer_at_its_passage_highlighted(window, qtbot, data):
    select(window, ISSUE, PARTY)
    item = window.detail.citations.items[2]
    qtbot.mouseClick(item, Qt.MouseButton.LeftButton)
    viewer = window.report_viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.text.toPlainText() == TEXT_B
    assert viewer.text.isReadOnly()
    [mark] = viewer.text.extraSelections()
    assert mark.cursor.selectedText() == data.citation_b.passage
    assert viewer.title_label.text() == "Synthetic test report B"
    assert viewer.outlet_label.text() == "Outlet B — reliability C, fairly reliable"


def test_enter_on_a_citation_opens_it_too(window, qtbot):
    select(window, ISSUE, PARTY)
    item = window.detail.citations.items[0]
    item.setFocus()
    qtbot.keyClick(item, Qt.Key.Key_Return)
    assert window.report_viewer.title_label.text() == "Synthetic test report A"


def test_a_seed_position_opens_on_its_sentence_of_the_23_july_report(window, seed_ws, qtbot):
    select(window, "Deported children", "Russia")
    [item] = window.detail.citations.items
    item.activated.emit(item.citation)
    viewer = window.report_viewer
    [mark] = viewer.text.extraSelections()
    text = seed_ws.report_text(item.citation.report_id)
    assert mark.cursor.selectedText() == item.citation.passage == text[item.citation.passage_start:
                                                                        item.citation.passage_end]
    assert "339" in mark.cursor.selectedText()
    qtbot.waitUntil(lambda: viewer.text.viewport().rect().contains(viewer.text.cursorRect(mark.cursor)), timeout=2000)
    assert viewer.dates_label.text().startswith("Published 2025-07-23")


def select_in_viewer(viewer, needle):
    text = viewer.stored_text
    start = text.index(needle)
    cursor = QTextCursor(viewer.text.document())
    cursor.setPosition(to_qt(text, start))
    cursor.setPosition(to_qt(text, start + len(needle)), QTextCursor.MoveMode.KeepAnchor)
    viewer.text.setTextCursor(cursor)


def test_a_selected_passage_is_cited_for_the_position_as_one_undoable_step(window, seed_ws, data):
    select(window, ISSUE, PARTY)
    viewer = window.open_citation(data.citation_b, data.position)
    select_in_viewer(viewer, "Marker word: zyxsynthetic.")
    viewer.credibility.setCurrentIndex(viewer.credibility.findData(4))
    assert viewer.cite()
    fresh = [c for c in seed_ws.citations() if c.passage == "Marker word: zyxsynthetic."]
    assert len(fresh) == 1 and fresh[0].position_id == data.position.id and fresh[0].credibility == 4
    assert TEXT_B[fresh[0].passage_start:fresh[0].passage_end] == fresh[0].passage
    assert index_of(window, ISSUE, PARTY).data(PAINT_ROLE).reports.text == "3 reports · B2"
    assert len(window.detail.citations.items) == 4
    window.undo_stack.undo()
    assert not [c for c in seed_ws.citations() if c.passage == "Marker word: zyxsynthetic."]
    assert len(window.detail.citations.items) == 3


def test_an_empty_selection_is_refused_with_one_line_and_nothing_is_written(window, seed_ws, data):
    viewer = window.open_citation(data.citation_b, data.position)
    viewer.text.setTextCursor(QTextCursor(viewer.text.document()))
    count = len(seed_ws.citations())
    assert not viewer.cite()
    assert viewer.problem.text() == "Not cited: Select the passage to cite first: the selection is empty."
    assert len(seed_ws.citations()) == count and window.undo_stack.count() == 0


def test_qt_positions_and_python_offsets_agree_past_characters_beyond_the_basic_plane():
    text = "a🙂b\nc𝄞d"
    for offset in range(len(text) + 1):
        assert from_qt(text, to_qt(text, offset)) == offset
    assert to_qt(text, 3) == 4


def test_a_passage_after_an_emoji_is_highlighted_and_cited_exactly(window, seed_ws, data):
    text = "Synthetic 🙂 text 𝄞 with a passage to cite here.\n"
    seed_ws.db.execute("UPDATE reports SET text = ? WHERE id = ?", [text, data.report_a.id])
    window.reload()
    start = text.index("passage")
    viewer = window.open_report(data.report_a.id, (start, start + len("passage to cite")), data.position.id)
    [mark] = viewer.extraSelections() if hasattr(viewer, "extraSelections") else viewer.text.extraSelections()
    assert mark.cursor.selectedText() == "passage to cite"
    select_in_viewer(viewer, "with a passage")
    assert viewer.cite()
    assert any(c.passage == "with a passage" and text[c.passage_start:c.passage_end] == c.passage
               for c in seed_ws.citations())


def test_searching_report_text_finds_the_issues_whose_positions_cite_it(window, qtbot):
    """A phrase found only in Outlet B's report, in the passage cited for Russia on the return of bodies."""
    window.filter_bar.search.setText('"another figure"')
    qtbot.waitUntil(lambda: [row.issue.name for row in window.model.comparison().rows] == [ISSUE], timeout=2000)
    assert index_of(window, ISSUE, PARTY).data(PAINT_ROLE).hit
    assert "1 matching report" in window.counts_label.text()


def test_a_report_matching_outside_its_cited_passages_is_counted_but_brings_no_issue(window, qtbot):
    window.filter_bar.search.setText("zyxsynthetic")
    qtbot.waitUntil(lambda: bool(window.search_reports), timeout=2000)
    assert window.model.comparison().rows == []
    assert "0 matching positions · 1 matching report" in window.counts_label.text()


def test_searching_339_finds_the_report_that_mentions_it(window, qtbot):
    window.filter_bar.search.setText("339")
    qtbot.waitUntil(lambda: bool(window.search_reports), timeout=2000)
    assert len(window.search_reports) == 1
    [report_id] = window.search_reports
    assert window.snapshot.reports[report_id].published == "2025-07-23"
    assert "Deported children" in [row.issue.name for row in window.model.comparison().rows]
    assert "1 matching report" in window.counts_label.text()


def test_the_viewer_closes_when_the_workspace_is_read_again(window, data):
    viewer = window.open_citation(data.citation_a, data.position)
    assert viewer.isVisible()
    window.reload()
    assert not viewer.isVisible()


def test_markup_in_a_report_and_its_passage_stays_plain_text(window, seed_ws, data):
    payload = '<img src="/etc/hostname"><b>bold</b>'
    text = f"Synthetic text with markup: {payload} end.\n"
    start = text.index(payload)
    seed_ws.db.execute("UPDATE reports SET text = ?, title = ? WHERE id = ?", [text, payload, data.report_a.id])
    seed_ws.db.execute("UPDATE citations SET passage = ?, passage_start = ?, passage_end = ? WHERE id = ?",
                       [payload, start, start + len(payload), data.citation_a.id])
    window.reload()
    select(window, ISSUE, PARTY)
    item = next(i for i in window.detail.citations.items if i.citation.id == data.citation_a.id)
    assert item.passage_label.textFormat() == Qt.TextFormat.PlainText
    assert payload in item.text()
    viewer = window.open_citation(item.citation, data.position)
    assert viewer.text.toPlainText() == text
    assert viewer.title_label.text() == payload and viewer.title_label.textFormat() == Qt.TextFormat.PlainText
    [mark] = viewer.text.extraSelections()
    assert mark.cursor.selectedText() == payload
