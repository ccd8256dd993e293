"""Auto-layout: a layered, top-to-bottom drawing of a journey (Sugiyama style), without Qt.

1. Layers: depth-first from the start finds the back edges (loops), which are left out;
   every other node goes one layer below its deepest predecessor (longest path).
2. Edges that skip layers get invisible waypoints so they keep a lane of their own.
3. Order within layers: depth-first order, then barycentric sweeps down and up that count
   crossings and keep the best order; an output's position on its card counts, so a "Yes"
   branch stays left of its "No" branch.
4. x: each layer is placed as close as possible to where its parents' outputs (going down) or
   its children (going up) want it, under the minimum spacing, by weighted isotonic regression
   (pool adjacent violators), a few rounds, ending on a downward round.

Everything runs in time about linear in nodes + edges (times a small number of sweeps).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from journey_builder.canvas.geometry import LABEL_DROP, output_x

__all__ = ["LayoutEdge", "layered_layout"]

_SWEEPS = 6
_X_ROUNDS = 8
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
) -> list[_Vertex]:
    rank = {n: float(i) for i, n in enumerate(order)}
    vertices = [_Vertex(n, layer[n], sizes[n][0], True, rank[n], [], []) for n in order]
    index = {n: i for i, n in enumerate(order)}
    for node in order:
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


def _order_layers(vertices: list[_Vertex], layer_count: int) -> list[list[int]]:
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


def _place_row(
    desired: Sequence[float], weights: Sequence[float], gaps: Sequence[float]
) -> list[float]:
    """Positions closest (weighted least squares) to ``desired`` with ``x[i+1] - x[i] >= gaps[i]``.

    Pool adjacent violators on ``desired[i] - offset[i]``, which must be non-decreasing.
    """
    offsets = [0.0]
    for gap in gaps:
        offsets.append(offsets[-1] + gap)
    blocks: list[list[float]] = []  # [weight, weighted sum, count]
    for d, w, o in zip(desired, weights, offsets, strict=True):
        blocks.append([w, w * (d - o), 1])
        while len(blocks) > 1 and (blocks[-2][1] / blocks[-2][0] > blocks[-1][1] / blocks[-1][0]):
            w2, s2, c2 = blocks.pop()
            blocks[-1][0] += w2
            blocks[-1][1] += s2
            blocks[-1][2] += c2
    result: list[float] = []
    for w, s, c in blocks:
        result.extend([s / w] * int(c))
    return [y + o for y, o in zip(result, offsets, strict=True)]


def _assign_x(vertices: list[_Vertex], layers: list[list[int]], h_gap: float) -> dict[int, float]:
    x: dict[int, float] = {}

    def gap(a: int, b: int) -> float:
        va, vb = vertices[a], vertices[b]
        space = h_gap if va.real and vb.real else (h_gap / 2 if va.real or vb.real else 12.0)
        return (va.width + vb.width) / 2 + space

    gaps_of = [[gap(m[i], m[i + 1]) for i in range(len(m) - 1)] for m in layers]
    for members, gaps in zip(layers, gaps_of, strict=True):
        cursor = -sum(gaps) / 2
        for i, v in enumerate(members):
            if i:
                cursor += gaps[i - 1]
            x[v] = cursor

    rounds = list(range(_X_ROUNDS))
    for r in rounds:
        down = r % 2 == 0 or r == rounds[-1]
        sequence = range(len(layers)) if down else range(len(layers) - 1, -1, -1)
        for k in sequence:
            members = layers[k]
            desired: list[float] = []
            weights: list[float] = []
            for v in members:
                links = vertices[v].parents if down else vertices[v].children
                if links:
                    if down:
                        target = sum(x[o] + off for o, off in links) / len(links)
                    else:
                        target = sum(x[o] - off for o, off in links) / len(links)
                    desired.append(target)
                    weights.append(len(links) * (2.0 if not vertices[v].real else 1.0))
                else:
                    desired.append(x[v])
                    weights.append(0.05)
            for v, value in zip(members, _place_row(desired, weights, gaps_of[k]), strict=True):
                x[v] = value
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
    if not nodes:
        return {}
    known = set(nodes)
    out: dict[str, list[LayoutEdge]] = {n: [] for n in nodes}
    for e in edges:
        if e.source in known and e.target in known and e.source != e.target:
            out[e.source].append(e)
    for edge_list in out.values():
        edge_list.sort(key=lambda e: e.port)
    order, back = _depth_first(nodes, out, roots)
    forward = {
        n: [e for e in edge_list if (e.source, e.target, e.port) not in back]
        for n, edge_list in out.items()
    }
    layer = _longest_path_layers(order, forward)
    vertices = _build_vertices(order, sizes, forward, layer)
    layer_count = max(layer.values()) + 1
    layers = _order_layers(vertices, layer_count)
    x = _assign_x(vertices, layers, h_gap)

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
