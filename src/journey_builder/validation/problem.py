"""What the validator reports: a :class:`Problem` per finding, with a public rule code (DESIGN §4)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from journey_builder.model.texts import VALIDATION_CONTEXT, Param, Phrase

__all__ = ["ERROR", "RULES", "WARNING", "Problem", "Severity"]

Severity = Literal["error", "warning"]

ERROR: Severity = "error"
WARNING: Severity = "warning"

#: Every rule code and its severity: a public contract (CLI JSON output, tests, the editor).
RULES: Mapping[str, Severity] = {
    "no-start": ERROR,
    "multiple-starts": ERROR,
    "start-has-incoming": ERROR,
    "unreachable-node": ERROR,
    "dangling-edge": ERROR,
    "duplicate-node-id": ERROR,
    "duplicate-edge-id": ERROR,
    "duplicate-edge": ERROR,
    "self-loop": ERROR,
    "unknown-handle": ERROR,
    "output-fanout": ERROR,
    "terminal-has-outgoing": ERROR,
    "invalid-config": ERROR,
    "invalid-trigger": ERROR,
    "split-percent": ERROR,
    "jump-target-missing": ERROR,
    "loop-without-delay": ERROR,
    "dead-end": WARNING,
    "same-target-branches": WARNING,
    "trigger-mismatch": WARNING,
    "unknown-node-type": WARNING,
    "unknown-entry-mode": WARNING,
    "no-action": WARNING,
}


@dataclass(frozen=True)
class Problem:
    """One finding. Errors block publishing; warnings never do.

    ``message`` is a sentence a marketer understands and names the steps by their titles;
    ``nodeIds`` and ``edgeIds`` let the editor highlight them (an edge without an id is named
    in the message by its ends only). ``field`` is the node data field of an ``invalid-config``.
    ``template`` and ``params`` say the same for translation: the English template (marked in
    the ``Validation`` context) and its parameters (text, numbers, or phrases translated in
    turn); ``message`` is ``template`` filled in, in English. A problem made from a plain
    message has an empty template.
    """

    severity: Severity
    code: str
    message: str
    nodeIds: tuple[str, ...] = ()
    edgeIds: tuple[str, ...] = ()
    field: str | None = None
    template: str = dataclasses.field(default="", compare=False)
    params: Mapping[str, Param] = dataclasses.field(default_factory=dict, compare=False)

    @classmethod
    def of(
        cls,
        code: str,
        message: str | Phrase,
        node_ids: tuple[str, ...] = (),
        edge_ids: tuple[str, ...] = (),
        field: str | None = None,
    ) -> Problem:
        """A problem whose severity comes from :data:`RULES`, so the two never disagree."""
        if isinstance(message, Phrase):
            return cls(
                RULES[code],
                code,
                str(message),
                node_ids,
                edge_ids,
                field,
                message.template,
                message.param_map,
            )
        return cls(RULES[code], code, message, node_ids, edge_ids, field)

    @property
    def phrase(self) -> Phrase:
        """The message as a translatable phrase (the plain message when there is no template)."""
        if not self.template:
            return Phrase(self.message, (), "")
        return Phrase(self.template, tuple(self.params.items()), VALIDATION_CONTEXT)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_json(self) -> dict[str, Any]:
        """The form the CLI's ``--json`` prints (``field`` only when set)."""
        out: dict[str, Any] = {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "nodeIds": list(self.nodeIds),
            "edgeIds": list(self.edgeIds),
        }
        if self.field is not None:
            out["field"] = self.field
        return out
