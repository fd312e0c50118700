"""Which fields each kind of record shows in its form, and in what order."""

from __future__ import annotations

from core.domain.records import (
    PARTY_ROLES,
    QUALIFIER_LABELS,
    STATUS_LABELS,
    Issue,
    IssueStatus,
    Party,
    Person,
    Position,
    Outlet,
    Report,
    Round,
    Track,
)
from core.domain.grades import RELIABILITY_LABELS

from gui.dialogs.forms import Field

NONE = (None, "—")

FIELDS: dict[type, list[Field]] = {
    Party: [
        Field("name", "Name"),
        Field("short_name", "Short name", hint="Used where the full name does not fit, as in column headers"),
        Field("role", "Role", "choice", tuple((r, r.capitalize()) for r in PARTY_ROLES)),
        Field("colour", "Colour", "colour"),
        Field("sort_order", "Column order", "int", hint="Parties are shown left to right by this number"),
        Field("aliases", "Other names (one per line)", "multiline",
              hint="Other names reports use for this party, so reading a report finds it"),
    ],
    Track: [
        Field("name", "Name"),
        Field("sort_order", "Order", "int"),
    ],
    Issue: [
        Field("name", "Name"),
        Field("track_id", "Track", "choice", "tracks"),
        Field("description", "Description", "multiline"),
        Field("quantity_kind", "Compared as", "choice",
              (NONE, ("duration", "Duration"), ("count", "Count"), ("date", "Date")),
              hint="How the parties' figures on this issue are compared"),
    ],
    Round: [
        Field("name", "Name"),
        Field("date", "Date", "date"),
        Field("place", "Place"),
        Field("duration_minutes", "Duration (minutes)", "int"),
        Field("duration_note", "Duration note"),
        Field("notes", "Notes", "multiline"),
    ],
    Person: [
        Field("name", "Name"),
        Field("party_id", "Party", "choice", "parties"),
        Field("role", "Role"),
        Field("aliases", "Other names (one per line)", "multiline",
              hint="Other spellings reports use for this person, so reading a report finds them"),
    ],
    Outlet: [
        Field("name", "Name"),
        Field("reliability", "Reliability", "choice",
              tuple((letter, f"{letter} — {words}") for letter, words in RELIABILITY_LABELS.items())),
        Field("party_id", "Affiliated with", "choice", "parties", hint="The party this outlet is close to, if any"),
        Field("language", "Language", placeholder="en, uk, ru, …"),
        Field("note", "Note", "multiline"),
    ],
    Report: [
        Field("title", "Title"),
        Field("outlet_id", "Outlet", "choice", "outlets"),
        Field("url", "Address (URL)", placeholder="https://…"),
        Field("published", "Published", "date"),
        Field("accessed", "Accessed", "date"),
        Field("language", "Language", placeholder="en, uk, ru, …"),
        Field("note", "Note", "multiline"),
    ],
    Position: [
        Field("stated", "The party has a stated position on this issue", "bool", page="Position"),
        Field("stance", "Stance", page="Position", placeholder="a short line, shown in the table"),
        Field("summary", "Summary", "multiline", page="Position",
              hint="The position in more detail, shown in the details pane"),
        Field("value_qualifier", "Figure is", "choice",
              (NONE, *((k, v) for k, v in QUALIFIER_LABELS.items())), page="Position"),
        Field("value_low", "Figure (from)", "float", page="Position"),
        Field("value_high", "Figure (to)", "float", page="Position"),
        Field("value_unit", "Unit", page="Position", placeholder="hours, days, prisoners…"),
        Field("value_date", "Date figure", "date", page="Position"),
        Field("value_label", "Figure counts", page="Position", placeholder="per side, duration, age limit…"),
        Field("quote", "Quote (as reported)", "multiline", page="Quote"),
        Field("original_text", "Original-language text", "multiline", page="Quote"),
        Field("original_language", "Original language", page="Quote", placeholder="uk, ru, …"),
        Field("translation", "Translation", "multiline", page="Quote"),
        Field("speaker_id", "Speaker", "choice", "people", page="Attribution"),
        Field("stated_on", "Stated on", "date", page="Attribution"),
        Field("timing_note", "Timing", page="Attribution"),
        Field("analyst_note", "Analyst's note", "multiline", page="Attribution",
              hint="Your own note; never taken as the party's words"),
    ],
    IssueStatus: [
        Field("status", "Status", "choice", tuple(STATUS_LABELS.items())),
        Field("claimed_by_party_id", "Confirmed by one side only", "choice", "parties",
              hint="The party that alone says this status holds; — when both sides confirm it"),
        Field("common_ground", "Common ground", "multiline", hint="What the parties agree on for this issue"),
        Field("note", "Note", "multiline"),
    ],
}

TITLES = {
    Party: "Parties", Track: "Tracks", Issue: "Issues", Round: "Rounds", Person: "People", Outlet: "Outlets",
    Report: "Reports",
}


def label_of(record) -> str:
    """How a record is named in lists."""
    if isinstance(record, Round):
        return f"{record.name} — {record.date}" if record.name else record.date
    if isinstance(record, Report):
        name = record.title or record.url or "(untitled report)"
        return f"{record.published} — {name}" if record.published else name
    return getattr(record, "name", "") or "(unnamed)"
