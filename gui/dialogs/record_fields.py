"""Which fields each kind of record shows in its form, and in what order.

The labels, hints and placeholders are data, defined once at import, before
any translator is installed: they are marked here for the catalogue with
``QT_TRANSLATE_NOOP("RecordFields", ...)`` and translated where they are
shown (``gui.dialogs.forms``) under that same context: ``forms.LABELS``, or
the field's own ``context`` where one English word needs two translations.
A choice's label is either such a marked string or a function called when
the choice list is filled, for words whose catalogue is core's (statuses,
qualifiers, grades).
"""

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
from core.i18n import QT_TRANSLATE_NOOP
from core.i18n import translate as core_translate

from gui.dialogs.forms import Field, shown
from gui.i18n import translate

NONE = (None, "—")

# The names of a form's tabs, and the words of fixed choices that core does not translate for us.
POSITION_PAGE = QT_TRANSLATE_NOOP("RecordFields", "Position")
QUOTE_PAGE = QT_TRANSLATE_NOOP("RecordFields", "Quote")
ATTRIBUTION_PAGE = QT_TRANSLATE_NOOP("RecordFields", "Attribution")
ROLE_LABELS = {
    "party": QT_TRANSLATE_NOOP("RecordFields", "Party"),
    "observer": QT_TRANSLATE_NOOP("RecordFields", "Observer"),
    "mediator": QT_TRANSLATE_NOOP("RecordFields", "Mediator"),
    "host": QT_TRANSLATE_NOOP("RecordFields", "Host"),
}


def _in_core(context: str, label: str):
    """A choice label core's catalogue translates ("Status", "Qualifier"), looked up when shown."""
    return lambda: core_translate(context, label)


def _grade(letter: str, words: str):
    """'B — Usually reliable', the words from core's catalogue (context "Reliability")."""
    return lambda: f"{letter} — {core_translate('Reliability', words)}"


