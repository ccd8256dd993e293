"""How a local copy and the server's copy stand against their base copy (issue 10).

The *base* is the server's copy as last pulled or pushed; *mine* is the local copy; *theirs* is
the server's copy now. Comparing both against the base tells a real conflict (both sides changed
the journey) from a false one (the server only moved ``updatedAt`` and ``status`` because the
journey was published, activated or paused): :func:`classify`.

What counts as content: everything a create/update body holds, positions included (a moved card
is a change: the layout is the user's work). Server-managed top-level fields (``id``,
``updatedAt``, ``status``, timestamps, version fields: :func:`is_server_field`) are not content.
Values are compared as canonical JSON (:func:`canonical_json`), so ``1``, ``1.0`` and ``true``
differ and key order does not. The per-step view and the merge are in :mod:`.merge`.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from journey_builder.model.journey import SERVER_MANAGED_FIELDS, JourneyDocument

__all__ = [
    "ABSENT",
    "SyncCase",
    "canonical_json",
    "classify",
    "content_of",
    "is_server_field",
    "same_content",
    "server_changes",
    "top_fields",
]


class SyncCase(StrEnum):
    """How mine and theirs stand against the base copy (see :func:`classify`)."""

    UNCHANGED = "unchanged"  # mine and theirs hold the same content: nothing to send
    LIFECYCLE_ONLY = "lifecycle_only"  # the server moved only status/timestamps/version fields
    LOCAL_ONLY = "local_only"  # only mine changed: push it
    REMOTE_ONLY = "remote_only"  # only theirs changed: take theirs
    BOTH_CHANGED = "both_changed"  # a real conflict (maybe mergeable: see three_way)
    NO_BASE = "no_base"  # no base copy: fall back to comparing updatedAt


class _Absent:
    """The value of a field a copy does not have (JSON ``null`` is a value)."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


#: Stands for a field that a copy lacks, in :class:`FieldRow`.
ABSENT: Any = _Absent()

#: Top-level fields the server owns besides :data:`SERVER_MANAGED_FIELDS` (seen in the sandbox
#: or plausible for "the active version"): never content.
_MORE_SERVER_FIELDS = frozenset(
    {"activeVersionId", "activeVersion", "latestVersionId", "publishedVersionId", "version"}
)


def is_server_field(key: str) -> bool:
    """Whether a top-level journey field is the server's bookkeeping rather than content.

    The known ones (``id``, ``tenantId``, ``status``, ``createdAt``, ``updatedAt``), any
    timestamp named ``...At`` (``publishedAt``) and any field naming a version
    (``activeVersionId``, ``...Version``): the API may add such fields, and a lifecycle
    action moves them.
    """
    if key in SERVER_MANAGED_FIELDS or key in _MORE_SERVER_FIELDS:
        return True
    timestamp = len(key) > 2 and key.endswith("At") and key[-3].islower()
    return timestamp or key.endswith(("VersionId", "Version"))


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(value: Any) -> str:
    """Canonical JSON text: equal text means equal JSON (``1`` and ``true`` differ; key order
    does not count, as a server that stores JSON may reorder keys)."""
    if value is ABSENT:
        return "\x00absent"
    return _ENCODER.encode(value)


def top_fields(doc: JourneyDocument) -> dict[str, Any]:
    """The journey's own fields in file form, without the definition (which may be large)."""
    return doc.model_dump(
        mode="json", exclude_unset=True, by_alias=True, warnings=False, exclude={"definition"}
    )


def content_of(doc: JourneyDocument) -> dict[str, Any]:
    """What the journey means, as JSON: its body without server-managed fields.

    A document without a definition and one with an empty definition have the same content.
    """
    top = {k: v for k, v in top_fields(doc).items() if not is_server_field(k)}
    definition = doc.definition
    top["definition"] = {
        **definition.extra_fields,
        "nodes": [node.to_json() for node in definition.nodes],
        "edges": [edge.to_json() for edge in definition.edges],
    }
    return top


_ContentKey = tuple[str, tuple[str, ...], tuple[str, ...]]


def _content_key(doc: JourneyDocument) -> _ContentKey:
    """The content as canonical texts: the journey's own fields, then one text per step and
    per connection (so that a worker thread gives the GIL back between steps)."""
    top = {k: v for k, v in top_fields(doc).items() if not is_server_field(k)}
    top["definition"] = doc.definition.extra_fields
    definition = doc.definition
    return (
        canonical_json(top),
        tuple(canonical_json(node.to_json()) for node in definition.nodes),
        tuple(canonical_json(edge.to_json()) for edge in definition.edges),
    )


def same_content(a: JourneyDocument, b: JourneyDocument) -> bool:
    """Whether two copies hold the same journey (server-managed fields aside)."""
    return _content_key(a) == _content_key(b)


def server_changes(base: JourneyDocument, theirs: JourneyDocument) -> tuple[str, ...]:
    """The server-managed top-level fields whose values differ, in a stable order."""
    a = {k: v for k, v in top_fields(base).items() if is_server_field(k)}
    b = {k: v for k, v in top_fields(theirs).items() if is_server_field(k)}
    return tuple(
        sorted(
            k
            for k in a.keys() | b.keys()
            if canonical_json(a.get(k, ABSENT)) != canonical_json(b.get(k, ABSENT))
        )
    )


def classify(
    base: JourneyDocument | None, mine: JourneyDocument, theirs: JourneyDocument
) -> SyncCase:
    """Where mine and theirs stand against the base copy.

    ``unchanged``: mine and theirs hold the same content and the server did nothing else;
    ``lifecycle_only``: the server's content is the base's and only its bookkeeping moved (a
    publish, activate or pause), whatever mine did; ``local_only``, ``remote_only``,
    ``both_changed``: which content moved. Both sides making the very same change is
    ``unchanged`` (nothing to send). No base copy: ``no_base``.
    """
    if base is None:
        return SyncCase.NO_BASE
    base_text = _content_key(base)
    mine_text = _content_key(mine)
    theirs_text = _content_key(theirs)
    if theirs_text == base_text:
        if server_changes(base, theirs):
            return SyncCase.LIFECYCLE_ONLY
        return SyncCase.UNCHANGED if mine_text == base_text else SyncCase.LOCAL_ONLY
    if mine_text == theirs_text:
        return SyncCase.UNCHANGED
    if mine_text == base_text:
        return SyncCase.REMOTE_ONLY
    return SyncCase.BOTH_CHANGED
