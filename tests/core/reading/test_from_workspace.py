"""gazetteer_of: the workspace's names as the reading engine sees them, the same from a snapshot or a workspace."""

from core.compare.comparison import Snapshot
from core.reading.from_workspace import gazetteer_of
from core.store.workspace import open_workspace


def test_the_seed_workspace_maps_onto_parties_people_issues_and_rounds(seed_path):
    workspace = open_workspace(seed_path, read_only=True)
    try:
        from_workspace, from_snapshot = gazetteer_of(workspace), gazetteer_of(Snapshot(workspace))
        positions = workspace.positions()
        summit = next(i for i in workspace.issues() if i.name == "Leaders' summit: purpose and timing")
    finally:
        workspace.close()
    assert from_workspace == from_snapshot
    parties = {p.name: p.aliases for p in from_workspace.parties}
    assert parties["Ukraine"] == ("UA",) and parties["Türkiye"] == ("TR",)
    people = {p.name: p for p in from_workspace.people}
    assert people["Vladimir Medinsky"].party == "Russia" and people["Vladimir Medinsky"].role == "Chief delegate"
    rounds = {r.name: r.date for r in from_workspace.rounds}
    assert rounds == {"Round 1": "2025-05-16", "Round 2": "2025-06-02", "Round 3": "2025-07-23"}
    issue = next(i for i in from_workspace.issues if i.name == summit.name)
    assert issue.description == summit.description
    filed = [text for p in positions if p.issue_id == summit.id for text in (p.stance, p.quote) if text.strip()]
    assert filed and set(issue.words) == {text.strip() for text in filed}


def test_an_empty_workspace_gives_an_empty_gazetteer(tmp_path):
    workspace = open_workspace(tmp_path / "empty.parley")
    try:
        gazetteer = gazetteer_of(workspace)
    finally:
        workspace.close()
    assert gazetteer.parties == gazetteer.people == gazetteer.issues == gazetteer.rounds == ()
