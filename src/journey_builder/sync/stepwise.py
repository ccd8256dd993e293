"""Large journeys converted item by item, so a worker thread gives the GIL back between items.

One pydantic-core or ``json`` call over a whole 5,000-step journey holds the GIL for 50-150 ms,
and the GUI thread waits all that time. These helpers give the same results as the single call
(same dicts, same models, same bytes) with one call per step and per connection instead. A
failure is always left to the single call, so its error message is the one the user sees.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from journey_builder.model import SERVER_MANAGED_FIELDS, Edge, Node, WorkflowDefinition

__all__ = ["api_body_in_steps", "dump_in_steps", "json_bytes_in_steps", "validate_in_steps"]

_M = TypeVar("_M", bound=BaseModel)
_WITHOUT_ITEMS: Any = {"definition": {"nodes": True, "edges": True}}
_ITEMS = (("nodes", Node), ("edges", Edge))


def dump_in_steps(model: BaseModel) -> dict[str, Any]:
    """``model.to_json()`` of a model with a ``definition``, one step/connection at a time."""
    definition = getattr(model, "definition", None)
    exclude = _WITHOUT_ITEMS if isinstance(definition, WorkflowDefinition) else None
    top = model.model_dump(
        mode="json", exclude_unset=True, by_alias=True, warnings=False, exclude=exclude
    )
    if exclude is None or not isinstance(top.get("definition"), dict):
        return top
    parts: dict[str, Any] = {}
    fields_set = definition.model_fields_set  # type: ignore[union-attr]
    for key, _cls in _ITEMS:
        if key in fields_set:
            parts[key] = [item.to_json() for item in getattr(definition, key)]
    parts.update(top["definition"])
    top["definition"] = parts
    return top


def api_body_in_steps(doc: Any) -> dict[str, Any]:
    """``doc.api_body()`` of a :class:`JourneyDocument`, one step/connection at a time."""
    body = dump_in_steps(doc)
    for key in SERVER_MANAGED_FIELDS:
        body.pop(key, None)
    return body


def validate_in_steps(model: type[_M], data: Any) -> _M:
    """``model.model_validate(data)``, building the definition's steps and connections one
    by one. Data that does not build this way goes to the single call (and its error)."""
    definition = data.get("definition") if isinstance(data, dict) else None
    if not isinstance(definition, dict) or "definition" not in model.model_fields:
        return model.model_validate(data)
    try:
        parts: dict[str, Any] = {}
        for key, cls in _ITEMS:
            if key in definition:
                items = definition[key]
                if not isinstance(items, list):
                    return model.model_validate(data)
                parts[key] = [cls.model_validate(item) for item in items]
        parts.update((k, v) for k, v in definition.items() if k not in parts)
        top = dict(data)
        top["definition"] = WorkflowDefinition.model_validate(parts)
        return model.model_validate(top)
    except ValidationError:
        return model.model_validate(data)


def json_bytes_in_steps(value: Any) -> bytes:
    """The request body httpx would send for ``json=value`` (compact UTF-8 JSON), encoded
    one step/connection at a time."""
    return _encode(value, 0).encode("utf-8")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _encode(value: Any, depth: int) -> str:
    """Containers down to the steps themselves (body -> definition -> list -> step) are
    written here; everything inside a step is one ``json.dumps`` call."""
    if depth < 3 and isinstance(value, dict) and all(isinstance(k, str) for k in value):
        inner = ",".join(f"{_dumps(k)}:{_encode(v, depth + 1)}" for k, v in value.items())
        return "{" + inner + "}"
    if depth < 3 and isinstance(value, list | tuple):
        return "[" + ",".join(_encode(v, depth + 1) for v in value) + "]"
    return _dumps(value)
