"""The fast paths of load, save and the data checks give what the standard ones give.

Loading a plain journey file goes through pydantic-core in one pass, saving one is written by
pydantic-core, and the validator asks a compiled yes/no test before the words of
check_node_data. Each must agree with the standard path on everything, including the cases
that send it back to the standard path (NaN, tiny floats, lone surrogates...).
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_builder.errors import FileWriteError, ShapeError
from journey_builder.model import (
    CATALOGUE,
    JourneyDocument,
    Position,
    check_node_data,
    data_checker,
    known_node_types,
)
from journey_builder.storage.files import document_to_text, parse_journey_text
from tests.unit.journey_fixtures import post_purchase

# Floats of every magnitude, where Python and pydantic-core write some differently.
floats = st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(
    [1e-05, 3.5e-05, 1e-07, 1.25e-09, 1e16, 1e22, 0.0001, 123456789012345.6, -0.0, 5e-324]
)
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | floats
    | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=10,
)


def journey_with(data: Any, position: Any = 0) -> dict[str, Any]:
    obj = post_purchase()
    obj["definition"]["nodes"][1]["data"]["extra"] = data
    obj["definition"]["nodes"][2]["position"] = {"x": position, "y": 40}
    return obj


def standard_text(doc: JourneyDocument) -> str:
    return json.dumps(doc.to_json(), indent=2, ensure_ascii=False) + "\n"


def exact(obj: Any) -> str:
    """A form that tells 1 from 1.0 and True, and keeps key order."""
    return json.dumps(obj, ensure_ascii=False)


# --- save --------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values, floats | st.integers(-(10**6), 10**6))
def test_a_saved_document_is_exactly_what_json_dumps_writes(data: Any, x: Any) -> None:
    doc = JourneyDocument.model_validate(journey_with(data, x))
    assert document_to_text(doc) == standard_text(doc)


@pytest.mark.parametrize("tiny", [1e-05, 7.5e-06, 2e-07, -4.25e-08])
def test_tiny_floats_are_written_as_python_writes_them(tiny: float) -> None:
    doc = JourneyDocument.model_validate(journey_with({"rate": tiny}, tiny))
    text = document_to_text(doc)
    assert repr(tiny) in text and text == standard_text(doc)


@pytest.mark.parametrize("bad", [float("inf"), float("nan")])
def test_a_position_json_cannot_store_is_refused(bad: float) -> None:
    doc = JourneyDocument.model_validate(post_purchase())
    doc.nodes[0].position = Position(x=bad, y=0)
    with pytest.raises(FileWriteError, match="cannot store"):
        document_to_text(doc)


def test_a_lone_surrogate_in_a_document_is_written_as_its_escape() -> None:
    doc = JourneyDocument.model_validate(journey_with("odd \ud800 text"))
    assert "odd \\ud800 text" in document_to_text(doc)


# --- load --------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values, floats | st.integers(-(10**6), 10**6), st.booleans())
def test_a_loaded_document_is_what_the_standard_parser_gives(
    data: Any, x: Any, indent: bool
) -> None:
    text = json.dumps(journey_with(data, x), indent=2 if indent else None, ensure_ascii=False)
    loaded = parse_journey_text(text)
    standard = JourneyDocument.model_validate(json.loads(text))
    assert exact(loaded.to_json()) == exact(standard.to_json())
    assert loaded.model_fields_set == standard.model_fields_set


def test_duplicate_keys_keep_the_first_place_and_the_last_value() -> None:
    text = (
        '{"name": "a", "x": 1, "definition": {"nodes": [{"id": "n", "type": "exit", '
        '"data": {"k": 1, "j": 2, "k": 3}, "id": "m"}]}, "x": 2, "name": "b"}'
    )
    doc = parse_journey_text(text)
    assert exact(doc.to_json()) == exact(
        {
            "name": "b",
            "definition": {"nodes": [{"id": "m", "type": "exit", "data": {"k": 3, "j": 2}}]},
            "x": 2,
        }
    )


@pytest.mark.parametrize(
    "label", ["NaN", "Infinity", "budget 5e100", "1" * 300, "x" * 5000, '“quoted” ü \\ " \n']
)
def test_texts_that_look_like_numbers_are_kept(label: str) -> None:
    doc = parse_journey_text(json.dumps(journey_with(label)))
    assert doc.nodes[1].data["extra"] == label


@pytest.mark.parametrize(
    ("number", "words"),
    [("NaN", "NaN is not valid JSON"), ("-Infinity", "-Infinity"), ("-1.5e400", "too large")],
)
def test_numbers_json_cannot_hold_are_refused_inside_a_plain_file(number: str, words: str) -> None:
    text = json.dumps(journey_with("@")).replace('"@"', number)
    with pytest.raises(ShapeError, match=words):
        parse_journey_text(text)


def test_a_journey_file_with_a_null_definition_loads_as_before() -> None:
    doc = parse_journey_text('{"name": "x", "definition": null}')
    assert doc.name == "x" and doc.nodes == [] and "definition" not in doc.to_json()


# --- data checks ---------------------------------------------------------------------------------

data_keys = st.sampled_from(
    sorted({f.name for spec in CATALOGUE.values() for f in spec.fields} | {"id", "x"})
)
near_values = (
    values
    | st.sampled_from(["", "  ", "email", "days", "all", "custom", "user", "https://a.b", "is_set"])
    | st.builds(lambda a, u: {"amount": a, "unit": u}, values, st.sampled_from(["days", "x"]))
    | st.lists(
        st.fixed_dictionaries(
            {
                "field": st.sampled_from(["f", "", 3]),
                "operator": st.sampled_from(["equals", "is_set", "?"]),
            },
            optional={"value": values},
        ),
        max_size=3,
    )
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(list(known_node_types())), st.dictionaries(data_keys, near_values))
def test_the_fast_data_check_never_passes_data_with_an_issue(
    node_type: str, data: dict[str, Any]
) -> None:
    if data_checker(node_type)(data):
        assert check_node_data(node_type, data) == []


@pytest.mark.parametrize("node_type", list(known_node_types()))
def test_correct_steps_pass_the_fast_data_check(node_type: str) -> None:
    obj = post_purchase()
    examples = [n["data"] for n in obj["definition"]["nodes"] if n["type"] == node_type]
    examples.append(CATALOGUE[node_type].default_data())
    for data in examples:
        if not check_node_data(node_type, data):
            assert data_checker(node_type)(data), data


def test_an_unknown_type_passes_and_odd_containers_go_to_the_words() -> None:
    assert data_checker("teleport")({"anything": math.pi})
    assert not data_checker("delay")(["not", "an", "object"])
    assert check_node_data("delay", ["not", "an", "object"])[0].field == "data"
