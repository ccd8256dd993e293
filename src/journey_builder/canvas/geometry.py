"""Card geometry shared by the drawing code and the (Qt-free) auto-layout.

A node's ``position`` is the top-left corner of its card, as in React Flow. Outputs sit on the
bottom edge in equal slots; each output's label hangs just below its port, on the edge's start
(a :class:`Port` names one). No Qt here, so the layout can be tested and run without it.
"""

from __future__ import annotations

__all__ = [
    "GRID",
    "LABEL_DROP",
    "NODE_HEIGHT",
    "NODE_WIDTH",
    "PORT_RADIUS",
    "PORT_SLOT",
    "Port",
    "card_bounds",
    "node_size",
    "output_x",
]

#: Width of a card with up to two outputs.
NODE_WIDTH = 248.0
#: Height of every card (icon, title, summary).
NODE_HEIGHT = 64.0
#: Width each output needs when a node has many (random split with 5 branches).
PORT_SLOT = 104.0
#: Radius of a port circle.
PORT_RADIUS = 5.0
#: How far below the card an output's label reaches (drawn on the edge's start).
LABEL_DROP = 30.0
#: Snap-to-grid step; the background dots use it too.
GRID = 16.0


def node_size(output_count: int) -> tuple[float, float]:
    """Width and height of a card with this many outputs."""
    return max(NODE_WIDTH, output_count * PORT_SLOT), NODE_HEIGHT


def output_x(index: int, count: int, width: float) -> float:
    """The x of output ``index`` of ``count`` on a card ``width`` wide (card coordinates)."""
    if count <= 1:
        return width / 2
    slot = width / count
    return slot * (index + 0.5)


def card_bounds(width: float, height: float) -> tuple[float, float, float, float]:
    """(left, top, width, height) of what a card draws, relative to its position: the card,
    its ports, the output labels below it and the problem badge on its corner."""
    return -12.0, -12.0, width + 24.0, height + LABEL_DROP + 14.0


class Port:
    """A port under the mouse: ``output`` False is the input; ``handle`` names an output."""

    __slots__ = ("handle", "output")

    def __init__(self, output: bool, handle: str | None) -> None:
        self.output = output
        self.handle = handle

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Port) and (other.output, other.handle) == (
            self.output,
            self.handle,
        )

    def __hash__(self) -> int:
        return hash((self.output, self.handle))

    def __repr__(self) -> str:
        return f"Port(output={self.output}, handle={self.handle!r})"
