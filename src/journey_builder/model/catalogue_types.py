"""The shapes of the node catalogue: what a node type, a field and an output are.

Labels, help texts and choice names are English, marked for translation in the ``Catalogue``
context (:mod:`journey_builder.model.texts`); the ui shows them translated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from journey_builder.model.texts import QT_TRANSLATE_NOOP, Phrase

__all__ = [
    "CATEGORIES",
    "TIME_UNITS",
    "DataIssue",
    "FieldKind",
    "FieldSpec",
    "NodeSpec",
    "OutputSpec",
]

FieldKind = Literal[
    "text",  # one line of text
    "multiline",  # several lines of text
    "choice",  # one of ``choices``
    "integer",  # a whole number within ``minimum``/``maximum``
    "tags",  # a list of non-empty strings
    "timeout",  # {"amount": int > 0, "unit": TIME_UNITS}
    "rules",  # [{"field", "operator", "value"}]
    "branches",  # [{"id", "label", "percent"}]
    "trigger",  # a TriggerConfig object
    "url",  # an https:// URL
    "mapping",  # {str: str}, e.g. HTTP headers
    "json",  # any JSON value
    "node_ref",  # the id of another node
]

TIME_UNITS: Mapping[str, str] = {
    "minutes": QT_TRANSLATE_NOOP("Catalogue", "minutes"),
    "hours": QT_TRANSLATE_NOOP("Catalogue", "hours"),
    "days": QT_TRANSLATE_NOOP("Catalogue", "days"),
    "weeks": QT_TRANSLATE_NOOP("Catalogue", "weeks"),
}

#: Category name -> the order the palette shows them in.
CATEGORIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Catalogue", "Trigger"),
    QT_TRANSLATE_NOOP("Catalogue", "Messaging"),
    QT_TRANSLATE_NOOP("Catalogue", "Timing"),
    QT_TRANSLATE_NOOP("Catalogue", "Logic"),
    QT_TRANSLATE_NOOP("Catalogue", "Contact"),
    QT_TRANSLATE_NOOP("Catalogue", "Integration"),
    QT_TRANSLATE_NOOP("Catalogue", "End"),
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a node's ``data``: what the inspector draws and the validator checks."""

    name: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: Mapping[str, str] = dataclasses.field(default_factory=dict)
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    placeholder: str = ""
    #: The field applies only when another field holds one of these values.
    when: tuple[str, tuple[str, ...]] | None = None
    default: Any = None

    def applies(self, data: Mapping[str, Any]) -> bool:
        if self.when is None:
            return True
        other, values = self.when
        return data.get(other) in values


@dataclass(frozen=True)
class OutputSpec:
    """One output of a node: ``handle`` is the edge's ``sourceHandle`` (None for a single output).

    ``label`` is English; ``phrase`` is set when the label is built from data (a split's
    branches), else the label itself is a catalogue text.
    """

    handle: str | None
    label: str
    phrase: Phrase | None = dataclasses.field(default=None, compare=False)


@dataclass(frozen=True)
class DataIssue:
    """A problem with one field of a node's data, in words a marketer understands.

    ``message`` is the English fragment ("is required"); ``phrase`` the same, translatable.
    """

    field: str
    message: str
    phrase: Phrase | None = dataclasses.field(default=None, compare=False)

    @classmethod
    def of(cls, field_name: str, words: Phrase) -> DataIssue:
        return cls(field_name, str(words), words)


@dataclass(frozen=True)
class NodeSpec:
    """Everything the app knows about one node type."""

    type: str
    display_name: str
    category: str
    icon: str
    description: str
    fields: tuple[FieldSpec, ...]
    outputs: Callable[[Mapping[str, Any]], list[OutputSpec]]
    #: The one-line summary under the card's title ("Wait 2 days"), translatable.
    summary: Callable[[Mapping[str, Any]], Phrase]
    default_data: Callable[[], dict[str, Any]]
    extra_checks: Callable[[Mapping[str, Any]], list[DataIssue]] = lambda _data: []
    terminal: bool = False
    #: Outputs are named by ``sourceHandle`` (an edge without one is ``unknown-handle``).
    branching: bool = False
    #: The handles of ``outputs(data)`` without their labels, for types whose outputs depend on
    #: the data (a split's branch ids); None when every node of the type has the same outputs.
    data_handles: Callable[[Mapping[str, Any]], list[str | None]] | None = None

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)
