"""Auto-layout: a layered, top-to-bottom drawing of a journey (Sugiyama style), without Qt.

1. Layers: depth-first from the start finds the back edges (loops), which are left out;
   every other node goes one layer below its deepest predecessor (longest path).
2. Edges that skip layers get invisible waypoints so they keep a lane of their own.
3. Order within layers: depth-first order, then barycentric sweeps down and up that count
   crossings and keep the best order; an output's position on its card counts, so a "Yes"
   branch stays left of its "No" branch.
4. x: a tidy tree (Reingold-Tilford style) over "first parent" links: subtrees sit side by
   side as close as their outlines allow, each parent centred over its children. Subtrees
   never share a layer's space, so cards never overlap and branches stay apart.

Everything runs in time about linear in nodes + edges (times a small number of sweeps; the
outline merges cost the depth of the shallower subtree). :func:`layered_layout_steps` does the
same work a phase at a time (a generator), so a caller on the GUI thread can let the event loop
run between phases; :func:`layered_layout` runs it through.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from journey_builder.canvas.geometry import LABEL_DROP, output_x

__all__ = ["LayoutEdge", "layered_layout", "layered_layout_steps", "run_to_end"]

_Result = TypeVar("_Result")

_SWEEPS = 6
_VERTEX_CHUNK = 2000
_DUMMY_WIDTH = 20.0


@dataclass(frozen=True)
class LayoutEdge:
    """An edge to lay out: from output ``port`` of ``ports`` on ``source`` to ``target``."""

    source: str
    target: str
    port: int = 0
    ports: int = 1


@dataclass
class _Vertex:
    """A node or a waypoint of a long edge in the layered graph."""

    name: str
    layer: int
    width: float
    real: bool
    rank: float
    parents: list[tuple[int, float]]  # (vertex index, x offset of the port from its centre)
    children: list[tuple[int, float]]


def _depth_first(
    nodes: Sequence[str], out: Mapping[str, list[LayoutEdge]], roots: Sequence[str]
) -> tuple[list[str], set[tuple[str, str, int]]]:
    """Preorder of all nodes and the set of back edges, starting from ``roots``."""
    incoming = {e.target for edges in out.values() for e in edges}
    starts = [r for r in roots if r in out]
    starts += [n for n in nodes if n not in incoming]
    starts += list(nodes)
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    order: list[str] = []
    back: set[tuple[str, str, int]] = set()
    for root in starts:
        if root in state:
            continue
        state[root] = 1
        order.append(root)
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node, i = stack[-1]
            edges = out[node]
            if i == len(edges):
                state[node] = 2
                stack.pop()
                continue
            stack[-1] = (node, i + 1)
            edge = edges[i]
            seen = state.get(edge.target)
            if seen == 1:
                back.add((edge.source, edge.target, edge.port))
            elif seen is None:
                state[edge.target] = 1
                order.append(edge.target)
                stack.append((edge.target, 0))
    return order, back


def _longest_path_layers(
    order: Sequence[str], forward: Mapping[str, list[LayoutEdge]]
) -> dict[str, int]:
    indegree = dict.fromkeys(order, 0)
    for edges in forward.values():
        for e in edges:
            indegree[e.target] += 1
    layer = dict.fromkeys(order, 0)
    ready = [n for n in reversed(order) if indegree[n] == 0]
    while ready:
        node = ready.pop()
        for e in forward[node]:
            layer[e.target] = max(layer[e.target], layer[node] + 1)
            indegree[e.target] -= 1
            if indegree[e.target] == 0:
                ready.append(e.target)
    return layer


def _build_vertices(
    order: Sequence[str],
    sizes: Mapping[str, tuple[float, float]],
    forward: Mapping[str, list[LayoutEdge]],
    layer: Mapping[str, int],
) -> Generator[None, None, list[_Vertex]]:
    """The layered graph: a vertex per node, and one per layer a long edge crosses; yields
    every few thousand vertices made (long edges make many waypoints)."""
    rank = {n: float(i) for i, n in enumerate(order)}
    vertices = [_Vertex(n, layer[n], sizes[n][0], True, rank[n], [], []) for n in order]
    index = {n: i for i, n in enumerate(order)}
    made = len(vertices)
    for node in order:
        if len(vertices) - made >= _VERTEX_CHUNK:
            made = len(vertices)
            yield
        width = sizes[node][0]
        for e in forward[node]:
            offset = output_x(e.port, e.ports, width) - width / 2
            src = index[node]
            tgt = index[e.target]
            for step in range(layer[node] + 1, layer[e.target]):
                waypoint = _Vertex(
                    f"{node}->{e.target}#{step}",
                    step,
                    _DUMMY_WIDTH,
                    False,
                    rank[node] + 0.5 + e.port * 0.01,
                    [(src, offset)],
                    [],
                )
                vertices.append(waypoint)
                here = len(vertices) - 1
                vertices[src].children.append((here, offset))
                src, offset = here, 0.0
            vertices[src].children.append((tgt, offset))
            vertices[tgt].parents.append((src, offset))
    return vertices


def _crossings(upper: Sequence[int], pos: Mapping[int, float], vertices: list[_Vertex]) -> int:
    """Edge crossings between a layer and the next (inversions, with a Fenwick tree)."""
    pairs: list[tuple[float, float, float]] = []
    for v in upper:
        width = vertices[v].width
        for child, offset in vertices[v].children:
            pairs.append((pos[v], offset / (width + 1.0), pos[child]))
    if len(pairs) < 2:
        return 0
    pairs.sort()
    targets = sorted({p[2] for p in pairs})
    slot = {t: i + 1 for i, t in enumerate(targets)}
    tree = [0] * (len(targets) + 1)
    crossings = 0
    for seen, (_pos, _off, target) in enumerate(pairs):
        i = slot[target]
        # count already-seen targets strictly to the right of this one
        j, not_greater = i, 0
        while j > 0:
            not_greater += tree[j]
            j -= j & -j
        crossings += seen - not_greater
        while i < len(tree):
            tree[i] += 1
            i += i & -i
    return crossings


def _order_layers(
    vertices: list[_Vertex], layer_count: int
) -> Generator[None, None, list[list[int]]]:
    """The order within each layer; yields after counting crossings and after each sweep."""
    layers: list[list[int]] = [[] for _ in range(layer_count)]
    for i, vertex in enumerate(vertices):
        layers[vertex.layer].append(i)
    for members in layers:
        members.sort(key=lambda i: vertices[i].rank)

    def positions() -> dict[int, float]:
        return {v: float(p) for members in layers for p, v in enumerate(members)}

    def total_crossings(pos: Mapping[int, float]) -> int:
        return sum(_crossings(layers[k], pos, vertices) for k in range(layer_count - 1))

    pos = positions()
    best = [list(m) for m in layers]
    best_count = total_crossings(pos)
    for sweep in range(_SWEEPS):
        yield
        down = sweep % 2 == 0
        sequence = range(1, layer_count) if down else range(layer_count - 2, -1, -1)
        for k in sequence:
            members = layers[k]
            keys: dict[int, float] = {}
            for v in members:
                links = vertices[v].parents if down else vertices[v].children
                if not links:
                    keys[v] = pos[v]
                    continue
                total = 0.0
                for other, offset in links:
                    width = vertices[other].width if down else vertices[v].width
                    share = offset / (width + 1.0)
                    total += pos[other] + (share if down else -share)
                keys[v] = total / len(links)
            members.sort(key=lambda v: keys[v])
            for p, v in enumerate(members):
                pos[v] = float(p)
        count = total_crossings(pos)
        if count < best_count:
            best_count = count
            best = [list(m) for m in layers]
        if best_count == 0:
            break
    return best


class _Contour:
    """The left and right edge of a subtree on each layer, deepest layer first.

    Stored values plus ``shift`` are x offsets from the subtree root's centre; keeping the
    shift apart lets a parent adopt a child's contour without copying it.
    """

    __slots__ = ("extents", "shift")

    def __init__(self, left: float, right: float) -> None:
        self.extents: list[list[float]] = [[left, right]]
        self.shift = 0.0


def _gap_needed(left: _Contour, right: _Contour) -> float:
    """How far right of ``left``'s frame ``right``'s root must go so no layer overlaps."""
    need = float("-inf")
    a, b = left.extents, right.extents
    for d in range(1, min(len(a), len(b)) + 1):
        need = max(need, (a[-d][1] + left.shift) - (b[-d][0] + right.shift))
    return need


def _merge(left: _Contour, right: _Contour, offset: float) -> _Contour:
    """The contour of ``left`` and ``right`` (its root ``offset`` right of left's frame),
    in left's frame; the shorter list is folded into the longer one."""
    right.shift += offset
    if len(right.extents) > len(left.extents):
        big, small, small_is_left = right, left, True
    else:
        big, small, small_is_left = left, right, False
    for d in range(1, len(small.extents) + 1):
        side = 0 if small_is_left else 1
        big.extents[-d][side] = small.extents[-d][side] + small.shift - big.shift
    return big


def _assign_x(vertices: list[_Vertex], layers: list[list[int]], h_gap: float) -> dict[int, float]:
    """x of every vertex, as a tidy tree (Reingold-Tilford style): each vertex is adopted by
    its first parent (leftmost in the layer above), subtrees sit side by side as close as
    their outlines allow, and a parent is centred over its children. Subtrees never overlap,
    so cards never do, and edges inside the tree stay short."""
    position = {v: i for members in layers for i, v in enumerate(members)}
    adopted: dict[int, list[int]] = {}
    roots: list[int] = []
    for members in layers:
        for v in members:
            parents = vertices[v].parents
            if parents:
                parent = min(parents, key=lambda link: position[link[0]])[0]
                adopted.setdefault(parent, []).append(v)
            else:
                roots.append(v)

    def half(v: int) -> float:
        vertex = vertices[v]
        return (vertex.width + (h_gap if vertex.real else 12.0)) / 2

    def side_by_side(kids: list[int]) -> tuple[_Contour, list[float]]:
        """Contours of ``kids`` packed left to right; their offsets from the first one."""
        acc = contour[kids[0]]
        offsets = [0.0]
        for kid in kids[1:]:
            offset = _gap_needed(acc, contour[kid])
            offsets.append(offset)
            acc = _merge(acc, contour[kid], offset)
        return acc, offsets

    contour: dict[int, _Contour] = {}
    relative: dict[int, float] = {}  # a child's centre minus its parent's
    for members in reversed(layers):
        for v in members:
            kids = adopted.get(v)
            if not kids:
                contour[v] = _Contour(-half(v), half(v))
                continue
            acc, offsets = side_by_side(kids)
            middle = (offsets[0] + offsets[-1]) / 2
            for kid, offset in zip(kids, offsets, strict=True):
                relative[kid] = offset - middle
            acc.shift -= middle
            acc.extents.append([-half(v) - acc.shift, half(v) - acc.shift])
            contour[v] = acc
    x: dict[int, float] = {}
    if not roots:
        return x
    _acc, offsets = side_by_side(roots)
    stack = list(zip(roots, offsets, strict=True))
    while stack:
        v, centre = stack.pop()
        x[v] = centre
        for kid in adopted.get(v, ()):
            stack.append((kid, centre + relative[kid]))
    return x


def layered_layout(
    nodes: Sequence[str],
    sizes: Mapping[str, tuple[float, float]],
    edges: Sequence[LayoutEdge],
    roots: Sequence[str] = (),
    *,
    h_gap: float = 40.0,
    v_gap: float = 56.0,
    origin: tuple[float, float] = (0.0, 0.0),
) -> dict[str, tuple[float, float]]:
    """Top-left positions (whole numbers) for ``nodes`` (sizes ``(width, height)``), top to bottom.

    ``roots`` (the start node) come first; edges to unknown nodes and self-loops are ignored.
    The drawing's top-left corner is at ``origin``.
    """
    return run_to_end(
        layered_layout_steps(nodes, sizes, edges, roots, h_gap=h_gap, v_gap=v_gap, origin=origin)
    )


def run_to_end(steps: Generator[None, None, _Result]) -> _Result:
    """Run a layout done a phase at a time (``*_steps``) in one go, and return its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: _Result = done.value
            return result


def layered_layout_steps(
    nodes: Sequence[str],
    sizes: Mapping[str, tuple[float, float]],
    edges: Sequence[LayoutEdge],
    roots: Sequence[str] = (),
    *,
    h_gap: float = 40.0,
    v_gap: float = 56.0,
    origin: tuple[float, float] = (0.0, 0.0),
) -> Generator[None, None, dict[str, tuple[float, float]]]:
    """:func:`layered_layout` a phase at a time: yields between phases (each about linear in
    nodes + edges), returns the positions."""
    if not nodes:
        return {}
    known = set(nodes)
    out: dict[str, list[LayoutEdge]] = {n: [] for n in nodes}
    for e in edges:
        if e.source in known and e.target in known and e.source != e.target:
            out[e.source].append(e)
    for edge_list in out.values():
        edge_list.sort(key=lambda e: e.port)
    yield
    order, back = _depth_first(nodes, out, roots)
    forward = {
        n: [e for e in edge_list if (e.source, e.target, e.port) not in back]
        for n, edge_list in out.items()
    }
    yield
    layer = _longest_path_layers(order, forward)
    yield
    vertices = yield from _build_vertices(order, sizes, forward, layer)
    layer_count = max(layer.values()) + 1
    yield
    layers = yield from _order_layers(vertices, layer_count)
    yield
    x = _assign_x(vertices, layers, h_gap)
    yield

    heights = [0.0] * layer_count
    for v in vertices:
        if v.real:
            heights[v.layer] = max(heights[v.layer], sizes[v.name][1])
    tops = [0.0]
    for k in range(layer_count - 1):
        tops.append(tops[-1] + heights[k] + LABEL_DROP + v_gap)

    left = min(x[i] - v.width / 2 for i, v in enumerate(vertices) if v.real)
    ox, oy = origin
    return {
        v.name: (round(x[i] - v.width / 2 - left + ox), round(tops[v.layer] + oy))
        for i, v in enumerate(vertices)
        if v.real
    }
