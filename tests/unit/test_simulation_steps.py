"""One contact through a journey: each step type, the trigger, the ends, and the JSON shape."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from journey_builder.errors import SimulationInputError
from journey_builder.simulation import simulate
from journey_builder.storage.files import load_journey
from tests.unit.simulation_fixtures import condition, journey, path, rule, step

DAY = 86400.0
HOUR = 3600.0

TEMPLATES = "resources/templates"


def post_purchase() -> Any:
    return load_journey(f"{TEMPLATES}/post-purchase-follow-up.journey.json")


# --- the template, end to end ------------------------------------------------------------------


def test_a_first_order_takes_the_review_branch_after_the_question_and_a_week() -> None:
    result = simulate(post_purchase(), {"fields": {"orders_count": 1}}, seed=0)
    ids = [s.node_id for s in result.steps]
    assert ids[:5] == ["start", "thank_you", "ask_rating", "wait_a_week", "first_order"]
    assert result.steps[2].handle == "timeout"  # nobody answered within 3 days
    assert result.steps[3].at == 3 * DAY
    assert result.steps[4].handle == "yes"
    assert result.steps[4].at == 10 * DAY
    assert result.steps[5].node_id == "review_test"
    assert result.steps[5].handle in ("email", "sms")
    assert ids[-2:] == ["tag_reviewer", "exit_done"]
    assert (result.end.kind, result.end.node_id, result.end.at) == ("exit", "exit_done", 10 * DAY)
    assert result.end.reason == "The contact left the journey: Follow-up complete."
    assert result.contact == {"fields": {"orders_count": 1}, "tags": ["review_requested"]}


def test_a_repeat_customer_is_counted_and_tagged() -> None:
    contact = {"fields": {"orders_count": "3", "repeat_orders": 2}, "tags": ["vip"]}
    result = simulate(post_purchase(), contact)
    assert path(result)[4:] == [
        ("first_order", "no"),
        ("loyalty_email", None),
        ("count_repeat", None),
        ("tag_repeat", None),
        ("exit_done", None),
    ]
    assert result.contact["fields"]["repeat_orders"] == 3
    assert result.contact["tags"] == ["vip", "repeat_customer"]
    assert contact == {"fields": {"orders_count": "3", "repeat_orders": 2}, "tags": ["vip"]}


def test_indexes_point_into_the_document() -> None:
    document = post_purchase()
    result = simulate(document, {"fields": {"orders_count": 1}})
    for s in result.steps:
        assert document.nodes[s.node_index].id == s.node_id
        if s.edge_index is not None:
            edge = document.edges[s.edge_index]
            assert edge.source == s.node_id
            assert edge.sourceHandle == s.handle
    assert result.steps[-1].edge_index is None
    assert result.end.node_index == len(document.nodes) - 1


def test_json_has_exactly_the_documented_shape() -> None:
    out = simulate(post_purchase(), {"fields": {"orders_count": 1}}).to_json()
    assert list(out) == ["steps", "end", "contact"]
    assert all(list(s) == ["nodeId", "handle", "at", "reason"] for s in out["steps"])
    assert out["steps"][4] == {
        "nodeId": "first_order",
        "handle": "yes",
        "at": 864000,
        "reason": "Yes: orders_count equals 1, holds (orders_count is 1).",
    }
    assert out["end"] == {"kind": "exit", "nodeId": "exit_done", "at": 864000}
    assert json.loads(json.dumps(out)) == out


def test_an_unhappy_answer_goes_to_customer_care_a_happy_one_carries_on() -> None:
    unhappy = simulate(
        post_purchase(),
        {"fields": {"orders_count": 1}},
        [{"at": "5h", "event": "answer", "value": 2}],
    )
    assert path(unhappy)[2:] == [
        ("ask_rating", "answered"),
        ("unhappy", "yes"),
        ("to_support", None),
        ("exit_support", None),
    ]
    assert unhappy.steps[3].at == 5 * HOUR
    assert unhappy.contact["fields"]["order_rating"] == 2
    happy = simulate(
        post_purchase(),
        {"fields": {"orders_count": 1}},
        [{"at": "5h", "event": "answer", "value": 5}],
    )
    assert path(happy)[2:5] == [
        ("ask_rating", "answered"),
        ("unhappy", "no"),
        ("wait_a_week", None),
    ]
    assert happy.end.at == 5 * HOUR + 7 * DAY


def test_the_journey_is_never_changed() -> None:
    document = post_purchase()
    before = document.to_json()
    simulate(document, {"fields": {"orders_count": 1}, "tags": ["x"]})
    assert document.to_json() == before


# --- time: delays, waits, questions, the horizon -------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "unit", "seconds"),
    [(30, "minutes", 1800), (2, "hours", 7200), (3, "days", 3 * DAY), (1, "weeks", 7 * DAY)],
)
def test_a_delay_adds_its_time(amount: int, unit: str, seconds: float) -> None:
    doc = journey(
        step("d", "delay", amount=amount, unit=unit),
        step("x", "exit"),
        edges=[("start", "d", None), ("d", "x", None)],
    )
    result = simulate(doc, {})
    assert [(s.node_id, s.at) for s in result.steps] == [("start", 0), ("d", 0), ("x", seconds)]
    assert result.end.at == seconds


def wait_journey(**data: Any) -> Any:
    wait = {"event": "custom", "eventName": "upgraded", "timeout": {"amount": 2, "unit": "days"}}
    wait.update(data)
    return journey(
        step("pause", "delay", amount=1, unit="days"),
        step("w", "wait_for_event", **wait),
        step("got", "exit", reason="event"),
        step("late", "exit", reason="timeout"),
        edges=[
            ("start", "pause", None),
            ("pause", "w", None),
            ("w", "got", "event"),
            ("w", "late", "timeout"),
        ],
    )


def wait_outcome(doc: Any, events: list[dict[str, Any]], contact: Any = None) -> tuple[str, float]:
    result = simulate(doc, contact or {}, events)
    w = next(s for s in result.steps if s.node_id == "w")
    return w.handle or "", result.end.at


def test_a_matching_event_before_the_timeout_takes_the_event_output_at_its_time() -> None:
    assert wait_outcome(
        wait_journey(), [{"at": "2d3h", "event": "custom", "eventName": "upgraded"}]
    ) == (
        "event",
        2 * DAY + 3 * HOUR,
    )


def test_no_event_times_out_at_the_timeout() -> None:
    assert wait_outcome(wait_journey(), []) == ("timeout", 3 * DAY)
    late = [{"at": "3d", "event": "custom", "eventName": "upgraded"}]  # exactly at the timeout
    assert wait_outcome(wait_journey(), late) == ("timeout", 3 * DAY)


def test_an_event_before_the_contact_reached_the_wait_does_not_count() -> None:
    early = [{"at": "12h", "event": "custom", "eventName": "upgraded"}]
    assert wait_outcome(wait_journey(), early) == ("timeout", 3 * DAY)
    on_arrival = [{"at": "1d", "event": "custom", "eventName": "upgraded"}]
    assert wait_outcome(wait_journey(), on_arrival) == ("event", DAY)


def test_custom_events_match_by_name_and_other_events_by_type() -> None:
    other = [{"at": "30h", "event": "custom", "eventName": "downgraded"}]
    assert wait_outcome(wait_journey(), other)[0] == "timeout"
    typed = [{"at": "30h", "event": "message_received"}]
    assert wait_outcome(wait_journey(), typed)[0] == "timeout"
    assert wait_outcome(wait_journey(event="message_received"), typed)[0] == "event"
    closed = [{"at": "30h", "event": "conversation_closed"}]
    assert wait_outcome(wait_journey(event="conversation_closed"), closed)[0] == "event"


def test_wait_conditions_look_at_the_event_data_then_the_contact() -> None:
    conditions = {"match": "all", "rules": [rule("amount", "greater_than", 100)]}
    doc = wait_journey(conditions=conditions)
    small = {"at": "30h", "event": "custom", "eventName": "upgraded", "data": {"amount": 50}}
    big = {"at": "40h", "event": "custom", "eventName": "upgraded", "data": {"amount": 150}}
    assert wait_outcome(doc, [small]) == ("timeout", 3 * DAY)
    assert wait_outcome(doc, [small, big]) == ("event", 40 * HOUR)
    result = simulate(doc, {}, [small])
    assert "1 such event did not meet the conditions" in result.steps[2].reason
    # Not in the event's data: the contact's field.
    assert (
        wait_outcome(
            doc,
            [{"at": "30h", "event": "custom", "eventName": "upgraded"}],
            {"fields": {"amount": 500}},
        )[0]
        == "event"
    )


def test_an_event_is_used_once() -> None:
    wait = {"event": "message_received", "timeout": {"amount": 1, "unit": "days"}}
    doc = journey(
        step("w1", "wait_for_event", **wait),
        step("w2", "wait_for_event", **wait),
        step("x", "exit"),
        edges=[
            ("start", "w1", None),
            ("w1", "w2", "event"),
            ("w1", "w2", "timeout"),
            ("w2", "x", "event"),
            ("w2", "x", "timeout"),
        ],
    )
    one = simulate(doc, {}, [{"at": "1h", "event": "message_received"}])
    assert path(one)[1:3] == [("w1", "event"), ("w2", "timeout")]
    two = simulate(doc, {}, [{"at": "1h", "event": "message_received"}] * 2)
    assert path(two)[1:3] == [("w1", "event"), ("w2", "event")]


def test_tag_added_and_field_updated_events_match_waits_and_change_the_contact() -> None:
    doc = wait_journey(event="tag_added", conditions={"rules": [rule("tag", "equals", "vip")]})
    events = [
        {"at": "30h", "event": "tag_added", "tag": "newsletter"},
        {"at": "31h", "event": "tag_added", "tag": "vip"},
    ]
    result = simulate(doc, {}, events)
    assert path(result)[2] == ("w", "event")
    assert result.steps[3].at == 31 * HOUR
    assert result.contact["tags"] == ["newsletter", "vip"]
    doc = wait_journey(event="field_updated")
    result = simulate(
        doc, {}, [{"at": "2d", "event": "field_updated", "field": "plan", "value": "pro"}]
    )
    assert path(result)[2] == ("w", "event")
    assert result.contact["fields"] == {"plan": "pro"}


def question_journey(**data: Any) -> Any:
    question = {
        "question": "How did we do?",
        "answerType": "number",
        "timeout": {"amount": 1, "unit": "days"},
        "saveToField": "csat",
    }
    question.update(data)
    return journey(
        step("pause", "delay", amount=1, unit="hours"),
        step("q", "ask_question", **question),
        condition("happy", rule("csat", "greater_than", 3)),
        step("yes", "exit"),
        step("no", "exit"),
        step("silent", "exit"),
        edges=[
            ("start", "pause", None),
            ("pause", "q", None),
            ("q", "happy", "answered"),
            ("q", "silent", "timeout"),
            ("happy", "yes", "yes"),
            ("happy", "no", "no"),
        ],
    )


def test_a_contact_who_never_answers_times_out() -> None:
    result = simulate(question_journey(), {})
    assert path(result)[2:] == [("q", "timeout"), ("silent", None)]
    assert result.end.at == HOUR + DAY
    assert result.steps[2].reason == "Timeout: no answer within 1 day, so it timed out at +1d 1h."


def test_an_answer_is_saved_to_its_field_and_later_conditions_see_it() -> None:
    result = simulate(question_journey(), {}, [{"at": "3h", "event": "answer", "value": "5"}])
    assert path(result)[2:] == [("q", "answered"), ("happy", "yes"), ("yes", None)]
    assert result.steps[2].reason == "Answered '5' at +3h; saved to field 'csat'."
    assert result.steps[3].at == 3 * HOUR
    assert result.contact["fields"] == {"csat": "5"}
    low = simulate(question_journey(), {}, [{"at": "3h", "event": "answer", "value": 2}])
    assert path(low)[3] == ("happy", "no")


def test_an_answer_for_another_question_or_too_early_does_not_count() -> None:
    other = [{"at": "3h", "event": "answer", "value": 5, "nodeId": "another"}]
    assert path(simulate(question_journey(), {}, other))[2] == ("q", "timeout")
    mine = [{"at": "3h", "event": "answer", "value": 5, "nodeId": "q"}]
    assert path(simulate(question_journey(), {}, mine))[2] == ("q", "answered")
    early = [{"at": "30m", "event": "answer", "value": 5}]
    assert path(simulate(question_journey(), {}, early))[2] == ("q", "timeout")
    # An answer is not a message, and a message is not an answer.
    assert path(simulate(question_journey(), {}, [{"at": "3h", "event": "message_received"}]))[
        2
    ] == ("q", "timeout")


def test_a_contact_still_waiting_at_the_horizon_ends_waiting() -> None:
    doc = journey(
        step("d", "delay", amount=400, unit="days"),
        step("x", "exit"),
        edges=[("start", "d", None), ("d", "x", None)],
    )
    result = simulate(doc, {})
    assert (result.end.kind, result.end.node_id, result.end.at) == ("waiting", "d", 0)
    assert result.steps[-1].handle is None
    assert "when the simulation ends at +365d" in result.end.reason
    assert simulate(doc, {}, horizon_seconds=401 * DAY).end.kind == "exit"
    wait = wait_journey(timeout={"amount": 10, "unit": "days"})
    short = simulate(wait, {}, horizon_seconds=5 * DAY)
    assert (short.end.kind, short.end.node_id, short.end.at) == ("waiting", "w", DAY)
    # An event after the horizon never happens.
    late = [{"at": "6d", "event": "custom", "eventName": "upgraded"}]
    assert simulate(wait, {}, late, horizon_seconds=5 * DAY).end.kind == "waiting"
    assert simulate(wait, {}, late).end.node_id == "got"


# --- splits, requests, changes to the contact -------------------------------------------------


def split_journey(*percents: float) -> Any:
    branches = [{"id": f"b{i}", "label": f"B{i}", "percent": p} for i, p in enumerate(percents)]
    exits = [step(f"x{i}", "exit") for i in range(len(percents))]
    return journey(
        step("split", "random_split", branches=branches),
        *exits,
        edges=[("start", "split", None)]
        + [("split", f"x{i}", f"b{i}") for i in range(len(percents))],
    )


def test_the_same_seed_takes_the_same_branch_and_seeds_spread_by_percent() -> None:
    doc = split_journey(20, 80)
    for seed in range(20):
        assert path(simulate(doc, {}, seed=seed)) == path(simulate(doc, {}, seed=seed))
    chosen = [simulate(doc, {}, seed=seed).steps[1].handle for seed in range(1000)]
    assert 150 <= chosen.count("b0") <= 250  # 20 % of 1,000, deterministic for these seeds
    assert chosen.count("b0") + chosen.count("b1") == 1000
    reason = simulate(doc, {}, seed=7).steps[1].reason
    assert reason.startswith("The draw with seed 7 chose 'B")


def test_a_split_with_no_usable_branch_is_a_dead_end() -> None:
    doc = split_journey(0, -5)
    result = simulate(doc, {})
    assert (result.end.kind, result.end.node_id) == ("dead_end", "split")
    assert "has no branch to draw" in result.end.reason


def http_journey() -> Any:
    http = {"method": "POST", "url": "https://hooks.example.com/x"}
    return journey(
        step("h1", "http_request", **http),
        step("h2", "http_request", **http),
        step("x", "exit"),
        edges=[
            ("start", "h1", None),
            ("h1", "h2", "success"),
            ("h1", "h2", "failure"),
            ("h2", "x", "success"),
            ("h2", "x", "failure"),
        ],
    )


def test_http_requests_succeed_unless_the_script_fails_them() -> None:
    assert path(simulate(http_journey(), {}))[1:3] == [("h1", "success"), ("h2", "success")]
    fail_h2 = [{"event": "http_failure", "nodeId": "h2"}]
    result = simulate(http_journey(), {}, fail_h2)
    assert path(result)[1:3] == [("h1", "success"), ("h2", "failure")]
    assert (
        result.steps[2].reason == "Failure: the script fails this request (event 1 of the script)."
    )
    once = [{"event": "http_failure"}]  # no step named: the next request, once
    assert path(simulate(http_journey(), {}, once))[1:3] == [("h1", "failure"), ("h2", "success")]


def test_update_contact_and_tag_change_what_later_conditions_see() -> None:
    doc = journey(
        step("set", "update_contact", field="plan", action="set", value="pro"),
        step("inc", "update_contact", field="visits", action="increment", value=2),
        step("tag", "tag", action="add", tags=["vip", "beta"]),
        step("untag", "tag", action="remove", tags=["beta", "never_had"]),
        step("clear", "update_contact", field="old", action="clear"),
        condition(
            "check",
            rule("plan", "equals", "pro"),
            rule("visits", "equals", 5),
            rule("tags", "has_tag", "vip"),
            rule("tags", "not_has_tag", "beta"),
            rule("old", "is_not_set"),
        ),
        step("yes", "exit"),
        step("no", "exit"),
        edges=[
            ("start", "set", None),
            ("set", "inc", None),
            ("inc", "tag", None),
            ("tag", "untag", None),
            ("untag", "clear", None),
            ("clear", "check", None),
            ("check", "yes", "yes"),
            ("check", "no", "no"),
        ],
    )
    contact = {"fields": {"plan": "free", "visits": "3", "old": "x"}, "tags": ["beta"]}
    result = simulate(doc, contact)
    assert path(result)[-2] == ("check", "yes")
    assert result.contact == {"fields": {"plan": "pro", "visits": 5}, "tags": ["vip"]}
    reasons = [s.reason for s in result.steps[1:6]]
    assert reasons == [
        "Set plan to 'pro'.",
        "Increased visits by 2: '3' → 5.",
        "Added tag 'vip'; already had 'beta'.",
        "Removed tag 'beta'; did not have 'never_had'.",
        "Cleared old (was 'x').",
    ]


def test_an_increment_of_a_text_changes_nothing_and_says_so() -> None:
    doc = journey(
        step("inc", "update_contact", field="visits", action="increment", value=1),
        step("x", "exit"),
        edges=[("start", "inc", None), ("inc", "x", None)],
    )
    result = simulate(doc, {"fields": {"visits": "many"}})
    assert result.contact["fields"] == {"visits": "many"}
    assert (
        result.steps[1].reason == "Changed nothing: visits holds 'many', not a number to increase."
    )
    assert simulate(doc, {}).contact["fields"] == {"visits": 1}


def test_scripted_changes_apply_from_their_time_on() -> None:
    doc = journey(
        condition("before", rule("tags", "has_tag", "vip")),
        step("d", "delay", amount=2, unit="days"),
        condition("after", rule("tags", "has_tag", "vip"), rule("plan", "equals", "pro")),
        step("x", "exit"),
        edges=[
            ("start", "before", None),
            ("before", "d", "yes"),
            ("before", "d", "no"),
            ("d", "after", None),
            ("after", "x", "yes"),
            ("after", "x", "no"),
        ],
    )
    events = [
        {"at": "1d", "event": "tag_added", "tag": "vip"},
        {"at": "1d", "event": "field_updated", "field": "plan", "value": "pro"},
    ]
    result = simulate(doc, {}, events)
    assert path(result)[1] == ("before", "no")
    assert path(result)[3] == ("after", "yes")


# --- jumps, the trigger, and every way a path can end -----------------------------------------


def loop_journey(max_jumps: Any = 2) -> Any:
    return journey(
        step("again", "delay", amount=1, unit="days"),
        step("send", "send_message", channel="sms", text="Hi"),
        step("jump", "jump_to", targetNodeId="again", maxJumps=max_jumps),
        edges=[("start", "again", None), ("again", "send", None), ("send", "jump", None)],
    )


def test_jump_to_counts_jumps_per_target_and_exits_after_the_last() -> None:
    result = simulate(loop_journey(2), {})
    ids = [s.node_id for s in result.steps]
    assert ids == ["start"] + ["again", "send", "jump"] * 3
    assert [s.reason for s in result.steps if s.node_id == "jump"][:2] == [
        "Jump 1 of 2 to 'Delay' (again).",
        "Jump 2 of 2 to 'Delay' (again).",
    ]
    assert (result.end.kind, result.end.node_id, result.end.at) == ("jump_limit", "jump", 3 * DAY)
    assert result.end.reason == "Already jumped 2 times to 'Delay': the contact exits."
    assert simulate(loop_journey("two"), {}).steps[3].reason.endswith("counted as 1).")


def test_the_trigger_conditions_decide_who_enters() -> None:
    conditions = {
        "match": "all",
        "rules": [rule("plan", "equals", "pro"), rule("tags", "has_tag", "vip")],
    }
    doc = journey(step("x", "exit"), edges=[("start", "x", None)], conditions=conditions)
    entered = simulate(doc, {"fields": {"plan": "pro"}, "tags": ["vip"]})
    assert entered.end.kind == "exit"
    assert entered.steps[0].reason == "Entered: the trigger's conditions match (all 2 rules hold)."
    out = simulate(doc, {"fields": {"plan": "pro"}})
    assert out.steps == ()
    assert (out.end.kind, out.end.node_id, out.end.at) == ("not_entered", "start", 0)
    assert out.end.reason == (
        "Did not enter: the trigger's conditions do not match (rule 2, has tag 'vip', does not hold)."
    )
    assert simulate(doc, {"fields": {"plan": "free"}, "tags": ["vip"]}).end.reason.endswith(
        "(rule 1, plan equals 'pro', does not hold (plan is 'free'))."
    )


def test_unknown_step_types_stop_the_contact_there() -> None:
    doc = journey(
        step("ai", "ai_agent", prompt="Be nice"),
        step("x", "exit"),
        edges=[("start", "ai", None), ("ai", "x", None)],
    )
    result = simulate(doc, {})
    assert (result.end.kind, result.end.node_id) == ("unknown_step", "ai")
    assert path(result) == [("start", None), ("ai", None)]
    assert "'ai_agent' is a step type the simulator does not know" in result.end.reason


def test_dead_ends_dangling_edges_missing_targets_and_no_start() -> None:
    open_no = journey(
        condition("c", rule("plan", "is_set")),
        step("x", "exit"),
        edges=[("start", "c", None), ("c", "x", "yes")],
    )
    result = simulate(open_no, {})
    assert path(result)[-1] == ("c", "no")
    assert result.steps[-1].edge_index is None
    assert (result.end.kind, result.end.node_id) == ("dead_end", "c")
    assert (
        result.end.reason
        == "Nothing is connected to output 'no' of 'Condition': the journey silently ends here."
    )
    dangling = journey(edges=[("start", "ghost", None)])
    result = simulate(dangling, {})
    assert (result.end.kind, result.end.node_id) == ("dead_end", "start")
    assert result.steps[0].edge_index == 0
    assert "leads to 'ghost', which is not a step of this journey" in result.end.reason
    nowhere = journey(
        step("j", "jump_to", targetNodeId="ghost", maxJumps=1), edges=[("start", "j", None)]
    )
    assert simulate(nowhere, {}).end.kind == "dead_end"
    no_start = journey(step("x", "exit"), start=False)
    result = simulate(no_start, {})
    assert (result.end.kind, result.end.node_id, result.end.node_index) == (
        "not_entered",
        None,
        None,
    )
    assert result.end.reason == "The journey has no start step, so no contact can enter it."


def test_the_edge_taken_is_the_first_with_the_output_s_handle() -> None:
    doc = journey(
        condition("c", rule("plan", "is_set")),
        step("first", "exit"),
        step("second", "exit"),
        step("wrong", "exit"),
        edges=[
            ("start", "c", "out"),  # a single output accepts an edge whatever its handle
            ("c", "wrong", "maybe"),  # a branching output only takes its own handle
            ("c", "first", "no"),
            ("c", "second", "no"),
        ],
    )
    result = simulate(doc, {})
    assert [s.node_id for s in result.steps] == ["start", "c", "first"]
    assert result.steps[1].edge_index == 2
    single = journey(
        step("a", "exit"),
        step("b", "exit"),
        edges=[("start", "a", "next"), ("start", "b", None)],
    )
    assert simulate(single, {}).end.node_id == "b"  # the null handle first, then any


def test_an_endless_loop_stops_at_the_step_limit() -> None:
    doc = journey(
        step("t", "tag", action="add", tags=["x"]),
        step("u", "update_contact", field="n", action="increment", value=1),
        edges=[("start", "t", None), ("t", "u", None), ("u", "t", None)],
    )
    result = simulate(doc, {})
    assert len(result.steps) == 10_000
    assert result.end.kind == "step_limit"
    assert result.end.reason == "Stopped after 10,000 steps: the path seems to loop without end."
    assert result.contact["fields"]["n"] == 4_999  # start, then t and u in turn: u ran 4,999 times
    small = simulate(doc, {}, max_steps=5)
    assert len(small.steps) == 5 and small.end.kind == "step_limit"


def test_broken_step_data_is_explained_not_raised() -> None:
    doc = journey(
        step("d", "delay", amount="soon"),
        step("u", "update_contact", action="explode"),
        step("t", "tag", action="add", tags=[]),
        step("w", "wait_for_event", event="custom", timeout="forever"),
        step("x", "exit"),
        edges=[
            ("start", "d", None),
            ("d", "u", None),
            ("u", "t", None),
            ("t", "w", None),
            ("w", "x", "timeout"),
        ],
    )
    result = simulate(doc, {})
    assert [s.reason for s in result.steps[1:4]] == [
        "No time passed: the delay has no valid amount and unit.",
        "Changed nothing: the step names no field.",
        "Changed nothing: the step names no tags.",
    ]
    assert (result.end.kind, result.end.node_id) == ("waiting", "w")
    assert result.steps[-1].reason == "Waiting, with no valid timeout to end the wait."


def test_a_contact_is_copied_not_changed() -> None:
    contact = {"fields": {"orders_count": 2}, "tags": ["a"]}
    kept = copy.deepcopy(contact)
    simulate(post_purchase(), contact)
    assert contact == kept


def test_numbers_beyond_a_float_and_a_bad_horizon() -> None:
    doc = journey(
        step("d", "delay", amount=10**400, unit="days"),
        condition("c", rule("n", "greater_than", 10**400)),
        step("x", "exit"),
        edges=[("start", "d", None), ("d", "c", None), ("c", "x", "no")],
    )
    result = simulate(doc, {"fields": {"n": 10**401}})
    assert result.steps[1].reason == "No time passed: the delay has no valid amount and unit."
    assert path(result)[2] == ("c", "no")  # neither side is a number a rule can compare
    for horizon in (float("inf"), float("nan"), -1):
        with pytest.raises(SimulationInputError, match="the horizon must be a number of seconds"):
            simulate(doc, {}, horizon_seconds=horizon)
