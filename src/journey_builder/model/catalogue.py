"""The node catalogue (DESIGN §3): one registry that the canvas, inspector and validator read.

Per node type a :class:`NodeSpec` holds the data model as a list of :class:`FieldSpec` (required
fields, allowed values, ranges, when a field applies), the outputs, display name, category, icon
name and a one-line summary. :mod:`journey_builder.model.node_checks` turns the data model into
field-level issues, so the inspector's live checks and the validator's ``invalid-config`` say
the same thing. The shapes live in :mod:`~journey_builder.model.catalogue_types`, the types
themselves in :mod:`~journey_builder.model.catalogue_table`; their texts are English, marked
for translation (:mod:`journey_builder.model.texts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from journey_builder.model.catalogue_table import NODE_SPECS
from journey_builder.model.catalogue_types import (
    CATEGORIES,
    TIME_UNITS,
    DataIssue,
    FieldKind,
    FieldSpec,
    NodeSpec,
    OutputSpec,
)
from journey_builder.model.summaries import short
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Phrase, phrase

__all__ = [
    "CATALOGUE",
    "CATEGORIES",
    "TIME_UNITS",
    "DataIssue",
    "FieldKind",
    "FieldSpec",
    "NodeSpec",
    "OutputSpec",
    "known_node_types",
    "node_outputs",
    "node_summary",
    "node_summary_phrase",
    "node_title",
    "spec_for",
]

CATALOGUE: dict[str, NodeSpec] = {spec.type: spec for spec in NODE_SPECS}

_NEXT = QT_TRANSLATE_NOOP("Catalogue", "Next")


def spec_for(node_type: str) -> NodeSpec | None:
    """The spec of a known type; None for a type outside the catalogue (kept, drawn generic)."""
    return CATALOGUE.get(node_type)


def node_outputs(node_type: str, data: Mapping[str, Any]) -> list[OutputSpec]:
    """The outputs of a node; an unknown type gets one unnamed output so it can be connected."""
    spec = CATALOGUE.get(node_type)
    if spec is None:
        return [OutputSpec(None, _NEXT)]
    return spec.outputs(data)


def node_title(node_type: str, data: Mapping[str, Any]) -> str:
    """The card title: the user's label, else the type's display name (raw type when unknown)."""
    label = data.get("label")
    if isinstance(label, str) and label.strip():
        return label.strip()
    spec = CATALOGUE.get(node_type)
    return spec.display_name if spec else node_type


def node_summary_phrase(node_type: str, data: Mapping[str, Any]) -> Phrase:
    """The one-line summary under the title, translatable ("Wait {duration}")."""
    spec = CATALOGUE.get(node_type)
    if spec is None:
        return phrase(
            QT_TRANSLATE_NOOP("Catalogue", "Unknown type “{type}”"), type=short(node_type, 24)
        )
    try:
        return spec.summary(data)
    except (TypeError, ValueError, AttributeError):
        return Phrase(spec.display_name)


def node_summary(node_type: str, data: Mapping[str, Any]) -> str:
    """The one-line summary under the title in English ("Wait 2 days", "Email · tpl_welcome")."""
    return str(node_summary_phrase(node_type, data))


def known_node_types() -> Sequence[str]:
    """Catalogue types in palette order (by category, then as listed)."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return [s.type for s in sorted(CATALOGUE.values(), key=lambda s: order.get(s.category, 99))]
