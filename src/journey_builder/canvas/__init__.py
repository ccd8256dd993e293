"""The node-graph canvas: scene, view and minimap, built from the document and following its
signals; plus the headless renderer behind ``journey-builder render`` and File › Export image.

The names below are imported on first use, so ``journey-builder render`` of a zoomed-out PNG
loads neither QtWidgets nor the scene (see :mod:`journey_builder.canvas.render`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journey_builder.canvas.items import DETAIL_THRESHOLD, BadgeItem, EdgeItem, NodeItem
    from journey_builder.canvas.minimap import MiniMap
    from journey_builder.canvas.render import render_document
    from journey_builder.canvas.scene import JourneyScene
    from journey_builder.canvas.style import CATEGORY_COLOURS, CanvasStyle, preset_palette
    from journey_builder.canvas.view import NODE_TYPE_MIME_TYPE, JourneyView

__all__ = [
    "CATEGORY_COLOURS",
    "DETAIL_THRESHOLD",
    "NODE_TYPE_MIME_TYPE",
    "BadgeItem",
    "CanvasStyle",
    "EdgeItem",
    "JourneyScene",
    "JourneyView",
    "MiniMap",
    "NodeItem",
    "preset_palette",
    "render_document",
]

#: Where each exported name lives.
_HOMES = {
    "CATEGORY_COLOURS": "style",
    "DETAIL_THRESHOLD": "items",
    "NODE_TYPE_MIME_TYPE": "view",
    "BadgeItem": "items",
    "CanvasStyle": "style",
    "EdgeItem": "items",
    "JourneyScene": "scene",
    "JourneyView": "view",
    "MiniMap": "minimap",
    "NodeItem": "items",
    "preset_palette": "style",
    "render_document": "render",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
