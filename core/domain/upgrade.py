"""From one source per position to reports and citations: the one rule that both
the workspace migration (schema 3) and the JSON upgrade (format 1 to 2) use.

- Each source becomes a report with the same id; its outlet's name becomes
  an outlet, graded F ("cannot be judged") until the analyst grades it.
- A position's source becomes the position's first citation; evidence that
  named a source becomes a citation of the status.
- The report's text was never kept, so these citations have no passage.

Ids of the new rows are derived from the old ones (UUID 5), not drawn at
random: two analysts who upgrade copies of the same workspace get the same
outlets and citations, and a later merge sees them as one.
"""

from __future__ import annotations

import uuid

from core.domain.hashing import content_hash

NAMESPACE = uuid.UUID("6f0b8a52-3a0e-4a43-9a4f-2f7d1c1b5e10")


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def outlet_id(name: str) -> str:
    return derived_id("outlet", " ".join(name.split()).casefold())


def _hashed(row: dict) -> dict:
    return {**row, "base_hash": content_hash(row)}


def sources_to_reports(sources: list[dict], positions: list[dict], evidence: list[dict]) -> dict[str, list[dict]]:
    """The outlets, reports and citations that replace ``sources`` and every ``source_id``."""
    outlets: dict[str, dict] = {}
    reports = []
    known = set()
    for source in sources:
        name = " ".join(str(source.get("outlet") or "").split())
        outlet = None
        if name:
            outlet = outlet_id(name)
            outlets.setdefault(outlet, _hashed({"id": outlet, "name": name, "reliability": "F", "party_id": None,
                                                "language": "", "note": ""}))
        known.add(source["id"])
        reports.append(_hashed({
            "id": source["id"], "outlet_id": outlet, "title": source.get("title") or "",
            "url": source.get("url") or "", "published": source.get("published") or "",
            "accessed": source.get("accessed") or "", "language": "", "text": "",
            "note": source.get("note") or "",
        }))
    citations = []
    for position in positions:
        source = position.get("source_id")
        if source in known:
            citations.append(_citation(derived_id("citation", position["id"], source), source,
                                       position_id=position["id"]))
    for item in evidence:
        source = item.get("source_id")
        if source in known:
            citations.append(_citation(derived_id("citation", item["id"]), source, status_id=item["status_id"],
                                       note=item.get("note") or ""))
    return {"outlets": list(outlets.values()), "reports": reports, "citations": citations}


def _citation(citation_id: str, report_id: str, position_id: str | None = None, status_id: str | None = None,
              note: str = "") -> dict:
    return _hashed({
        "id": citation_id, "report_id": report_id, "position_id": position_id, "status_id": status_id,
        "passage_start": 0, "passage_end": 0, "passage": "", "speaker": "", "credibility": 6, "stance": "",
        "value_low": None, "value_high": None, "value_unit": "", "value_qualifier": None, "value_date": None,
        "note": note, "sort_order": 0,
    })


def upgrade_document_1_to_2(document: dict) -> dict:
    """A format-1 document (already checked against the format-1 schema) as format 2."""
    sources = document.get("sources", [])
    positions = document.get("positions", [])
    evidence = document.get("evidence", [])
    moved = sources_to_reports(sources, positions, evidence)
    upgraded = {key: value for key, value in document.items() if key != "sources"}
    upgraded["format_version"] = 2
    upgraded.update(moved)
    upgraded["positions"] = [{k: v for k, v in row.items() if k != "source_id"} for row in positions]
    upgraded["evidence"] = [{k: v for k, v in row.items() if k != "source_id"}
                            for row in evidence if row.get("position_id") is not None]
    return upgraded
