"""The editable journey: the one object that changes a journey document.

Every user edit is one :class:`~journey_builder.document.commands.EditCommand` on the undo
stack; views (canvas, inspector, problems) follow the signals and never write to the document.
Signals carry *keys* ("n3", "e7"): stable handles, because a file may hold duplicate node ids or
edges without ids. Keys live as long as this object; an undone removal brings the same key back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from journey_builder.document._ops import (
    FieldOp,
    InsertEdgeOp,
    InsertNodeOp,
    Op,
    RemoveManyOp,
    ReplaceDocumentOp,
    TopFieldsOp,
    TopState,
)
from journey_builder.document.commands import EditCommand
from journey_builder.document.keyed import KeyedJourney
from journey_builder.i18n import catalogue_text, node_title_text, output_label
from journey_builder.model import (
    Edge,
    JourneyDocument,
    Node,
    Position,
    TriggerConfig,
    WorkflowDefinition,
    node_outputs,
    spec_for,
)

__all__ = ["NEW_NODE_GAP", "UNSET", "EditableJourney"]


class _Unset:
    """Marker for :meth:`EditableJourney.set_journey_fields`: remove the field from the file."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()

#: Vertical distance between a node and one added after it when no position is given.
NEW_NODE_GAP = 160.0
#: Horizontal distance between the outputs' children of a branching node.
_BRANCH_GAP = 260.0

_ID_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
_JOURNEY_FIELDS = tuple(n for n in JourneyDocument.model_fields if n != "definition")


def _number(value: float) -> int | float:
    """Whole positions are written as integers, as a hand-written file would have them."""
    rounded = round(value)
    return int(rounded) if abs(value - rounded) < 1e-6 else round(value, 2)


