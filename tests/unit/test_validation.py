"""The validator (DESIGN §4): every rule fires on a minimal case, and a correct journey is quiet."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

import journey_builder
from journey_builder.validation import RULES, Problem, validate
from tests.unit.journey_fixtures import doc, edge, minimal, node, post_purchase


def problems_of(obj: dict[str, Any]) -> list[Problem]:
    return validate(doc(obj))


def codes(obj: dict[str, Any]) -> list[str]:
    return [p.code for p in problems_of(obj)]


def only(obj: dict[str, Any], code: str) -> Problem:
    found = [p for p in problems_of(obj) if p.code == code]
    assert len(found) == 1, [p.to_json() for p in problems_of(obj)]
    return found[0]


def nodes_of(obj: dict[str, Any]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = obj["definition"]["nodes"]
    return nodes


def edges_of(obj: dict[str, Any]) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = obj["definition"]["edges"]
    return edges


# --- the quiet cases ---------------------------------------------------------------------------


def test_a_correct_post_purchase_journey_has_no_problem() -> None:
    assert problems_of(post_purchase()) == []


def test_the_minimal_journey_has_no_problem() -> None:
    assert problems_of(minimal()) == []


def test_validate_does_not_change_the_document() -> None:
    document = doc(post_purchase())
    before = document.to_json()
    validate(document)
    assert document.to_json() == before


def test_validate_is_the_scripting_api() -> None:
    assert journey_builder.validate is validate


# --- one minimal case per rule -------------------------------------------------------------------


def _no_start() -> dict[str, Any]:
    obj = minimal()
    del nodes_of(obj)[0]
    edges_of(obj).pop(0)
    return obj


def _multiple_starts() -> dict[str, Any]:
    obj = minimal()
    nodes_of(obj).append({**copy.deepcopy(nodes_of(obj)[0]), "id": "start2"})
    edges_of(obj).append(edge("start2", "send", id="e3"))
    return obj


def _start_has_incoming() -> dict[str, Any]:
    obj = minimal(
        node("check", "condition", match="all", rules=[{"field": "vip", "operator": "is_set"}]),
        node("more", "delay", amount=1, unit="days"),
    )
    edges_of(obj)[1] = edge("send", "check", id="e2")
    edges_of(obj).extend(
        [
            edge("check", "end", "yes", id="e3"),
            edge("check", "more", "no", id="e4"),
            edge("more", "start", id="back"),
        ]
    )
    return obj


def _unreachable() -> dict[str, Any]:
    obj = minimal(node("lost", "delay", label="Wait 2 days", amount=2, unit="days"))
    edges_of(obj).append(edge("lost", "end", id="e3"))
    return obj


def _dangling() -> dict[str, Any]:
    obj = minimal()
    edges_of(obj).append(edge("send", "ghost", id="e3"))
    return obj


def _duplicate_node_id() -> dict[str, Any]:
    obj = minimal()
    nodes_of(obj).append(node("send", "tag", action="add", tags=["x"]))
    return obj


def _duplicate_edge_id() -> dict[str, Any]:
    obj = minimal(node("tag", "tag", action="add", tags=["x"]))
    edges_of(obj)[1] = edge("send", "tag", id="e1")
    edges_of(obj).append(edge("tag", "end", id="e3"))
    return obj


def _duplicate_edge() -> dict[str, Any]:
    obj = minimal()
    edges_of(obj).append(edge("send", "end", id="e3"))
    return obj


def _self_loop() -> dict[str, Any]:
    obj = minimal()
    edges_of(obj).append(edge("send", "send", id="loop"))
    return obj


def _unknown_handle() -> dict[str, Any]:
    obj = _same_target_branches()
    nodes_of(obj).append(node("end2", "exit"))
    edges_of(obj)[-1] = edge("check", "end2", "no", id="e4")
    edges_of(obj).append(edge("check", "end2", "maybe", id="e5"))
    return obj


def _output_fanout() -> dict[str, Any]:
    obj = minimal(node("end2", "exit"))
    edges_of(obj).append(edge("send", "end2", id="e3"))
    return obj


def _terminal_has_outgoing() -> dict[str, Any]:
    obj = minimal(node("after", "exit"))
    edges_of(obj).append(edge("end", "after", id="e3"))
    return obj


def _invalid_config() -> dict[str, Any]:
    obj = minimal()
    del nodes_of(obj)[1]["data"]["channel"]
    return obj


def _invalid_trigger() -> dict[str, Any]:
    obj = minimal()
    trigger = {"type": "custom_event", "conditions": {}}
    obj["triggerConfig"] = trigger
    nodes_of(obj)[0]["data"]["triggerConfig"] = copy.deepcopy(trigger)
    return obj


def _split(*percents: Any) -> dict[str, Any]:
    branches = [{"id": f"b{i}", "label": f"B{i}", "percent": p} for i, p in enumerate(percents)]
    ends = [node(f"end{i}", "exit") for i in range(len(percents))]
    obj = minimal(node("split", "random_split", label="A/B", branches=branches), *ends)
    edges_of(obj)[1] = edge("send", "split", id="e2")
    edges_of(obj).extend(edge("split", f"end{i}", f"b{i}") for i in range(len(percents)))
    nodes_of(obj).pop(2)  # the first exit is no longer used
    return obj


def _jump_target_missing() -> dict[str, Any]:
    obj = minimal(node("jump", "jump_to", targetNodeId="nowhere", maxJumps=1))
    edges_of(obj)[1] = edge("send", "jump", id="e2")
    nodes_of(obj).pop(2)  # the exit is no longer used
    return obj


def _loop_without_delay() -> dict[str, Any]:
    obj = minimal(
        node("check", "condition", match="all", rules=[{"field": "vip", "operator": "is_set"}])
    )
    edges_of(obj)[1] = edge("send", "check", id="e2")
    edges_of(obj).extend(
        [edge("check", "end", "yes", id="e3"), edge("check", "send", "no", id="e4")]
    )
    return obj


def _dead_end() -> dict[str, Any]:
    obj = minimal()
    edges_of(obj).pop(1)
    nodes_of(obj).pop(2)
    return obj


def _same_target_branches() -> dict[str, Any]:
    obj = minimal(
        node("check", "condition", match="any", rules=[{"field": "vip", "operator": "is_set"}])
    )
    edges_of(obj)[1] = edge("send", "check", id="e2")
    edges_of(obj).extend(
        [edge("check", "end", "yes", id="e3"), edge("check", "end", "no", id="e4")]
    )
    return obj


def _trigger_mismatch() -> dict[str, Any]:
    obj = minimal()
    nodes_of(obj)[0]["data"]["triggerConfig"] = {"type": "contact_created", "conditions": {}}
    return obj


def _unknown_node_type() -> dict[str, Any]:
    obj = minimal(node("ai", "ai_agent", prompt="Be nice"))
    edges_of(obj)[1] = edge("send", "ai", id="e2")
    edges_of(obj).append(edge("ai", "end", id="e3"))
    return obj


def _unknown_entry_mode() -> dict[str, Any]:
    obj = minimal()
    obj["entryMode"] = "weekly"
    nodes_of(obj)[0]["data"]["entryMode"] = "weekly"
    return obj


def _no_action() -> dict[str, Any]:
    obj = minimal()
    nodes_of(obj)[1] = node("send", "delay", amount=1, unit="hours")
    return obj


CASES: dict[str, Callable[[], dict[str, Any]]] = {
    "no-start": _no_start,
    "multiple-starts": _multiple_starts,
    "start-has-incoming": _start_has_incoming,
    "unreachable-node": _unreachable,
    "dangling-edge": _dangling,
    "duplicate-node-id": _duplicate_node_id,
    "duplicate-edge-id": _duplicate_edge_id,
    "duplicate-edge": _duplicate_edge,
    "self-loop": _self_loop,
    "unknown-handle": _unknown_handle,
    "output-fanout": _output_fanout,
    "terminal-has-outgoing": _terminal_has_outgoing,
    "invalid-config": _invalid_config,
    "invalid-trigger": _invalid_trigger,
    "split-percent": lambda: _split(60, 30),
    "jump-target-missing": _jump_target_missing,
    "loop-without-delay": _loop_without_delay,
    "dead-end": _dead_end,
    "same-target-branches": _same_target_branches,
    "trigger-mismatch": _trigger_mismatch,
    "unknown-node-type": _unknown_node_type,
    "unknown-entry-mode": _unknown_entry_mode,
    "no-action": _no_action,
}


def test_every_rule_code_has_a_case() -> None:
    assert set(CASES) == set(RULES)
    assert len(RULES) == 23


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_rule_fires_alone_on_its_minimal_case(code: str) -> None:
    found = problems_of(CASES[code]())
    assert [p.code for p in found] == [code] * len(found), [p.to_json() for p in found]
    assert found[0].severity == RULES[code]


def test_severities_are_the_public_contract() -> None:
    warnings = {c for c, s in RULES.items() if s == "warning"}
    assert warnings == {
        "dead-end",
        "same-target-branches",
        "trigger-mismatch",
        "unknown-node-type",
        "unknown-entry-mode",
        "no-action",
    }


# --- what each problem says and points at -------------------------------------------------------


def test_unreachable_names_the_step_by_its_title() -> None:
    problem = only(_unreachable(), "unreachable-node")
    assert problem.message == "'Wait 2 days' can never be reached: connect it to the journey."
    assert problem.nodeIds == ("lost",)
    assert problem.severity == "error"


def test_no_start() -> None:
    problem = only(_no_start(), "no-start")
    assert "no Start step" in problem.message
    assert problem.nodeIds == ()


def test_multiple_starts_names_all_of_them() -> None:
    problem = only(_multiple_starts(), "multiple-starts")
    assert problem.nodeIds == ("start", "start2")
    assert "2 Start steps" in problem.message


def test_start_has_incoming_points_at_the_edge() -> None:
    problem = only(_start_has_incoming(), "start-has-incoming")
    assert problem.edgeIds == ("back",)
    assert set(problem.nodeIds) == {"more", "start"}
    assert problem.message.startswith("The connection from 'Delay' to 'Start' leads into the start")


def test_jump_targets_count_as_reached() -> None:
    obj = post_purchase()
    assert all(e["target"] != "reply" or e["source"] != "nudge" for e in edges_of(obj))
    # "reply" is also reached by edges; make a step reachable only through the jump.
    nodes_of(obj).append(node("extra", "tag", action="add", tags=["came back"]))
    nodes_of(obj)[12]["data"]["targetNodeId"] = "extra"
    edges_of(obj).append(edge("extra", "reply", id="back"))
    assert "unreachable-node" not in codes(obj)


def test_dangling_edges_of_every_kind() -> None:
    obj = minimal()
    edges_of(obj).extend(
        [edge("send", "ghost", id="d1"), edge("phantom", "end", id="d2"), {}, edge("x", "y")]
    )
    edges_of(obj).pop(1)
    found = [p for p in problems_of(obj) if p.code == "dangling-edge"]
    assert len(found) == 4
    by_edge = {p.edgeIds: p for p in found}
    assert "leads to a step that does not exist ('ghost')" in by_edge[("d1",)].message
    assert by_edge[("d1",)].nodeIds == ("send",)
    assert "comes from a step that does not exist ('phantom')" in by_edge[("d2",)].message
    without_ids = [p for p in found if not p.edgeIds]
    assert {p.message.split(":")[0] for p in without_ids} == {
        "A connection has neither a start nor an end",
        "A connection joins steps that do not exist ('x' to 'y')",
    }


def test_duplicate_node_id_names_every_holder() -> None:
    problem = only(_duplicate_node_id(), "duplicate-node-id")
    assert problem.nodeIds == ("send",)
    assert "2 steps share the id 'send' ('Say hello' and 'Tag contact')" in problem.message


def test_duplicate_edge_id() -> None:
    problem = only(_duplicate_edge_id(), "duplicate-edge-id")
    assert problem.edgeIds == ("e1",)
    assert "2 connections share the id 'e1'" in problem.message


def test_duplicate_edge_is_not_also_a_fanout() -> None:
    problem = only(_duplicate_edge(), "duplicate-edge")
    assert problem.edgeIds == ("e2", "e3")
    assert problem.nodeIds == ("send", "end")
    assert "output-fanout" not in codes(_duplicate_edge())


def test_self_loop() -> None:
    problem = only(_self_loop(), "self-loop")
    assert problem.message == "'Say hello' is connected to itself: remove that connection."
    assert problem.edgeIds == ("loop",)


def test_unknown_handle_on_a_branching_step_and_a_plain_one() -> None:
    problem = only(_unknown_handle(), "unknown-handle")
    assert "'maybe'" in problem.message and "'Yes' and 'No'" in problem.message
    assert problem.edgeIds == ("e5",)
    obj = minimal()
    edges_of(obj)[1] = edge("send", "end", "yes", id="e2")
    problem = only(obj, "unknown-handle")
    assert "a Send message step has one output" in problem.message
    # The one output is then not connected: a dead end too.
    assert codes(obj) == ["unknown-handle", "dead-end"]


def test_a_missing_handle_on_a_branching_step_is_unknown_handle() -> None:
    obj = _same_target_branches()
    edges_of(obj)[3] = edge("check", "end", id="e4")
    problem = only(obj, "unknown-handle")
    assert "does not say which output of 'Condition'" in problem.message
    assert problem.edgeIds == ("e4",)


def test_an_empty_handle_on_a_plain_step_is_no_handle() -> None:
    obj = minimal()
    edges_of(obj)[1]["sourceHandle"] = ""
    assert problems_of(obj) == []


def test_output_fanout_names_the_targets() -> None:
    problem = only(_output_fanout(), "output-fanout")
    assert problem.nodeIds == ("send", "end", "end2")
    assert problem.edgeIds == ("e2", "e3")
    assert problem.message.startswith("The output of 'Say hello' leads to 2 steps")


def test_terminal_has_outgoing_for_exit_and_jump() -> None:
    assert "ends the journey" in only(_terminal_has_outgoing(), "terminal-has-outgoing").message
    obj = post_purchase()
    edges_of(obj).append(edge("retry", "done", id="late"))
    problem = only(obj, "terminal-has-outgoing")
    assert "jumps to another step" in problem.message
    assert problem.edgeIds == ("late",)


def test_invalid_config_names_the_step_and_the_field() -> None:
    problem = only(_invalid_config(), "invalid-config")
    assert problem.field == "channel"
    assert problem.message == "'Say hello': Channel is required."
    assert problem.to_json()["field"] == "channel"


def test_invalid_config_one_problem_per_field() -> None:
    obj = minimal(node("wait", "delay", amount=0, unit="fortnights"))
    edges_of(obj)[1] = edge("send", "wait", id="e2")
    edges_of(obj).append(edge("wait", "end", id="e3"))
    found = [p for p in problems_of(obj) if p.code == "invalid-config"]
    assert [(p.field, p.message) for p in found] == [
        ("amount", "'Delay': Wait must be at least 1."),
        ("unit", "'Delay': Unit 'fortnights' is not one of: minutes, hours, days, weeks."),
    ]


def test_values_of_the_wrong_type_are_problems_not_crashes() -> None:
    obj = minimal()
    nodes_of(obj)[1]["data"]["channel"] = ["email"]
    nodes_of(obj)[0]["data"]["entryMode"] = {"weird": True}
    found = [p for p in problems_of(obj) if p.code == "invalid-config"]
    assert {p.field for p in found} == {"channel", "entryMode"}


def test_invalid_trigger() -> None:
    problem = only(_invalid_trigger(), "invalid-trigger")
    assert "event name" in problem.message
    assert problem.nodeIds == ("start",)


def test_no_trigger_anywhere_is_invalid_trigger_once() -> None:
    obj = minimal()
    del obj["triggerConfig"]
    del nodes_of(obj)[0]["data"]["triggerConfig"]
    assert codes(obj) == ["invalid-trigger"]


def test_an_unknown_trigger_type_is_kept_and_not_invalid() -> None:
    obj = minimal()
    obj["triggerConfig"] = {"type": "moon_phase", "phase": "full"}
    nodes_of(obj)[0]["data"]["triggerConfig"] = {"type": "moon_phase", "phase": "full"}
    assert problems_of(obj) == []


@pytest.mark.parametrize(
    ("percents", "words"),
    [
        ((100,), "has 1 branch: a random split needs 2 to 5"),
        ((20, 20, 20, 20, 10, 10), "has 6 branches"),
        ((100, 0), "gets 0%: every branch needs more than 0%"),
        ((60, 30), "add up to 90%, not 100%"),
        ((50, "half"), "has no percentage"),
    ],
)
def test_split_percent(percents: tuple[Any, ...], words: str) -> None:
    found = [p for p in problems_of(_split(*percents)) if p.code == "split-percent"]
    assert any(words in p.message for p in found), [p.message for p in found]
    assert all(p.nodeIds == ("split",) for p in found)


def test_split_percentages_that_sum_to_100_in_floats_are_fine() -> None:
    assert codes(_split(33.3, 33.3, 33.4)) == []


def test_jump_target_missing_and_to_itself() -> None:
    problem = only(_jump_target_missing(), "jump-target-missing")
    assert "'nowhere'" in problem.message
    obj = _jump_target_missing()
    nodes_of(obj)[-1]["data"]["targetNodeId"] = "jump"
    assert "jumps to itself" in only(obj, "jump-target-missing").message


def test_loop_without_delay_names_its_steps_and_edges() -> None:
    problem = only(_loop_without_delay(), "loop-without-delay")
    assert problem.nodeIds == ("send", "check")
    assert problem.edgeIds == ("e2", "e4")
    assert "'Say hello' and 'Condition' form a loop with no wait in it" in problem.message


def test_a_loop_through_a_delay_is_fine() -> None:
    obj = _loop_without_delay()
    nodes_of(obj).append(node("pause", "delay", amount=1, unit="days"))
    edges_of(obj)[3] = edge("check", "pause", "no", id="e4")
    edges_of(obj).append(edge("pause", "send", id="e5"))
    assert problems_of(obj) == []


def test_a_loop_through_a_jump_without_delay_fires() -> None:
    obj = minimal(node("jump", "jump_to", targetNodeId="send", maxJumps=3))
    edges_of(obj)[1] = edge("send", "jump", id="e2")
    nodes_of(obj).pop(2)
    assert only(obj, "loop-without-delay").nodeIds == ("send", "jump")


def test_a_short_loop_beside_a_waiting_one_still_fires() -> None:
    # send <-> check is a loop with no wait, even though check -> pause -> send waits.
    obj = _loop_without_delay()
    nodes_of(obj).append(node("pause", "delay", amount=1, unit="days"))
    edges_of(obj)[2] = edge("check", "pause", "yes", id="e3")
    edges_of(obj).append(edge("pause", "send", id="e5"))
    nodes_of(obj).pop(2)
    assert only(obj, "loop-without-delay").nodeIds == ("send", "check")


def test_many_cycles_are_one_problem_and_never_enumerated() -> None:
    # 40 conditions, each jumping one and two ahead, and back to the first: a graph with
    # hundreds of millions of simple cycles. One loop problem naming all of them.
    rule = [{"field": "x", "operator": "is_set"}]
    nodes = [node("start", "start", triggerConfig={"type": "manual"}, entryMode="once")]
    nodes += [node(f"c{i}", "condition", match="all", rules=rule) for i in range(40)]
    edges = [edge("start", "c0")]
    for i in range(40):
        edges.append(edge(f"c{i}", f"c{(i + 1) % 40}", "yes"))
        edges.append(edge(f"c{i}", f"c{(i + 2) % 40}", "no"))
    found = problems_of({"definition": {"nodes": nodes, "edges": edges}})
    loops = [p for p in found if p.code == "loop-without-delay"]
    assert len(loops) == 1
    assert len(loops[0].nodeIds) == 40
    assert "and 36 more form a loop" in loops[0].message


def test_dead_end_on_a_plain_step_and_on_one_output() -> None:
    assert "Nothing follows 'Say hello'" in only(_dead_end(), "dead-end").message
    obj = _same_target_branches()
    edges_of(obj).pop()  # the "no" output is left open
    problem = only(obj, "dead-end")
    assert problem.message.startswith("The 'No' output of 'Condition' is not connected")
    assert problem.nodeIds == ("check",)


def test_same_target_branches() -> None:
    problem = only(_same_target_branches(), "same-target-branches")
    assert problem.nodeIds == ("check", "end")
    assert "Every output of 'Condition' leads to 'Exit'" in problem.message


def test_trigger_mismatch_on_trigger_and_on_entry_mode() -> None:
    problem = only(_trigger_mismatch(), "trigger-mismatch")
    assert "'Contact created'" in problem.message and "'Custom event'" in problem.message
    obj = minimal()
    nodes_of(obj)[0]["data"]["entryMode"] = "every_time"
    assert "entry mode" in only(obj, "trigger-mismatch").message


def test_empty_conditions_equal_no_conditions() -> None:
    obj = minimal()
    nodes_of(obj)[0]["data"]["triggerConfig"] = {
        "type": "custom_event",
        "eventName": "order_completed",
    }
    assert problems_of(obj) == []


def test_a_bare_definition_uses_the_start_step_and_has_no_mismatch() -> None:
    obj = minimal()
    bare = {"definition": obj["definition"]}
    assert problems_of(bare) == []
    nodes_of(bare)[0]["data"]["entryMode"] = "weekly"
    assert codes(bare) == ["unknown-entry-mode"]


def test_unknown_node_types_are_not_checked() -> None:
    obj = _unknown_node_type()
    # Two outgoing edges with handles nobody knows, no data: still only the type warning.
    edges_of(obj).append(edge("ai", "send", "whatever", id="e4"))
    problem = only(obj, "unknown-node-type")
    assert codes(obj) == ["loop-without-delay", "unknown-node-type"]
    assert "'ai_agent'" in problem.message and "kept" in problem.message
    # An edge *into* it from a wrong output is still checked: the source is known.
    lonely = minimal(node("ai", "ai_agent"))
    edges_of(lonely).append(edge("send", "ai", "odd", id="e9"))
    assert codes(lonely) == ["unknown-handle", "unknown-node-type"]


def test_an_unknown_type_with_no_outgoing_edge_is_no_dead_end() -> None:
    obj = _unknown_node_type()
    edges_of(obj).pop()
    nodes_of(obj).pop(2)
    assert codes(obj) == ["unknown-node-type"]


def test_an_unknown_entry_mode_gives_only_unknown_entry_mode() -> None:
    problem = only(_unknown_entry_mode(), "unknown-entry-mode")
    assert problem.nodeIds == ("start",)
    assert "'weekly'" in problem.message


def test_no_action() -> None:
    problem = only(_no_action(), "no-action")
    assert problem.severity == "warning"
    assert problem.nodeIds == ()


def test_an_empty_journey() -> None:
    assert codes({"name": "Empty"}) == ["invalid-trigger", "no-start", "no-action"]


# --- the Problem object and ordering -----------------------------------------------------------


def test_problem_is_frozen_and_serialises_to_the_cli_shape() -> None:
    problem = only(_unreachable(), "unreachable-node")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.code = "x"  # type: ignore[misc]
    assert problem.to_json() == {
        "severity": "error",
        "code": "unreachable-node",
        "message": "'Wait 2 days' can never be reached: connect it to the journey.",
        "nodeIds": ["lost"],
        "edgeIds": [],
    }


def test_problems_are_sorted_errors_first_then_code_then_step_order() -> None:
    obj = minimal(
        node("z", "delay", amount=1, unit="days"),
        node("a", "tag", action="add", tags=["x"]),
    )
    obj["entryMode"] = "weekly"
    found = problems_of(obj)
    keys = [(p.severity != "error", p.code) for p in found]
    assert keys == sorted(keys)
    unreachable = [p.nodeIds[0] for p in found if p.code == "unreachable-node"]
    assert unreachable == ["z", "a"]  # the order of the steps in the file, not by id
    assert found == problems_of(obj)  # deterministic


def test_hostile_labels_are_cleaned_in_messages() -> None:
    obj = _unreachable()
    nodes_of(obj)[-1]["data"]["label"] = "\x1b[31mRed\u202e\n" + "x" * 100
    message = only(obj, "unreachable-node").message
    assert "\x1b" not in message and "\u202e" not in message and "\n" not in message
    assert "…" in message and len(message) < 120
