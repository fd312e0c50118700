"""What moved at a round (stances, figures, "no stated position", statuses and who confirms
them, each before → after with the word difference), and the status counts of every round
(as the EU–UK joint technical notes counted them).

The moves are a model/view list (``gui.changes_model``) that formats only
the rows in sight; which moves there are is ``core.compare.moves``' rule,
the same the table's change tags follow. The counts are a small HTML table
in which every piece of user text is escaped, shown in a browser that loads
no resources, so no text can make it read a file.
"""

from __future__ import annotations

from html import escape
from itertools import chain

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHeaderView, QSplitter, QStyleOptionViewItem, QTableView,
                               QTextBrowser, QVBoxLayout, QWidget)

from core.compare.comparison import Snapshot
from core.compare.moves import MoveList, move_slots
from core.domain.labels import COUNTED_STATUSES
from core.domain.labels import status_word

from gui.changes_model import ChangesModel, MoveDelegate
from gui.i18n import translate
from gui.plain import plain_label
from gui.theme import text_colour

COUNTED = COUNTED_STATUSES
DOCK_HEIGHT = 300  # the dock's height when first shown: a heading and about six moves
COUNTS_WIDEST = 460  # the counts never take more than this from the moves, however long the round names


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that never loads an image, style sheet or link target."""

    def loadResource(self, kind, url):  # noqa: N802 (Qt's name)
        # An empty QByteArray, not None: returning None from this override
        # corrupts None's reference count in PySide6 6.12 and crashes later.
        self.refused_resources.append(url.toString())
        return QByteArray()

    @property
    def refused_resources(self) -> list[str]:
        if not hasattr(self, "_refused"):
            self._refused = []
        return self._refused


class ChangesView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changesView")
        self.heading = plain_label("")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = ChangesModel(self)
        self.list = move_list(self.model)
        self.counts = SafeBrowser()
        self.counts.setObjectName("statusCounts")
        self.counts.setAccessibleName(translate("ChangesView", "Status counts by round"))
        self.counts.setOpenLinks(False)
        self.counts.setOpenExternalLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.counts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(900, DOCK_HEIGHT)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The system switched between light and dark: the status names take this palette's shades."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            fit_rows(self.list)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_counted", None) is not None:
            self._counts_shown = counts_html(self._counted, self.palette())
            self._show_counts(self._counts_shown)

    def show_changes(self, snapshot: Snapshot, round_id: str | None, issue_ids=None) -> None:
        """Show the moves at ``round_id`` (the latest round by default).

        ``issue_ids``: an edit changed only these issues' rows since the last
        call, for the same round; their moves are worked out again and the
        rest kept (an edit in a large workspace must not redo every move).
        """
        shown = snapshot.rounds_by_id.get(round_id) if round_id else (snapshot.rounds[-1] if snapshot.rounds else None)
        self._counted = snapshot
        html = counts_html(snapshot, self.counts.palette())
        if html != getattr(self, "_counts_shown", None):  # the same on most round switches: setHtml is slow
            self._counts_shown = html
            self._show_counts(html)
        if shown is None:
            self.heading.setText(translate("ChangesView", "No rounds yet."))
            self._groups, self._order = [], None
            self.model.set_moves([])
            return
        index = snapshot.round_index[shown.id]
        names = {p.id: p.name for p in snapshot.parties}
        comparison = snapshot.compare(shown.id, [p.id for p in snapshot.parties])
        rows = comparison.rows
        order = (shown.id, [row.issue.id for row in rows])
        if issue_ids is not None and order == getattr(self, "_order", None):
            for n, row in enumerate(rows):
                if row.issue.id in issue_ids:
                    self._groups[n] = move_slots(row)
        else:
            self._groups = list(snapshot.move_groups(comparison))  # a copy: an edit replaces rows of it
        self._order = order
        moves = MoveList(list(chain.from_iterable(self._groups)), names)  # worded when shown
        self.heading.setText(changes_heading(shown, snapshot.rounds[index - 1] if index > 0 else None, bool(moves)))
        if issue_ids is not None and len(moves) == self.model.rowCount():
            self.model.replace_moves(moves)  # the same number of rows: repaint, keep the scroll position
        else:
            self.model.set_moves(moves)

    def _show_counts(self, html: str) -> None:
        """Show the counts, wide enough that no heading breaks inside a word.

        A quarter of a 1024-px dock squeezed "Round" to "Roun/d" (and the
        longer Ukrainian words worse), so the pane asks for the table's
        natural width, up to ``COUNTS_WIDEST``.
        """
        self.counts.setHtml(html)
        natural = QTextDocument()
        natural.setDefaultFont(self.counts.font())
        natural.setHtml(html)
        natural.setTextWidth(-1)
        frame = 2 * self.counts.frameWidth() + self.counts.verticalScrollBar().sizeHint().width() + 4
        self.counts.setMinimumWidth(min(int(natural.idealWidth()) + frame, COUNTS_WIDEST))

    def lines(self) -> list[str]:
        """Every move as one line of plain text (tests, and copying)."""
        return [self.model.index(n).data() for n in range(self.model.rowCount())]


def changes_heading(shown, before, moved: bool) -> str:
    """'Changes at Round 3 (2025-07-23) since Round 2', or '…: nothing moved at this round'."""
    if before is None:
        if moved:
            return translate("ChangesView", "Changes at {round} ({date}) since the start").format(
                round=shown.name, date=shown.date)
        return translate("ChangesView", "Changes at {round} ({date}) since the start: nothing moved at this round"
                         ).format(round=shown.name, date=shown.date)
    if moved:
        return translate("ChangesView", "Changes at {round} ({date}) since {before}").format(
            round=shown.name, date=shown.date, before=before.name)
    return translate("ChangesView", "Changes at {round} ({date}) since {before}: nothing moved at this round").format(
        round=shown.name, date=shown.date, before=before.name)


def move_list(model) -> QTableView:
    """A one-column table of moves, each row the delegate's height.

    A table rather than a QListView: on a reset (every round switch) a
    QListView lays out every item, calling the Python model's ``rowCount``
    twice per row (12,000 calls, 45-70 ms for 6,000 moves on a loaded
    machine); a table with fixed row heights asks a handful of times
    and then only for the rows in sight.
    """
    view = QTableView()
    view.setObjectName("changesList")
    view.setAccessibleName(translate("ChangesView", "Changes at the round shown"))
    view.setModel(model)
    view.setItemDelegate(MoveDelegate(view))
    view.horizontalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    fit_rows(view)
    return view


def fit_rows(view: QTableView) -> None:
    """Every row as high as the delegate draws a move (three lines of the view's font)."""
    option = QStyleOptionViewItem()
    option.font = view.font()
    view.verticalHeader().setMinimumSectionSize(1)
    view.verticalHeader().setDefaultSectionSize(view.itemDelegate().sizeHint(option, QModelIndex()).height())


def make_changes_dock(window) -> tuple[QDockWidget, ChangesView]:
    """The bottom dock holding the changes view; it opens ``DOCK_HEIGHT`` px high, not squeezed."""
    view = ChangesView()
    dock = QDockWidget(translate("ChangesView", "Changes and status counts"), window)
    dock.setObjectName("changesDock")
    dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()

    def first_shown(visible: bool) -> None:
        if visible and not getattr(dock, "sized", False):
            dock.sized = True
            window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(first_shown)
    return dock, view


def counts_html(snapshot: Snapshot, palette=None) -> str:
    """The counts table; each status name in its colour, readable on ``palette`` (the browser's)."""
    from PySide6.QtGui import QPalette

    palette = palette or QPalette()
    title, round_heading = translate("ChangesView", "Status counts by round"), translate("ChangesView", "Round")
    parts = [f"<h4>{escape(title)}</h4>",
             "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse'>"
             f"<tr><th>{escape(round_heading)}</th>"]
    parts.extend(f"<th style='color:{text_colour(key, palette).name()}'>{status_word(key)}</th>" for key in COUNTED)
    parts.append("</tr>")
    for round_, counts in snapshot.status_counts_by_round():
        parts.append(f"<tr><td>{escape(round_.name)} ({escape(round_.date)})</td>")
        parts.extend(f"<td align='right'>{counts[key]}</td>" for key in COUNTED)
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)
