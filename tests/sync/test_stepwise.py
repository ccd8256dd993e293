"""The item-by-item conversions give exactly what the single pydantic/json call gives."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from journey_builder.document.generate import generate_journey
from journey_builder.model import Journey, JourneyDocument
from journey_builder.sync.stepwise import (
    api_body_in_steps,
    dump_in_steps,
    json_bytes_in_steps,
    validate_in_steps,
)

from .samples import rich_body


def _server_journey() -> dict[str, Any]:
    return {"id": "jrn_1", "updatedAt": "2025-01-01T00:00:00Z", "status": "draft", **rich_body()}


def _httpx_bytes(value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def test_a_server_journey_builds_and_dumps_the_same_as_one_call() -> None:
    data = _server_journey()
    whole = Journey.model_validate(data)
    stepped = validate_in_steps(Journey, data)
    assert stepped == whole
    assert json.dumps(dump_in_steps(stepped)) == json.dumps(whole.to_json())
    assert dump_in_steps(stepped) == data  # unknown fields at every level kept


def test_a_document_body_is_the_same_as_api_body_key_for_key() -> None:
    doc = JourneyDocument.model_validate(_server_journey())
    assert json.dumps(api_body_in_steps(doc)) == json.dumps(doc.api_body())
    big = generate_journey(300)
    assert json.dumps(api_body_in_steps(big)) == json.dumps(big.api_body())


def test_missing_lists_and_definitions_stay_missing() -> None:
    no_edges = {"name": "n", "definition": {"nodes": [], "xKept": 1}}
    doc = validate_in_steps(JourneyDocument, no_edges)
    assert dump_in_steps(doc) == doc.to_json() == no_edges
    summary = validate_in_steps(Journey, {"id": "jrn_2", "name": "summary"})
    assert dump_in_steps(summary) == {"id": "jrn_2", "name": "summary"}


def test_a_bad_step_raises_the_single_calls_error() -> None:
    data = _server_journey()
    data["definition"]["nodes"][1]["position"] = "here"
    with pytest.raises(ValidationError) as whole:
        Journey.model_validate(data)
    with pytest.raises(ValidationError) as stepped:
        validate_in_steps(Journey, data)
    assert stepped.value.errors() == whole.value.errors()


def test_the_request_bytes_are_what_httpx_would_send() -> None:
    body = api_body_in_steps(generate_journey(200))
    body["name"] = "Café ☕ “quoted”"
    body["definition"]["xTuple"] = (1, 2.5, None, True)
    assert json_bytes_in_steps(body) == _httpx_bytes(body)
    with pytest.raises(ValueError):
        json_bytes_in_steps({"definition": {"nodes": [{"x": float("nan")}]}})
