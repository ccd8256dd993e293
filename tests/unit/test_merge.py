"""The three-way comparison: every sync case, the per-step view, auto-merge and its refusals."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from journey_builder.errors import MergeConflictError
from journey_builder.model import JourneyDocument
from journey_builder.model.merge import Change, three_way
from journey_builder.model.names import copy_name
from journey_builder.model.sync_case import (
    ABSENT,
    SyncCase,
    classify,
    content_of,
    is_server_field,
    server_changes,
)
from journey_builder.validation import validate
from tests.unit.journey_fixtures import post_purchase

Obj = dict[str, Any]


def _server(**extra: Any) -> Obj:
    """The post-purchase journey as the server holds it (with its bookkeeping)."""
    obj = post_purchase()
    obj.update(
        id="jrn_1",
        tenantId="ten_1",
        status="draft",
        createdAt="2026-01-01T00:00:00Z",
        updatedAt="2026-01-01T00:00:00Z",
        xServerNote={"kept": True},
    )
    obj.update(extra)
    return obj


def _doc(obj: Obj) -> JourneyDocument:
    return JourneyDocument.model_validate(obj)


def _edit(obj: Obj, change: Callable[[Obj], object]) -> JourneyDocument:
    out = copy.deepcopy(obj)
    change(out)
    return _doc(out)


def _node(obj: Obj, node_id: str) -> Obj:
    found = next(n for n in obj["definition"]["nodes"] if n["id"] == node_id)
    assert isinstance(found, dict)
    return found


def _set_data(node_id: str, **data: Any) -> Callable[[Obj], None]:
    def change(obj: Obj) -> None:
        _node(obj, node_id)["data"].update(data)

    return change


def _move(node_id: str, x: int, y: int) -> Callable[[Obj], None]:
    def change(obj: Obj) -> None:
        _node(obj, node_id)["position"] = {"x": x, "y": y}

    return change


def _lifecycle(obj: Obj, status: str = "published") -> None:
    obj["status"] = status
    obj["updatedAt"] = "2026-01-02T00:00:00Z"
    obj["activeVersionId"] = "ver_1"


BASE = _server()


# --- classify ------------------------------------------------------------------------------------


def test_no_base_copy_is_its_own_case() -> None:
    assert classify(None, _doc(BASE), _doc(BASE)) is SyncCase.NO_BASE


def test_nothing_changed_is_unchanged() -> None:
    # mine is the local copy: it may lack the server's bookkeeping and still be the same journey
    mine = _edit(BASE, lambda o: [o.pop(k) for k in ("tenantId", "status", "createdAt")])
    assert classify(_doc(BASE), mine, _doc(BASE)) is SyncCase.UNCHANGED


def test_publish_activate_pause_on_the_server_is_lifecycle_only() -> None:
    theirs = _edit(BASE, _lifecycle)
    assert classify(_doc(BASE), _doc(BASE), theirs) is SyncCase.LIFECYCLE_ONLY
    assert server_changes(_doc(BASE), theirs) == ("activeVersionId", "status", "updatedAt")
    # ... also when mine has edits: the server's content is still the base's
    mine = _edit(BASE, _set_data("wait", amount=3))
    assert classify(_doc(BASE), mine, theirs) is SyncCase.LIFECYCLE_ONLY


def test_only_mine_changed_is_local_only() -> None:
    mine = _edit(BASE, _set_data("wait", amount=3))
    assert classify(_doc(BASE), mine, _doc(BASE)) is SyncCase.LOCAL_ONLY


def test_a_moved_card_is_a_change_of_mine() -> None:
    mine = _edit(BASE, _move("wait", 5, 7))
    assert classify(_doc(BASE), mine, _doc(BASE)) is SyncCase.LOCAL_ONLY


def test_only_theirs_changed_is_remote_only() -> None:
    theirs = _edit(BASE, lambda o: o.update(name="Their name", updatedAt="2026-01-03T00:00:00Z"))
    assert classify(_doc(BASE), _doc(BASE), theirs) is SyncCase.REMOTE_ONLY


def test_both_changed_and_the_same_change_on_both_sides() -> None:
    mine = _edit(BASE, _set_data("wait", amount=3))
    theirs = _edit(BASE, lambda o: o.update(name="Their name"))
    assert classify(_doc(BASE), mine, theirs) is SyncCase.BOTH_CHANGED
    same = _edit(BASE, _set_data("wait", amount=3))
    assert classify(_doc(BASE), mine, same) is SyncCase.UNCHANGED


def test_unknown_fields_are_content_and_json_types_are_told_apart() -> None:
    mine = _edit(BASE, lambda o: o.update(xServerNote={"kept": 1}))  # True -> 1 is a change
    assert classify(_doc(BASE), mine, _doc(BASE)) is SyncCase.LOCAL_ONLY
    reordered = _edit(BASE, lambda o: o.update(xServerNote={"kept": True}))
    assert classify(_doc(BASE), reordered, _doc(BASE)) is SyncCase.UNCHANGED


def test_server_fields_are_not_content() -> None:
    assert is_server_field("updatedAt") and is_server_field("publishedAt")
    assert is_server_field("activeVersionId") and is_server_field("status")
    assert not is_server_field("name") and not is_server_field("xFormat")
    assert not is_server_field("At")
    content = content_of(_doc(_server(publishedAt="x", activeVersionId="v")))
    assert "publishedAt" not in content and "id" not in content and "xServerNote" in content


# --- the three-way view --------------------------------------------------------------------------


def test_rows_say_what_each_side_did() -> None:
    def mine_change(o: Obj) -> None:
        _set_data("wait", amount=3)(o)
        _move("thanks", 1, 1)(o)
        o["definition"]["nodes"].append({"id": "new-mine", "type": "exit", "data": {}})

    def theirs_change(o: Obj) -> None:
        o["definition"]["nodes"] = [n for n in o["definition"]["nodes"] if n["id"] != "owner"]
        o["definition"]["edges"] = [
            e for e in o["definition"]["edges"] if "owner" not in (e["source"], e["target"])
        ]
        o["definition"]["edges"].append({"id": "e99", "source": "engaged", "target": "done"})
        o["entryMode"] = "every_time"

    view = three_way(_doc(BASE), _edit(BASE, mine_change), _edit(BASE, theirs_change))
    rows = {row.id: row for row in view.steps}
    assert rows["wait"].mine_change is Change.CHANGED and not rows["wait"].theirs_changed
    assert rows["thanks"].mine_change is Change.MOVED
    assert rows["new-mine"].mine_change is Change.ADDED and rows["new-mine"].base is None
    assert rows["new-mine"].theirs is None and rows["new-mine"].theirs_change is Change.NONE
    assert rows["owner"].theirs_change is Change.REMOVED and rows["owner"].mine is not None
    assert rows["start"].mine_change is Change.NONE and rows["start"].mine is not None
    assert [r.id for r in view.steps][-1] == "new-mine"
    fields = {row.key: row for row in view.fields}
    assert fields["entryMode"].theirs_change is Change.CHANGED
    assert fields["entryMode"].label == "entry mode"
    assert (fields["entryMode"].mine, fields["entryMode"].theirs) == ("once", "every_time")
    assert fields["xServerNote"].mine_change is Change.NONE
    assert "status" not in fields and "updatedAt" not in fields
    added = [e for e in view.edges if e.theirs_change is Change.ADDED]
    assert [(e.ends.source, e.ends.target) for e in added] == [("engaged", "done")]
    assert view.mine_changed and view.theirs_changed
    assert view.overlaps == () and view.mergeable


def test_merge_takes_both_sides_including_added_and_removed_steps() -> None:
    def mine_change(o: Obj) -> None:
        _set_data("wait", amount=3)(o)
        _move("ask-sms", 10, 20)(o)
        # a new step between "loyal" and "thanks"
        o["definition"]["nodes"].append(
            {"id": "note", "type": "tag", "data": {"action": "add", "tags": ["vip"]}}
        )
        edges = o["definition"]["edges"]
        loyal = next(e for e in edges if e["source"] == "loyal")
        loyal["target"] = "note"
        edges.append({"id": "e-note", "source": "note", "target": "thanks"})

    def theirs_change(o: Obj) -> None:
        _set_data("ask-sms", text="Rate us 1-5")(o)  # mine only moved this step
        o["name"] = "Their name"
        # "owner" removed and bypassed
        o["definition"]["nodes"] = [n for n in o["definition"]["nodes"] if n["id"] != "owner"]
        edges = [e for e in o["definition"]["edges"] if e["source"] != "owner"]
        for e in edges:
            if e["target"] == "owner":
                e["target"] = "done"
        o["definition"]["edges"] = edges
        _lifecycle(o)

    mine = _edit(BASE, mine_change)
    theirs = _edit(BASE, theirs_change)
    assert classify(_doc(BASE), mine, theirs) is SyncCase.BOTH_CHANGED
    view = three_way(_doc(BASE), mine, theirs)
    assert view.mergeable, view.overlaps
    merged = view.merge()
    ids = [n.id for n in merged.nodes]
    assert "owner" not in ids and "note" in ids
    assert merged.name == "Their name"
    wait = next(n for n in merged.nodes if n.id == "wait")
    assert wait.data["amount"] == 3
    sms = next(n for n in merged.nodes if n.id == "ask-sms")
    assert sms.data["text"] == "Rate us 1-5"
    assert sms.position is not None and (sms.position.x, sms.position.y) == (10, 20)
    ends = {(e.source, e.target) for e in merged.edges}
    assert ("loyal", "note") in ends and ("note", "thanks") in ends
    assert ("engaged", "done") in ends and ("loyal", "thanks") not in ends
    assert not any("owner" in (e.source, e.target) for e in merged.edges)
    # the server's bookkeeping is theirs: the merge replaces their copy
    assert merged.id == "jrn_1" and merged.updatedAt == "2026-01-02T00:00:00Z"
    assert merged.extra_fields["status"] == "published"
    assert merged.extra_fields["activeVersionId"] == "ver_1"
    assert merged.extra_fields["xServerNote"] == {"kept": True}
    assert not [p for p in validate(merged) if p.is_error]
    # merging again against the result changes nothing on either side
    assert classify(theirs, merged, theirs) is SyncCase.LOCAL_ONLY
    assert classify(mine, mine, merged) is SyncCase.REMOTE_ONLY


def test_merge_is_lossless_for_unknown_fields_at_every_level() -> None:
    base = _server()
    base["definition"]["xViewport"] = {"zoom": 1}
    _node(base, "wait")["xColour"] = "teal"
    _node(base, "wait")["data"]["xTracking"] = [1, 2.5, None]
    base["definition"]["edges"][0]["xStyle"] = "dashed"

    def mine_change(o: Obj) -> None:
        o["definition"]["xViewport"] = {"zoom": 2}
        o["xMine"] = "added by me"

    def theirs_change(o: Obj) -> None:
        _node(o, "wait")["xColour"] = "red"
        o["triggerConfig"]["xTheirs"] = "added by them"

    view = three_way(_doc(base), _edit(base, mine_change), _edit(base, theirs_change))
    merged = view.merge().to_json()
    assert merged["definition"]["xViewport"] == {"zoom": 2}
    assert merged["xMine"] == "added by me"
    assert merged["xServerNote"] == {"kept": True}
    assert merged["triggerConfig"]["xTheirs"] == "added by them"
    wait = _node(merged, "wait")
    assert wait["xColour"] == "red"
    assert wait["data"]["xTracking"] == [1, 2.5, None]
    assert merged["definition"]["edges"][0]["xStyle"] == "dashed"
    fields = {row.key: row for row in view.fields}
    assert fields["xMine"].mine_change is Change.ADDED and fields["xMine"].base is ABSENT
    assert fields["definition.xViewport"].mine_change is Change.CHANGED


def test_the_same_step_changed_on_both_sides_overlaps_and_merge_refuses() -> None:
    mine = _edit(BASE, _set_data("wait", amount=3))
    theirs = _edit(BASE, _set_data("wait", amount=5))
    view = three_way(_doc(BASE), mine, theirs)
    assert not view.mergeable
    [overlap] = view.overlaps
    assert overlap.kind == "step" and overlap.key == "wait"
    assert "“wait” was changed in both copies" in overlap.message
    assert next(r for r in view.steps if r.id == "wait").overlap
    with pytest.raises(MergeConflictError, match="cannot be merged automatically") as info:
        view.merge()
    assert info.value.overlaps == [overlap.message]


def test_moving_and_editing_one_step_merge_but_moving_it_twice_overlaps() -> None:
    moved = _edit(BASE, _move("wait", 1, 2))
    edited = _edit(BASE, _set_data("wait", amount=9))
    merged = three_way(_doc(BASE), moved, edited).merge()
    wait = next(n for n in merged.nodes if n.id == "wait")
    assert wait.data["amount"] == 9 and wait.position is not None and wait.position.x == 1
    view = three_way(_doc(BASE), moved, _edit(BASE, _move("wait", 3, 4)))
    assert [o.message for o in view.overlaps] == [
        "step “wait” was moved in both copies, differently"
    ]


def test_removed_on_one_side_and_changed_on_the_other_overlaps() -> None:
    def remove_loyal(o: Obj) -> None:
        o["definition"]["nodes"] = [n for n in o["definition"]["nodes"] if n["id"] != "loyal"]

    view = three_way(
        _doc(BASE), _edit(BASE, remove_loyal), _edit(BASE, _set_data("loyal", tags=["x"]))
    )
    assert [o.key for o in view.overlaps] == ["loyal"]
    assert "removed in your copy" in view.overlaps[0].message
    # removed on one side, only moved on the other: the removal wins
    view = three_way(_doc(BASE), _edit(BASE, remove_loyal), _edit(BASE, _move("loyal", 9, 9)))
    assert view.mergeable
    assert "loyal" not in [n.id for n in view.merge().nodes]


def test_both_rewiring_the_same_output_overlaps() -> None:
    def rewire(target: str) -> Callable[[Obj], None]:
        def change(o: Obj) -> None:
            for e in o["definition"]["edges"]:
                if e["source"] == "loyal":
                    e["target"] = target

        return change

    view = three_way(_doc(BASE), _edit(BASE, rewire("done")), _edit(BASE, rewire("nudge")))
    assert [o.kind for o in view.overlaps] == ["connection"]
    assert "step “loyal”" in view.overlaps[0].message
    assert all(r.overlap for r in view.edges if r.ends.source == "loyal")

    # both adding a connection from the same output (a fan-out) overlaps as well
    def add_from_yes(target: str) -> Callable[[Obj], None]:
        def change(o: Obj) -> None:
            o["definition"]["edges"] = [
                e for e in o["definition"]["edges"] if e.get("sourceHandle") != "yes"
            ]
            o["definition"]["edges"].append(
                {"id": "x", "source": "again", "sourceHandle": "yes", "target": target}
            )

        return change

    view = three_way(_doc(BASE), _edit(BASE, add_from_yes("done")), _edit(BASE, add_from_yes("ab")))
    assert "the output “yes” of step “again”" in view.overlaps[0].message


def test_a_connection_to_a_step_the_other_side_removed_overlaps() -> None:
    def remove_nudge(o: Obj) -> None:
        o["definition"]["nodes"] = [n for n in o["definition"]["nodes"] if n["id"] != "nudge"]
        o["definition"]["edges"] = [
            e for e in o["definition"]["edges"] if "nudge" not in (e["source"], e["target"])
        ]

    def connect_to_nudge(o: Obj) -> None:
        o["definition"]["edges"] = [e for e in o["definition"]["edges"] if e["source"] != "loyal"]
        o["definition"]["edges"].append({"id": "n", "source": "loyal", "target": "nudge"})

    view = three_way(_doc(BASE), _edit(BASE, remove_nudge), _edit(BASE, connect_to_nudge))
    messages = [o.message for o in view.overlaps]
    assert messages == ["a connection to step “nudge” was added while your copy removed that step"]


def test_a_field_changed_on_both_sides_overlaps() -> None:
    view = three_way(
        _doc(BASE),
        _edit(BASE, lambda o: o.update(name="Mine")),
        _edit(BASE, lambda o: o.update(name="Theirs")),
    )
    assert [o.message for o in view.overlaps] == ["the name was changed in both copies"]
    assert next(r for r in view.fields if r.key == "name").overlap


def test_both_adding_the_same_step_differently_overlaps_and_identically_merges() -> None:
    def add(text: str) -> Callable[[Obj], None]:
        def change(o: Obj) -> None:
            o["definition"]["nodes"].append({"id": "x", "type": "exit", "data": {"reason": text}})

        return change

    view = three_way(_doc(BASE), _edit(BASE, add("a")), _edit(BASE, add("b")))
    assert view.overlaps[0].message == "both copies added a step “x”, differently"
    merged = three_way(_doc(BASE), _edit(BASE, add("a")), _edit(BASE, add("a"))).merge()
    assert [n.id for n in merged.nodes].count("x") == 1


def test_repeated_step_ids_are_matched_in_order() -> None:
    def twice(o: Obj) -> None:
        o["definition"]["nodes"].append({"id": "wait", "type": "delay", "data": {"amount": 1}})

    base = copy.deepcopy(BASE)
    twice(base)

    def second(amount: int) -> Callable[[Obj], None]:
        def change(o: Obj) -> None:
            [_, dup] = [n for n in o["definition"]["nodes"] if n["id"] == "wait"]
            dup["data"]["amount"] = amount

        return change

    merged = three_way(_doc(base), _edit(base, second(4)), _edit(base, _set_data("wait", amount=7)))
    amounts = [n.data["amount"] for n in merged.merge().nodes if n.id == "wait"]
    assert amounts == [7, 4]


# --- keep both -----------------------------------------------------------------------------------


def test_copy_name_numbers_when_taken() -> None:
    assert copy_name("Welcome", []) == "Welcome (my copy)"
    assert copy_name("Welcome", ["Welcome (my copy)"]) == "Welcome (my copy 2)"
    taken = {"Welcome (my copy)", "Welcome (my copy 2)", "Other"}
    assert copy_name("Welcome", taken) == "Welcome (my copy 3)"
    assert copy_name("  ", []) == "Untitled journey (my copy)"
    assert copy_name("Welcome", ["welcome (my copy)"]) == "Welcome (my copy)"
    assert copy_name("Welcome (my copy)", ["Welcome (my copy) (my copy)"]) == (
        "Welcome (my copy) (my copy 2)"
    )