FIELDS: dict[type, list[Field]] = {
    Party: [
        Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name")),
        Field("short_name", QT_TRANSLATE_NOOP("RecordFields", "Short name"),
              hint=QT_TRANSLATE_NOOP("RecordFields", "Used where the full name does not fit, as in column headers")),
        Field("role", QT_TRANSLATE_NOOP("RecordFields", "Role"), "choice",
              tuple((r, ROLE_LABELS.get(r, r.capitalize())) for r in PARTY_ROLES)),
        Field("colour", QT_TRANSLATE_NOOP("RecordFields", "Colour"), "colour"),
        Field("sort_order", QT_TRANSLATE_NOOP("RecordFields", "Column order"), "int",
              hint=QT_TRANSLATE_NOOP("RecordFields", "Parties are shown left to right by this number")),
        Field("aliases", QT_TRANSLATE_NOOP("RecordFields", "Other names (one per line)"), "multiline",
              hint=QT_TRANSLATE_NOOP("RecordFields",
                                     "Other names reports use for this party, so reading a report finds it")),
    ],
    Track: [
        Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name")),
        Field("sort_order", QT_TRANSLATE_NOOP("RecordFields", "Order"), "int"),
    ],
    Issue: [
        Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name")),
        Field("track_id", QT_TRANSLATE_NOOP("RecordFields", "Track"), "choice", "tracks"),
        Field("description", QT_TRANSLATE_NOOP("RecordFields", "Description"), "multiline"),
        Field("quantity_kind", QT_TRANSLATE_NOOP("RecordFields", "Compared as"), "choice",
              (NONE,
               ("duration", QT_TRANSLATE_NOOP("RecordFields", "Duration")),
               ("count", QT_TRANSLATE_NOOP("RecordFields", "Count")),
               ("date", QT_TRANSLATE_NOOP("RecordFields", "Date"))),
              hint=QT_TRANSLATE_NOOP("RecordFields", "How the parties' figures on this issue are compared")),
    ],
    Round: [
        Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name")),
        Field("date", QT_TRANSLATE_NOOP("RecordFields", "Date"), "date"),
        Field("place", QT_TRANSLATE_NOOP("RecordFields", "Place")),
        Field("duration_minutes", QT_TRANSLATE_NOOP("RecordFields", "Duration (minutes)"), "int"),
        Field("duration_note", QT_TRANSLATE_NOOP("RecordFields", "Duration note")),
        Field("notes", QT_TRANSLATE_NOOP("RecordFields", "Notes"), "multiline"),
    ],
    Person: [  # a person's name is not a thing's name in every language: their own context
        Field("name", QT_TRANSLATE_NOOP("PersonFields", "Name"), context="PersonFields"),
        Field("party_id", QT_TRANSLATE_NOOP("PersonFields", "Party"), "choice", "parties", context="PersonFields"),
        Field("role", QT_TRANSLATE_NOOP("PersonFields", "Role"), context="PersonFields"),
        Field("aliases", QT_TRANSLATE_NOOP("PersonFields", "Other names (one per line)"), "multiline",
              hint=QT_TRANSLATE_NOOP("PersonFields",
                                     "Other spellings reports use for this person, so reading a report finds them"),
              context="PersonFields"),
    ],
    Outlet: [
        Field("name", QT_TRANSLATE_NOOP("RecordFields", "Name")),
        Field("reliability", QT_TRANSLATE_NOOP("RecordFields", "Reliability"), "choice",
              tuple((letter, _grade(letter, words)) for letter, words in RELIABILITY_LABELS.items())),
        Field("party_id", QT_TRANSLATE_NOOP("RecordFields", "Affiliated with"), "choice", "parties",
              hint=QT_TRANSLATE_NOOP("RecordFields", "The party this outlet is close to, if any")),
        Field("language", QT_TRANSLATE_NOOP("RecordFields", "Language"),
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "en, uk, ru, …")),
        Field("note", QT_TRANSLATE_NOOP("RecordFields", "Note"), "multiline"),
    ],
    Report: [
        Field("title", QT_TRANSLATE_NOOP("RecordFields", "Title")),
        Field("outlet_id", QT_TRANSLATE_NOOP("RecordFields", "Outlet"), "choice", "outlets"),
        Field("url", QT_TRANSLATE_NOOP("RecordFields", "Address (URL)"),
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "https://…")),
        Field("published", QT_TRANSLATE_NOOP("RecordFields", "Published"), "date"),
        Field("accessed", QT_TRANSLATE_NOOP("RecordFields", "Accessed"), "date"),
        Field("language", QT_TRANSLATE_NOOP("RecordFields", "Language"),
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "en, uk, ru, …")),
        Field("note", QT_TRANSLATE_NOOP("RecordFields", "Note"), "multiline"),
    ],
    Position: [
        Field("stated", QT_TRANSLATE_NOOP("RecordFields", "The party has a stated position on this issue"), "bool",
              page=POSITION_PAGE),
        Field("stance", QT_TRANSLATE_NOOP("RecordFields", "Stance"), page=POSITION_PAGE,
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "a short line, shown in the table")),
        Field("summary", QT_TRANSLATE_NOOP("RecordFields", "Summary"), "multiline", page=POSITION_PAGE,
              hint=QT_TRANSLATE_NOOP("RecordFields", "The position in more detail, shown in the details pane")),
        Field("value_qualifier", QT_TRANSLATE_NOOP("RecordFields", "Figure is"), "choice",
              (NONE, *((k, _in_core("Qualifier", v)) for k, v in QUALIFIER_LABELS.items())), page=POSITION_PAGE),
        Field("value_low", QT_TRANSLATE_NOOP("RecordFields", "Figure (from)"), "float", page=POSITION_PAGE),
        Field("value_high", QT_TRANSLATE_NOOP("RecordFields", "Figure (to)"), "float", page=POSITION_PAGE),
        Field("value_unit", QT_TRANSLATE_NOOP("RecordFields", "Unit"), page=POSITION_PAGE,
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "hours, days, prisoners…")),
        Field("value_date", QT_TRANSLATE_NOOP("RecordFields", "Date figure"), "date", page=POSITION_PAGE),
        Field("value_label", QT_TRANSLATE_NOOP("RecordFields", "Figure counts"), page=POSITION_PAGE,
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "per side, duration, age limit…")),
        Field("quote", QT_TRANSLATE_NOOP("RecordFields", "Quote (as reported)"), "multiline", page=QUOTE_PAGE),
        Field("original_text", QT_TRANSLATE_NOOP("RecordFields", "Original-language text"), "multiline",
              page=QUOTE_PAGE),
        Field("original_language", QT_TRANSLATE_NOOP("RecordFields", "Original language"), page=QUOTE_PAGE,
              placeholder=QT_TRANSLATE_NOOP("RecordFields", "uk, ru, …")),
        Field("translation", QT_TRANSLATE_NOOP("RecordFields", "Translation"), "multiline", page=QUOTE_PAGE),
        Field("speaker_id", QT_TRANSLATE_NOOP("RecordFields", "Speaker"), "choice", "people",
              page=ATTRIBUTION_PAGE),
        Field("stated_on", QT_TRANSLATE_NOOP("RecordFields", "Stated on"), "date", page=ATTRIBUTION_PAGE),
        Field("timing_note", QT_TRANSLATE_NOOP("RecordFields", "Timing"), page=ATTRIBUTION_PAGE),
        Field("analyst_note", QT_TRANSLATE_NOOP("RecordFields", "Analyst's note"), "multiline",
              page=ATTRIBUTION_PAGE,
              hint=QT_TRANSLATE_NOOP("RecordFields", "Your own note; never taken as the party's words")),
    ],
    IssueStatus: [
        Field("status", QT_TRANSLATE_NOOP("RecordFields", "Status"), "choice",
              tuple((key, _in_core("Status", label)) for key, label in STATUS_LABELS.items())),
        Field("claimed_by_party_id", QT_TRANSLATE_NOOP("RecordFields", "Confirmed by one side only"), "choice",
              "parties",
              hint=QT_TRANSLATE_NOOP("RecordFields",
                                     "The party that alone says this status holds; — when both sides confirm it")),
        Field("common_ground", QT_TRANSLATE_NOOP("RecordFields", "Common ground"), "multiline",
              hint=QT_TRANSLATE_NOOP("RecordFields", "What the parties agree on for this issue")),
        Field("note", QT_TRANSLATE_NOOP("RecordFields", "Note"), "multiline"),
    ],
}

TITLES = {
    Party: QT_TRANSLATE_NOOP("RecordFields", "Parties"),
    Track: QT_TRANSLATE_NOOP("RecordFields", "Tracks"),
    Issue: QT_TRANSLATE_NOOP("RecordFields", "Issues"),
    Round: QT_TRANSLATE_NOOP("RecordFields", "Rounds"),
    Person: QT_TRANSLATE_NOOP("RecordFields", "People"),
    Outlet: QT_TRANSLATE_NOOP("RecordFields", "Outlets"),
    Report: QT_TRANSLATE_NOOP("RecordFields", "Reports"),
}


def title_of(cls) -> str:
    """The name of a kind of record, in the interface's language ("Parties"): dialog titles, the Workspace menu."""
    return shown(TITLES[cls])


def label_of(record) -> str:
    """How a record is named in lists."""
    if isinstance(record, Round):
        return f"{record.name} — {record.date}" if record.name else record.date
    if isinstance(record, Report):
        name = record.title or record.url or translate("RecordFields", "(untitled report)")
        return f"{record.published} — {name}" if record.published else name
    return getattr(record, "name", "") or translate("RecordFields", "(unnamed)")

