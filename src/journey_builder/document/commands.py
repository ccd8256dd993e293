"""The one undo command class: a named list of reversible ops, applied and reverted as a unit."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtGui import QUndoCommand

from journey_builder.document._ops import FieldOp, Op, TopFieldsOp
from journey_builder.document.keyed import KeyedJourney

__all__ = ["EditCommand"]

#: QUndoCommand.id() of commands that may merge (typing in one field); -1 never merges.
_MERGEABLE_ID = 0x4A42


class EditCommand(QUndoCommand):
    """One user edit. Commands with the same ``merge_key`` pushed in a row become one step."""

    def __init__(
        self,
        host: KeyedJourney,
        text: str,
        ops: Sequence[Op],
        *,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._host = host
        self.ops: list[Op] = list(ops)
        self.merge_key = merge_key

    def redo(self) -> None:
        for op in self.ops:
            op.apply()
        self._host.changed.emit()

    def undo(self) -> None:
        for op in reversed(self.ops):
            op.revert()
        self._host.changed.emit()

    def id(self) -> int:
        return _MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if not all(isinstance(op, FieldOp | TopFieldsOp) for op in [*self.ops, *other.ops]):
            return False
        mine = {op.slot: op for op in self.ops if isinstance(op, FieldOp | TopFieldsOp)}
        for op in other.ops:
            assert isinstance(op, FieldOp | TopFieldsOp)
            same = mine.get(op.slot)
            if same is None:
                self.ops.append(op)
                mine[op.slot] = op
            else:
                same.new = op.new
        self.setObsolete(all(_is_no_change(op) for op in self.ops))
        return True


def _is_no_change(op: Op) -> bool:
    if isinstance(op, FieldOp):
        return op.old_was_set and op.new_is_set and op.old == op.new
    if isinstance(op, TopFieldsOp):
        return op.old == op.new
    return False
