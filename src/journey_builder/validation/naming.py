"""How messages name steps and connections: by title, short, and safe to print in a terminal.

Names are parameters of translatable phrases (:mod:`journey_builder.model.texts`): a step's own
label is text, a type's name a phrase the ui translates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from journey_builder.model import spec_for
from journey_builder.model.texts import QT_TRANSLATE_NOOP, VALIDATION_CONTEXT, Param, Phrase

__all__ = ["clean_text", "join_names", "quoted", "quoted_name", "step_name", "words"]

# Control characters, zero-width and bidirectional overrides: a hostile label must not be able
# to move the cursor, colour a terminal or reorder a message.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def clean_text(text: str, limit: int = 40) -> str:
    """``text`` on one line, without unprintable characters, cut to ``limit`` characters."""
    flat = " ".join(_UNPRINTABLE.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def quoted(text: str, limit: int = 40) -> str:
    """``'text'``, cleaned: how a message names a step, an id or a value."""
    return f"'{clean_text(text, limit)}'"


def quoted_name(name: str) -> Phrase:
    """``'Send message'``: a step type's name, quoted, translated when shown."""
    return Phrase("'{name}'", (("name", Phrase(name)),))


def step_name(node_type: str, data: Mapping[str, Any]) -> Param:
    """How a message names a step: its own label (as it is), else its type's name."""
    label = data.get("label")
    if isinstance(label, str) and label.strip():
        return quoted(label.strip())
    spec = spec_for(node_type)
    return quoted_name(spec.display_name) if spec is not None else quoted(node_type)


def words(template: str, **params: Param) -> Phrase:
    """A message (``template`` marked in the ``Validation`` context) and its parameters."""
    return Phrase(template, tuple(params.items()), VALIDATION_CONTEXT)


def _listed(names: Sequence[Param]) -> Phrase:
    """``A, B, C``: the list's glue is the same in every language we speak."""
    template = ", ".join(f"{{n{i}}}" for i in range(len(names)))
    return Phrase(template, tuple((f"n{i}", name) for i, name in enumerate(names)))


def join_names(names: Sequence[Param], most: int = 4) -> Param:
    """``'A', 'B' and 'C'`` — at most ``most`` names, then ``and 12 more``."""
    if len(names) > most:
        return words(
            QT_TRANSLATE_NOOP("Validation", "{names} and {count} more"),
            names=_listed(names[:most]),
            count=len(names) - most,
        )
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return words(
        QT_TRANSLATE_NOOP("Validation", "{names} and {last}"),
        names=_listed(names[:-1]),
        last=names[-1],
    )
