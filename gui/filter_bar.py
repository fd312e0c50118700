"""The search field and the filters that narrow the comparison table."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from core.compare.comparison import RowFilter
from core.domain.labels import status_word
from core.domain.records import STATUS_LABELS

from gui.i18n import translate

ALL = "__all__"


class FilterBar(QWidget):
    """Emits ``changed`` (debounced while typing) whenever the filter changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(translate("FilterBar", "Search stances, quotes, notes… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setAccessibleName(translate("FilterBar", "Search"))
        self.search.setAccessibleDescription(translate("FilterBar", "Shows only the issues whose stances, quotes or notes "
                                                                  "contain these words"))
        for button in self.search.findChildren(QToolButton):  # the clear button Qt adds
            button.setAccessibleName(translate("FilterBar", "Clear search"))
        self.track = QComboBox()
        self.track.setObjectName("trackFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(translate("FilterBar", "Any status"), ALL)
        for key in STATUS_LABELS:
            self.status.addItem(status_word(key), key)
        self.status.addItem(translate("FilterBar", "No status recorded"), "none")
        self.party = QComboBox()
        self.party.setObjectName("partyFilter")
        # A set minimum width (not the longest name's) lets the bar shrink, so a long track or party name
        # never makes the window wider than a 1024-pixel screen; the lists show names whole when open.
        # The narrowest still shows the "all" choice whole ("Усі сторони" runs longer than "Any party").
        for box, narrowest, widest in ((self.track, 90, 260), (self.status, 110, 260), (self.party, 90, 260)):
            box.setMinimumWidth(max(narrowest, self._fits(box, box.itemText(0))))
            box.setMaximumWidth(widest)
        self.no_stated = QCheckBox(translate("FilterBar", "Only “no stated position”"))
        self.no_stated.setObjectName("noStatedFilter")
        self.no_stated.setAccessibleDescription(translate("FilterBar", "Shows only the issues where a party has no stated position"))
        for box, name, description in (
                (self.track, translate("FilterBar", "Track"), translate("FilterBar", "Shows only the issues of this track")),
                (self.status, translate("FilterBar", "Status"),
                 translate("FilterBar", "Shows only the issues with this status")),
                (self.party, translate("FilterBar", "Stated by"),
                 translate("FilterBar", "Shows only the issues on which this party has a position"))):
            box.setAccessibleName(name)
            box.setAccessibleDescription(description)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.search, 2)
        for label, widget in ((translate("FilterBar", "&Track:"), self.track),
                              (translate("FilterBar", "&Status:"), self.status),
                              (translate("FilterBar", "Stated &by:"), self.party)):
            caption = QLabel(label)
            caption.setBuddy(widget)  # Alt+letter reaches the list; screen readers read the label with it
            layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addWidget(self.no_stated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._now)
        for box in (self.track, self.status, self.party):
            box.currentIndexChanged.connect(self.changed)
        self.no_stated.toggled.connect(self.changed)

    @staticmethod
    def _fits(box: QComboBox, text: str) -> int:
        """The width ``box`` needs to show ``text`` whole: the text, the arrow and the frame."""
        return box.fontMetrics().horizontalAdvance(text) + 2 * box.style().pixelMetric(
            QStyle.PixelMetric.PM_ComboBoxFrameWidth) + box.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent) + 16

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def set_choices(self, tracks: list, parties: list) -> None:
        """Refill the track and party lists, keeping what was chosen where it still exists."""
        for box, records, any_label in ((self.track, tracks, translate("FilterBar", "All tracks")),
                                        (self.party, parties, translate("FilterBar", "Any party"))):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(any_label, ALL)
            box.setMinimumWidth(max(box.minimumWidth(), self._fits(box, any_label)))
            for record in records:
                box.addItem(record.name, record.id)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def query(self) -> str:
        return self.search.text().strip()

    def row_filter(self, issue_ids: set[str] | None) -> RowFilter:
        track, status, party = self.track.currentData(), self.status.currentData(), self.party.currentData()
        return RowFilter(
            track_ids=None if track in (ALL, None) else {track},
            statuses=None if status in (ALL, None) else {status},
            party_id=None if party in (ALL, None) else party,
            no_stated_only=self.no_stated.isChecked(),
            issue_ids=issue_ids,
        )

    def is_active(self) -> bool:
        return bool(self.query()) or not self.row_filter(None).is_empty()

    def clear(self) -> None:
        self.search.clear()
        for box in (self.track, self.status, self.party):
            box.setCurrentIndex(0)
        self.no_stated.setChecked(False)
        self._now()
