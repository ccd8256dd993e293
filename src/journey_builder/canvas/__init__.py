"""The node-graph canvas: scene, view and minimap, built from the document and following its
signals; plus the headless renderer behind ``journey-builder render`` and File › Export image."""

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
