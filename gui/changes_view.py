"""What changed at a round: each stance before and after, word by word, and
the status counts of every round (as the EU–UK joint technical notes counted
them).

The report is built as HTML in which every piece of user text is escaped,
and shown in a browser that loads no resources, so no text can make it read
a file.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QTextBrowser

from core.compare.comparison import Snapshot
from core.domain.labels import COUNTED_STATUSES, stance_text
from core.domain.records import STATUS_LABELS

from gui.theme import STATUS_COLOURS

COUNTED = COUNTED_STATUSES


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


class ChangesView(SafeBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changesView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def show_changes(self, snapshot: Snapshot, round_id: str | None) -> None:
        self.setHtml(changes_html(snapshot, round_id))


def changes_html(snapshot: Snapshot, round_id: str | None) -> str:
    changes = snapshot.changes_at(round_id)
    comparison_round = snapshot.rounds_by_id.get(round_id) if round_id else (snapshot.rounds[-1] if snapshot.rounds else None)
    parts = []
    if comparison_round is None:
        return "<p>No rounds yet.</p>"
    index = snapshot.round_index[comparison_round.id]
    since = snapshot.rounds[index - 1].name if index > 0 else "the start"
    parts.append(f"<h3>Changes at {escape(comparison_round.name)} ({escape(comparison_round.date)}) "
                 f"since {escape(since)}</h3>")
    if not changes:
        parts.append("<p>No position changed at this round.</p>")
    else:
        parts.append("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse: collapse'>"
                     "<tr><th>Issue</th><th>Party</th><th>Before</th><th>After</th><th>Difference</th></tr>")
        for change in changes:
            before, after = stance_text(change.before), stance_text(change.after)
            diff = "".join(_segment(op, text) for op, text in change.stance_diff())
            parts.append(f"<tr><td>{escape(change.issue.name)}</td><td>{escape(change.party.name)}</td>"
                         f"<td>{escape(before)}</td><td>{escape(after)}</td><td>{diff}</td></tr>")
        parts.append("</table>")
    parts.append("<h3>Status counts by round</h3>")
    parts.append("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse: collapse'><tr><th>Round</th>")
    parts.extend(f"<th style='color:{STATUS_COLOURS[key]}'>{STATUS_LABELS[key]}</th>" for key in COUNTED)
    parts.append("</tr>")
    for round_, counts in snapshot.status_counts_by_round():
        parts.append(f"<tr><td>{escape(round_.name)} ({escape(round_.date)})</td>")
        parts.extend(f"<td align='right'>{counts[key]}</td>" for key in COUNTED)
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def _segment(op: str, text: str) -> str:
    if op == "removed":
        return f"<span style='color:#C62828; text-decoration: line-through'>{escape(text)}</span>"
    if op == "added":
        return f"<span style='color:#2E7D32; text-decoration: underline'>{escape(text)}</span>"
    return escape(text)
