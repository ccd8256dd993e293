"""The validator's shortcuts for correct journeys never hide a problem.

The validator decides most things in one pass over nodes and one over edges: a step entered
from an earlier step counts as reachable without a search, outputs are counted rather than
listed, loops are looked for only when a connection goes back up the document. These cases
are built so that each shortcut is tempted and must still see the problem.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from journey_builder.validation import Problem, validate
from tests.unit.journey_fixtures import doc, edge, minimal, node, post_purchase


def problems(obj: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.code, p.nodeIds) for p in validate(doc(obj))]


def nodes_of(obj: dict[str, Any]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = obj["definition"]["nodes"]
    return nodes


def edges_of(obj: dict[str, Any]) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = obj["definition"]["edges"]
    return edges


def test_steps_listed_in_any_order_are_all_reachable() -> None:
    obj = post_purchase()
    shuffled = copy.deepcopy(obj)
    random.Random(4).shuffle(nodes_of(shuffled))
    nodes_of(obj).reverse()
    assert problems(obj) == []
    assert problems(shuffled) == []


def test_a_cycle_cut_off_from_the_start_is_unreachable() -> None:
    # b is entered from a (earlier), but a only from b: no shortcut may call them reached.
    obj = minimal(
        node("a", "delay", amount=1, unit="days"),
        node("b", "delay", amount=2, unit="days"),
        edges=[edge("start", "send", id="e1"), edge("send", "end", id="e2")],
    )
    edges_of(obj).extend([edge("a", "b", id="e3"), edge("b", "a", id="e4")])
    assert problems(obj) == [("unreachable-node", ("a",)), ("unreachable-node", ("b",))]


def test_a_step_entered_only_from_a_later_one_is_found_by_the_search() -> None:
    obj = post_purchase()
    nodes = nodes_of(obj)
    nodes.insert(1, nodes.pop(next(i for i, n in enumerate(nodes) if n["id"] == "done")))
    assert problems(obj) == []  # "done" comes second but is reached through "owner"
    edges_of(obj)[:] = [e for e in edges_of(obj) if e["target"] != "done"]
    assert ("unreachable-node", ("done",)) in problems(obj)
    assert ("dead-end", ("owner",)) in problems(obj)


def test_a_loop_whose_steps_are_listed_backwards_is_found() -> None:
    obj = minimal(
        node("check", "condition", match="all", rules=[{"field": "f", "operator": "is_set"}]),
        edges=[edge("start", "check", id="e1"), edge("check", "send", "yes", id="e2")],
    )
    edges_of(obj).extend([edge("check", "end", "no", id="e3"), edge("send", "check", id="e4")])
    nodes_of(obj).reverse()  # now the connection send -> check goes down the document
    found = [p for p in validate(doc(obj)) if p.code == "loop-without-delay"]
    assert [(p.nodeIds, p.edgeIds) for p in found] == [(("check", "send"), ("e2", "e4"))]


def test_a_jump_back_to_a_step_that_does_not_wait_is_a_loop() -> None:
    obj = minimal(
        node("jump", "jump_to", targetNodeId="send", maxJumps=2),
        edges=[edge("start", "send", id="e1"), edge("send", "jump", id="e2")],
    )
    assert [code for code, _ in problems(obj)] == ["loop-without-delay", "unreachable-node"]


def test_a_split_naming_two_branches_alike() -> None:
    branches = [{"id": "a", "percent": 50}, {"id": "a", "percent": 50}]
    obj = minimal(
        node("split", "random_split", branches=branches),
        edges=[edge("start", "split", id="e1"), edge("split", "send", "a", id="e2")],
    )
    edges_of(obj).append(edge("send", "end", id="e3"))
    found = validate(doc(obj))
    # Both outputs are "a", so the one connection serves both: no dead end, one target.
    assert [(p.code, p.field) for p in found] == [
        ("invalid-config", "branches"),
        ("same-target-branches", None),
    ]
    assert "two branches share the id 'a'" in found[0].message


def test_an_output_used_twice_and_an_output_left_open_balance_no_count() -> None:
    # Two connections from "yes" and none from "no": as many connections as outputs.
    obj = minimal(
        node("check", "condition", match="all", rules=[{"field": "f", "operator": "is_set"}]),
        edges=[edge("start", "check", id="e1"), edge("check", "send", "yes", id="e2")],
    )
    edges_of(obj).extend([edge("check", "end", "yes", id="e3"), edge("send", "end", id="e4")])
    assert [code for code, _ in problems(obj)] == ["output-fanout", "dead-end"]


def test_a_step_whose_id_is_taken_has_no_outputs_of_its_own() -> None:
    rules = [{"field": "f", "operator": "is_set"}]
    obj = minimal(node("send", "condition", match="all", rules=rules))
    assert problems(obj) == [("duplicate-node-id", ("send",))]


def test_all_branches_to_one_step_is_seen_among_correct_ones() -> None:
    obj = post_purchase()
    for e in edges_of(obj):
        if e["source"] == "ab" and e.get("sourceHandle") == "text":
            e["target"] = "ask-mail"
    assert ("same-target-branches", ("ab", "ask-mail")) in problems(obj)


def test_a_bad_step_among_many_correct_ones_is_reported_once() -> None:
    obj = post_purchase()
    edges_of(obj).clear()  # only the steps' settings matter here
    base = copy.deepcopy(nodes_of(obj))
    for copy_number in range(1, 30):  # many correct steps the fast checks pass over
        for n in base[1:]:
            clone = copy.deepcopy(n)
            clone["id"] = f"{n['id']}-{copy_number}"
            nodes_of(obj).append(clone)
    next(n for n in nodes_of(obj) if n["id"] == "retry-17")["data"]["maxJumps"] = 50
    found = [p for p in validate(doc(obj)) if p.code == "invalid-config"]
    assert [(p.code, p.nodeIds, p.field) for p in found] == [
        ("invalid-config", ("retry-17",), "maxJumps")
    ]


def test_problems_are_plain_values() -> None:
    assert all(isinstance(p, Problem) for p in validate(doc(minimal(node("x", "teleport")))))
