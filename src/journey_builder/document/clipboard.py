"""Copied fragments as text: definition JSON (``{"nodes": [...], "edges": [...]}``).

Plain JSON so a copy pastes into a text editor and back, and between tabs and app instances.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from journey_builder.model import WorkflowDefinition

__all__ = ["FRAGMENT_MIME_TYPE", "fragment_from_text", "fragment_to_text"]

#: The clipboard format the canvas adds beside plain text.
FRAGMENT_MIME_TYPE = "application/x-journey-builder-fragment+json"


def fragment_to_text(fragment: WorkflowDefinition) -> str:
    """The fragment as indented definition JSON."""
    return json.dumps(fragment.to_json(), indent=2, ensure_ascii=False) + "\n"


def fragment_from_text(text: str) -> WorkflowDefinition | None:
    """A fragment from clipboard text: a definition, or anything holding one under
    ``definition`` (a journey file). None when the text is not a journey fragment."""
    try:
        obj: Any = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, dict) and isinstance(obj.get("definition"), dict):
        obj = obj["definition"]
    if not isinstance(obj, dict) or not isinstance(obj.get("nodes"), list):
        return None
    try:
        return WorkflowDefinition.model_validate(obj)
    except ValidationError:
        return None
