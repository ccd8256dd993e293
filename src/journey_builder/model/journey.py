"""Pydantic models of the Journeys API objects and of the journey document (DESIGN §1–2).

Enums are open: ``status``, ``entryMode``, trigger ``type`` and node ``type`` are plain strings,
with the values we know listed in :mod:`journey_builder.model.enums`. Every object keeps unknown
fields. Dicts that the editor changes (``Node.data``) must be replaced, not mutated in place, so
that pydantic records them as set and writes them back.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, GetPydanticSchema
from pydantic_core import core_schema

from journey_builder.model._open import OpenModel

__all__ = [
    "SERVER_MANAGED_FIELDS",
    "Edge",
    "Journey",
    "JourneyDocument",
    "JourneyList",
    "JourneyVersion",
    "JourneyVersionList",
    "Node",
    "Position",
    "TriggerConfig",
    "WorkflowDefinition",
]


#: A number kept as it came: ``true`` or ``"10"`` is refused rather than silently becoming
#: ``1`` or ``10`` (which would change the file on save); ints stay ints, floats stay floats.
#: Checked wholly inside pydantic-core (strict int, else strict float, one "float_type" error):
#: a Python validator here cost a call per coordinate, a fifth of loading a large journey.
Number = Annotated[
    int | float,
    GetPydanticSchema(
        lambda _type, _handler: core_schema.union_schema(
            [core_schema.int_schema(strict=True), core_schema.float_schema(strict=True)],
            custom_error_type="float_type",
        )
    ),
]


class Position(OpenModel):
    """Where the canvas draws a node (React Flow's ``position``)."""

    x: Number = 0
    y: Number = 0


class Node(OpenModel):
    """A step of the journey: ``{id, type, position, data}`` as React Flow has it."""

    id: str
    type: str
    position: Position | None = None
    data: dict[str, Any] = Field(default_factory=dict)


class Edge(OpenModel):
    """A connection; ``sourceHandle`` names the output of a branching node.

    Every field is optional because the reference itself shows ``"edges": [{}]``: the
    validator, not the loader, reports an edge without ends.
    """

    id: str | None = None
    source: str | None = None
    target: str | None = None
    sourceHandle: str | None = None


class WorkflowDefinition(OpenModel):
    """The graph: nodes and edges."""

    nodes: list[Node] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)


class TriggerConfig(OpenModel):
    """What starts a journey; trigger parameters (``field``, ``tag``, ...) sit beside ``type``."""

    type: str | None = None
    conditions: dict[str, Any] | None = None


class Journey(OpenModel):
    """A journey as the API returns it; list items may be summaries without ``definition``."""

    id: str
    tenantId: str | None = None
    name: str | None = None
    status: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    entryMode: str | None = None
    triggerConfig: TriggerConfig | None = None
    definition: WorkflowDefinition | None = None


class JourneyVersion(OpenModel):
    """An immutable snapshot made by publish."""

    id: str
    journeyId: str | None = None
    definition: WorkflowDefinition | None = None
    triggerConfig: TriggerConfig | None = None
    entryMode: str | None = None
    createdAt: str | None = None


class JourneyList(OpenModel):
    """One page of ``GET /journeys``; follow ``nextPageToken`` until it is empty."""

    journeys: list[Journey] = Field(default_factory=list)
    nextPageToken: str | None = None
    totalSize: int | None = None


class JourneyVersionList(OpenModel):
    """One page of ``GET /journeys/{id}/versions``."""

    journeyVersions: list[JourneyVersion] = Field(default_factory=list)
    nextPageToken: str | None = None
    totalSize: int | None = None


#: Fields the server owns: kept in files for information, never sent in a create/update body.
SERVER_MANAGED_FIELDS = frozenset({"id", "tenantId", "status", "createdAt", "updatedAt"})


class JourneyDocument(OpenModel):
    """A journey file (DESIGN §2): the create/update body plus sync metadata.

    ``id`` and ``updatedAt`` are the remote journey this document was pulled from or pushed to.
    Unknown top-level fields (including server fields such as ``status``) are kept.
    """

    name: str | None = None
    entryMode: str | None = None
    triggerConfig: TriggerConfig | None = None
    definition: WorkflowDefinition = Field(default_factory=WorkflowDefinition)
    id: str | None = None
    updatedAt: str | None = None

    @property
    def nodes(self) -> list[Node]:
        return self.definition.nodes

    @property
    def edges(self) -> list[Edge]:
        return self.definition.edges

    @property
    def display_name(self) -> str:
        return self.name or "Untitled journey"

    def start_nodes(self) -> list[Node]:
        return [n for n in self.definition.nodes if n.type == "start"]

    def effective_trigger(self) -> dict[str, Any] | None:
        """The journey's trigger, or the start node's when the journey has none of its own."""
        if self.triggerConfig is not None:
            return self.triggerConfig.to_json()
        for node in self.start_nodes():
            trig = node.data.get("triggerConfig")
            if isinstance(trig, dict):
                return trig
        return None

    def effective_entry_mode(self) -> str | None:
        """The journey's entry mode, or the start node's when the journey has none of its own."""
        if self.entryMode is not None:
            return self.entryMode
        for node in self.start_nodes():
            mode = node.data.get("entryMode")
            if isinstance(mode, str):
                return mode
        return None

    def api_body(self) -> dict[str, Any]:
        """The create/update request body: everything but server-managed and sync fields."""
        body = self.to_json()
        for key in SERVER_MANAGED_FIELDS:
            body.pop(key, None)
        return body

    @classmethod
    def from_journey(cls, journey: Journey) -> JourneyDocument:
        """A document from an API journey, keeping every field it carries."""
        return cls.model_validate(journey.to_json())

    def to_journey_json(self) -> dict[str, Any]:
        """The file form (alias of :meth:`to_json`, named for readers of sync code)."""
        return self.to_json()