class EditableJourney(KeyedJourney):
    """The one object that mutates a :class:`JourneyDocument`. Every user edit = one undo step."""

    def __init__(
        self, document: JourneyDocument | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(document, parent)
        self._id_hint: dict[str, int] = {}
        self.undo_stack = QUndoStack(self)
        self.path: str | None = None

    # --- rules -------------------------------------------------------------------------------

    def can_connect(self, source_key: str, handle: str | None, target_key: str) -> str | None:
        """None when ``source``'s output ``handle`` may lead to ``target``; else a hint why not."""
        hint = self._source_hint(source_key, handle)
        if hint is not None:
            return hint
        if source_key == target_key:
            return self.tr("A step cannot lead to itself.")
        target = self.node(target_key)
        if target.type == "start":
            return self.tr(
                "Nothing can lead into the start step: contacts enter there from the trigger."
            )
        target_id = target.id
        for edge_key in self._edges_from_output(source_key, handle):
            if self.edge(edge_key).target == target_id:
                return self.tr("These steps are already connected this way.")
        if self._edges_from_output(source_key, handle):
            return self.tr(
                "The output {output} is already connected; delete its connection first."
            ).format(output=self._output_label(source_key, handle))
        return None

    def can_connect_from(self, source_key: str, handle: str | None) -> str | None:
        """None when a connection may start at this output; else a hint (exit, jump, no such
        output). A used output may start one: it is refused on the target with a clearer hint."""
        return self._source_hint(source_key, handle)

    def _source_hint(self, source_key: str, handle: str | None) -> str | None:
        node = self.node(source_key)
        spec = spec_for(node.type)
        title = self.title(source_key)
        if spec is not None and spec.terminal:
            if node.type == "jump_to":
                return self.tr("“{step}” jumps elsewhere; it has no outputs to connect.").format(
                    step=title
                )
            return self.tr("“{step}” ends the journey; it has no outputs to connect.").format(
                step=title
            )
        handles = [o.handle for o in self._outputs(source_key)]
        if handle not in handles:
            if not handles:
                return self.tr("“{step}” has no outputs to connect.").format(step=title)
            return self.tr("“{step}” has no output named “{handle}”.").format(
                step=title, handle=handle
            )
        return None

    # --- edits -------------------------------------------------------------------------------

    def add_node(
        self,
        node_type: str,
        position: tuple[float, float] | None,
        data: dict[str, Any] | None = None,
        *,
        after: tuple[str, str | None] | None = None,
    ) -> str:
        """Add a step (default data from the catalogue); ``after`` also connects it from that
        output. If that output is already connected, the new step goes in between."""
        spec = spec_for(node_type)
        if data is None:
            data = spec.default_data() if spec is not None else {}
            if node_type == "start":
                data = self._start_data_in_step(data)
        x, y = position if position is not None else self._place_new(after)
        node = Node(
            id=self._unique_node_id(node_type),
            type=node_type,
            position=Position(x=_number(x), y=_number(y)),
            data=dict(data),
        )
        key = self._new_node_key()
        ops: list[Op] = [InsertNodeOp(self, key, node)]
        name = catalogue_text(spec.display_name) if spec is not None else node_type
        text = self.tr("Add {step}").format(step=name)
        if after is not None:
            source_key, handle = after
            ops.extend(self._connect_after_ops(source_key, handle, node))
            text = self.tr("Add {step} after {other}").format(
                step=name, other=self.title(source_key)
            )
        self._push(text, ops)
        return key

    def remove(
        self, node_keys: Iterable[str], edge_keys: Iterable[str] = (), *, text: str | None = None
    ) -> None:
        """Delete steps and connections; connections of deleted steps go too. One step
        (``text`` names it, e.g. "Cut 3 steps"; by default "Delete ...")."""
        nodes = list(dict.fromkeys(k for k in node_keys if self.has_node(k)))
        picked_edges = [k for k in edge_keys if self.has_edge(k)]
        edges = dict.fromkeys(picked_edges)
        for key in nodes:
            edges.update(dict.fromkeys(self.edges_of(key)))
        if not nodes and not edges:
            return
        ops: list[Op] = []
        if edges:
            ops.append(RemoveManyOp(self, "edges", list(edges)))
        if nodes:
            ops.append(RemoveManyOp(self, "nodes", nodes))
        override = text
        if len(nodes) == 1 and not picked_edges:
            text = self.tr("Delete {step}").format(step=self.title(nodes[0]))
        elif nodes:
            text = self.tr("Delete %n step(s)", "", len(nodes))
        else:
            text = self.tr("Delete %n connection(s)", "", len(edges))
        self._push(text if override is None else override, ops)

    def disconnect_edges(self, edge_keys: Iterable[str]) -> None:
        """Delete connections (one step). (Not ``disconnect``: that is QObject's.)"""
        self.remove((), edge_keys)

    def move_nodes(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Move steps; a whole drag is one call and one undo step."""
        ops = self._position_ops(positions)
        if not ops:
            return
        if len(ops) == 1:
            text = self.tr("Move {step}").format(step=self.title(ops[0].key))
        else:
            text = self.tr("Move %n step(s)", "", len(ops))
        self._push(text, ops)

    def apply_layout(
        self, positions: Mapping[str, tuple[float, float]], text: str | None = None
    ) -> None:
        """Move many steps at once (auto-layout); one undo step."""
        ops = self._position_ops(positions)
        if ops:
            self._push(text or self.tr("Auto-layout"), ops)

    def place_unpositioned(self, positions: Mapping[str, tuple[float, float]]) -> None:
        """Give positions to steps the file left without one (on open); not an undo step.

        Steps that already have a position are left alone.
        """
        for key, (x, y) in positions.items():
            node = self._state.nodes.get(key)
            if node is None or node.position is not None:
                continue
            node.position = Position(x=_number(x), y=_number(y))
            self.nodeMoved.emit(key)

    def connect(  # type: ignore[override]  # the contract's name; signals use their own connect
        self, source_key: str, handle: str | None, target_key: str
    ) -> str:
        """Connect ``source``'s output ``handle`` to ``target``; ValueError(hint) if refused."""
        hint = self.can_connect(source_key, handle, target_key)
        if hint is not None:
            raise ValueError(hint)
        source = self.node(source_key)
        target = self.node(target_key)
        key = self._new_edge_key()
        edge = self._new_edge(source.id, handle, target.id)
        label = self._output_label(source_key, handle) if handle is not None else ""
        if label:
            text = self.tr("Connect {source} {output} to {target}").format(
                source=self.title(source_key), output=label, target=self.title(target_key)
            )
        else:
            text = self.tr("Connect {source} to {target}").format(
                source=self.title(source_key), target=self.title(target_key)
            )
        self._push(text, [InsertEdgeOp(self, key, edge)])
        return key

    def set_node_data(self, key: str, data: dict[str, Any], *, merge_id: str | None = None) -> None:
        """Replace a step's data. Edits with the same ``merge_id`` in a row are one undo step.

        Editing the start step's trigger or entry mode changes the journey's too (same step).
        """
        node = self.node(key)
        new = dict(data)
        if new == node.data and "data" in node.__pydantic_fields_set__:
            return
        ops: list[Op] = [FieldOp(self, key, node, "data", new)]
        if node.type == "start":
            top = self._journey_in_step_with(new)
            if top is not None:
                ops.append(top)
        merge_key = (key, merge_id) if merge_id is not None else None
        self._push(
            self.tr("Edit {step}").format(step=node_title_text(node.type, new)),
            ops,
            merge_key=merge_key,
        )

    def set_node_id(self, key: str, new_id: str) -> None:
        """Rename a step's id; its connections and the jumps that target it follow."""
        node = self.node(key)
        new_id = new_id.strip() if isinstance(new_id, str) else ""
        if not new_id:
            raise ValueError(self.tr("A step id cannot be empty."))
        old_id = node.id
        if new_id == old_id:
            return
        if new_id in self._state.keys_by_id:
            raise ValueError(self.tr("Another step already has the id “{id}”.").format(id=new_id))
        ops: list[Op] = [FieldOp(self, key, node, "id", new_id)]
        for edge_key in self.edges_of(key):
            edge = self.edge(edge_key)
            if edge.source == old_id:
                ops.append(FieldOp(self, edge_key, edge, "source", new_id))
            if edge.target == old_id:
                ops.append(FieldOp(self, edge_key, edge, "target", new_id))
        for other_key, other in self._state.nodes.items():
            if other.type == "jump_to" and other.data.get("targetNodeId") == old_id:
                ops.append(
                    FieldOp(self, other_key, other, "data", {**other.data, "targetNodeId": new_id})
                )
        self._push(self.tr("Rename step {old} to {new}").format(old=old_id, new=new_id), ops)

    def set_journey_fields(self, *, merge_id: str | None = None, **fields: Any) -> None:
        """Change the journey's own fields: ``name``, ``entryMode``, ``triggerConfig`` (a dict or
        :class:`TriggerConfig`), ``id``, ``updatedAt`` or any other top-level key; ``UNSET``
        removes a field. Start steps' trigger and entry mode follow (same undo step)."""
        if "definition" in fields:
            raise ValueError("Use replace_document to replace the definition.")
        doc = self.document
        old = TopState.of(doc)
        values = dict(old.values)
        fields_set = set(old.fields_set)
        extras = dict(old.extras)
        for name, value in fields.items():
            if name in _JOURNEY_FIELDS:
                if value is UNSET:
                    values[name] = None
                    fields_set.discard(name)
                    continue
                if name == "triggerConfig" and isinstance(value, Mapping):
                    value = TriggerConfig.model_validate(dict(value))
                values[name] = value
                fields_set.add(name)
            elif value is UNSET:
                extras.pop(name, None)
                fields_set.discard(name)
            else:
                extras[name] = value
                fields_set.add(name)
        new = TopState(values=values, fields_set=frozenset(fields_set), extras=extras)
        if new == old:
            return
        ops: list[Op] = [TopFieldsOp(self, old, new)]
        ops.extend(self._starts_in_step_with(new))
        if set(fields) == {"name"}:
            text = self.tr("Rename journey")
        elif set(fields) <= {"triggerConfig", "entryMode"}:
            text = (
                self.tr("Change trigger")
                if "triggerConfig" in fields
                else self.tr("Change entry mode")
            )
        else:
            text = self.tr("Edit journey settings")
        merge_key = ("journey", merge_id) if merge_id is not None else None
        self._push(text, ops, merge_key=merge_key)

    def paste(
        self, fragment: WorkflowDefinition, offset: tuple[float, float] = (40, 40)
    ) -> list[str]:
        """Add copies of a fragment's nodes under new ids, with the edges between them.

        Edges to nodes outside the fragment are dropped; jumps inside it are re-pointed.
        Returns the new node keys (to select them). One undo step.
        """
        dx, dy = offset
        id_map: dict[str, str] = {}
        added: list[tuple[str, Node]] = []
        taken: set[str] = set()
        for original in fragment.nodes:
            node = Node.model_validate(original.to_json())
            new_id = self._unique_node_id(node.type, taken=taken)
            taken.add(new_id)
            id_map.setdefault(original.id, new_id)
            node.id = new_id
            if node.position is not None:
                node.position = Position.model_validate(
                    {
                        **node.position.to_json(),
                        "x": _number(float(node.position.x) + dx),
                        "y": _number(float(node.position.y) + dy),
                    }
                )
            else:
                node.position = Position(x=_number(dx), y=_number(dy))
            added.append((self._new_node_key(), node))
        if not added:
            return []
        for _key, node in added:
            target = node.data.get("targetNodeId") if isinstance(node.data, dict) else None
            if node.type == "jump_to" and isinstance(target, str) and target in id_map:
                node.data = {**node.data, "targetNodeId": id_map[target]}
        ops: list[Op] = [InsertNodeOp(self, key, node) for key, node in added]
        taken_edge_ids: set[str] = set()
        for original_edge in fragment.edges:
            src = id_map.get(original_edge.source or "")
            tgt = id_map.get(original_edge.target or "")
            if src is None or tgt is None:
                continue
            edge = Edge.model_validate(original_edge.to_json())
            edge.source = src
            edge.target = tgt
            if edge.id is not None:
                edge.id = self._unique_edge_id(src, edge.sourceHandle, tgt, taken_edge_ids)
                taken_edge_ids.add(edge.id)
            ops.append(InsertEdgeOp(self, self._new_edge_key(), edge))
        self._push(self.tr("Paste %n step(s)", "", len(added)), ops)
        return [key for key, _node in added]

    def replace_document(self, document: JourneyDocument, text: str) -> None:
        """Replace everything (restore a version, take the server's copy). One undo step."""
        self._push(text, [ReplaceDocumentOp(self, document)])

    def reset_document(self, document: JourneyDocument) -> None:
        """Start over on another document, forgetting the undo history (not an undo step)."""
        self.undo_stack.clear()
        self._swap_state(self._fresh_state(document))
        self.changed.emit()

    # --- helpers -----------------------------------------------------------------------------

    def _push(self, text: str, ops: Sequence[Op], *, merge_key: Any = None) -> None:
        self.undo_stack.push(EditCommand(self, text, ops, merge_key=merge_key))

    def _outputs(self, node_key: str) -> list[Any]:
        node = self.node(node_key)
        return node_outputs(node.type, node.data if isinstance(node.data, dict) else {})

    def _output_label(self, node_key: str, handle: str | None) -> str:
        for out in self._outputs(node_key):
            if out.handle == handle:
                return f"“{output_label(out)}”"
        return f"“{handle}”"

    def _edges_from_output(self, node_key: str, handle: str | None) -> list[str]:
        return [k for k in self.outgoing(node_key) if (self.edge(k).sourceHandle or None) == handle]

    def _unique_node_id(self, node_type: str, taken: set[str] | None = None) -> str:
        base = _ID_SAFE.sub("_", node_type).strip("_") or "node"
        n = self._id_hint.get(base, 1)
        while f"{base}_{n}" in self._state.keys_by_id or (taken and f"{base}_{n}" in taken):
            n += 1
        self._id_hint[base] = n + 1
        return f"{base}_{n}"

    def _unique_edge_id(
        self, source: str, handle: str | None, target: str, taken: set[str] | None = None
    ) -> str:
        base = f"e_{source}_{handle}_{target}" if handle else f"e_{source}_{target}"
        candidate, n = base, 1
        while candidate in self._state.edge_ids or (taken and candidate in taken):
            n += 1
            candidate = f"{base}_{n}"
        return candidate

    def _new_edge(self, source_id: str, handle: str | None, target_id: str) -> Edge:
        edge = Edge(
            id=self._unique_edge_id(source_id, handle, target_id),
            source=source_id,
            target=target_id,
        )
        if handle is not None:
            edge.sourceHandle = handle
        return edge

    def _connect_after_ops(self, source_key: str, handle: str | None, new_node: Node) -> list[Op]:
        hint = self._source_hint(source_key, handle)
        if hint is not None:
            raise ValueError(hint)
        if new_node.type == "start":
            raise ValueError(
                self.tr(
                    "Nothing can lead into the start step: contacts enter there from the trigger."
                )
            )
        source = self.node(source_key)
        ops: list[Op] = []
        for edge_key in self._edges_from_output(source_key, handle):
            # The output is in use: the new step goes in between, from its first output.
            outs = node_outputs(new_node.type, new_node.data)
            if not outs:
                raise ValueError(
                    self.tr(
                        "The output {output} is already connected and “{step}” has no output to "
                        "pass contacts on; delete the connection first."
                    ).format(
                        output=self._output_label(source_key, handle),
                        step=node_title_text(new_node.type, new_node.data),
                    )
                )
            edge = self.edge(edge_key)
            ops.append(FieldOp(self, edge_key, edge, "source", new_node.id))
            first = outs[0].handle
            ops.append(
                FieldOp(self, edge_key, edge, "sourceHandle", first, new_is_set=first is not None)
            )
        edge = self._new_edge(source.id, handle, new_node.id)
        ops.append(InsertEdgeOp(self, self._new_edge_key(), edge))
        return ops

    def _place_new(self, after: tuple[str, str | None] | None) -> tuple[float, float]:
        """A free spot for a step added without a position: under its source, else the bottom."""
        if after is not None and self.has_node(after[0]):
            source = self.node(after[0])
            sx = float(source.position.x) if source.position else 0.0
            sy = float(source.position.y) if source.position else 0.0
            handles = [o.handle for o in self._outputs(after[0])]
            shift = 0.0
            if after[1] in handles and len(handles) > 1:
                shift = (handles.index(after[1]) - (len(handles) - 1) / 2) * _BRANCH_GAP
            return sx + shift, sy + NEW_NODE_GAP
        placed = [n.position for n in self.document.nodes if n.position is not None]
        if not placed:
            return 0.0, 0.0
        lowest = max(placed, key=lambda p: float(p.y))
        return float(lowest.x), float(lowest.y) + NEW_NODE_GAP

    def _position_ops(self, positions: Mapping[str, tuple[float, float]]) -> list[FieldOp]:
        ops = []
        for key, (x, y) in positions.items():
            node = self._state.nodes.get(key)
            if node is None:
                continue
            nx, ny = _number(x), _number(y)
            old = node.position
            if old is not None and old.x == nx and old.y == ny:
                continue
            base = old.to_json() if old is not None else {}
            ops.append(
                FieldOp(
                    self, key, node, "position", Position.model_validate({**base, "x": nx, "y": ny})
                )
            )
        return ops

    def _start_data_in_step(self, data: dict[str, Any]) -> dict[str, Any]:
        doc = self.document
        if doc.triggerConfig is not None:
            data["triggerConfig"] = doc.triggerConfig.to_json()
        if doc.entryMode is not None:
            data["entryMode"] = doc.entryMode
        return data

    def _journey_in_step_with(self, start_data: Mapping[str, Any]) -> TopFieldsOp | None:
        """The journey-field change that mirrors a start step's new trigger / entry mode."""
        doc = self.document
        old = TopState.of(doc)
        values = dict(old.values)
        fields_set = set(old.fields_set)
        trigger = start_data.get("triggerConfig")
        if isinstance(trigger, Mapping):
            current = doc.triggerConfig.to_json() if doc.triggerConfig is not None else None
            if current != dict(trigger):
                values["triggerConfig"] = TriggerConfig.model_validate(dict(trigger))
                fields_set.add("triggerConfig")
        mode = start_data.get("entryMode")
        if isinstance(mode, str) and mode != doc.entryMode:
            values["entryMode"] = mode
            fields_set.add("entryMode")
        new = TopState(values=values, fields_set=frozenset(fields_set), extras=old.extras)
        return None if new == old else TopFieldsOp(self, old, new)

    def _starts_in_step_with(self, top: TopState) -> list[Op]:
        """Data changes that make every start step mirror the journey's trigger / entry mode."""
        trigger = top.values.get("triggerConfig") if "triggerConfig" in top.fields_set else None
        mode = top.values.get("entryMode") if "entryMode" in top.fields_set else None
        ops: list[Op] = []
        for key, node in self._state.nodes.items():
            if node.type != "start" or not isinstance(node.data, dict):
                continue
            data = dict(node.data)
            if isinstance(trigger, TriggerConfig):
                data["triggerConfig"] = trigger.to_json()
            if isinstance(mode, str):
                data["entryMode"] = mode
            if data != node.data:
                ops.append(FieldOp(self, key, node, "data", data))
        return ops
