"""Find in the canvas: steps whose card shows the text (title, summary) or whose id or type
holds it. Cards not made yet (a large journey still opening) are read from the document."""

from __future__ import annotations

from collections.abc import Mapping

from journey_builder.canvas.items import NodeItem
from journey_builder.document import EditableJourney
from journey_builder.i18n import node_summary_text, node_title_text

__all__ = ["find_nodes"]


def find_nodes(doc: EditableJourney, cards: Mapping[str, NodeItem], text: str) -> list[str]:
    """Keys of nodes whose title, summary, id or type contains ``text`` (any case), in
    document order."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found = []
    for key in doc.node_keys():
        node = doc.node(key)
        card = cards.get(key)
        if card is not None:
            title, summary = card.title, card.summary
        else:  # not made yet: what its card will show
            data = node.data if isinstance(node.data, dict) else {}
            title = node_title_text(node.type, data)
            summary = node_summary_text(node.type, data)
        if any(needle in s.casefold() for s in (title, summary, node.id, node.type)):
            found.append(key)
    return found
