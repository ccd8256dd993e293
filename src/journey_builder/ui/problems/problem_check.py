"""Validation of an open journey on a worker thread, for the problems panel.

Validating a 5,000-step journey takes 20-300 ms (more while other threads compete for the GIL),
too long for the GUI thread after every pause in typing. The worker must not read the live
document, which the user goes on editing, so :class:`ItemCopies` hands it a snapshot: a shallow
copy of every step and connection, made when the item first appears or changes and kept until
the document's signals say it changed again. Edits replace a step's fields (``node.data = new``,
never ``node.data[k] = v``), so a shallow copy never sees a later edit; a snapshot costs a list
of the keys plus a copy of each item edited since the last one (a few ms at 5,000 steps).
Copying every item of a newly opened journey takes longer (60 ms at 5,000 steps), so
:meth:`ItemCopies.fill` does it in slices the panel spreads over turns of the event loop.

:class:`BackgroundCheck` runs one validation at a time on a thread of its own, which ends with
the check (no thread waits idle). A check asked for while one runs waits for it and then runs on
the newest snapshot only; every result carries the number of the check it answers, so the panel
can drop results a newer check has made stale.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Signal

from journey_builder.document import EditableJourney
from journey_builder.model import Edge, JourneyDocument, Node
from journey_builder.ui.common.newest_run import NewestRunner
from journey_builder.validation import validate

__all__ = ["BackgroundCheck", "ItemCopies"]

log = logging.getLogger("journey_builder.ui")


class ItemCopies(QObject):
    """Follows one :class:`EditableJourney` (as its child) and makes snapshots of it to validate
    on another thread. :meth:`for_document` finds or makes the one for a document, so switching
    tabs back does not copy every step again."""

    def __init__(self, doc: EditableJourney) -> None:
        super().__init__(doc)
        self._doc = doc
        self._nodes: dict[str, Node] = {}
        self._edges: dict[str, Edge] = {}
        self._filled = False
        for signal in (doc.nodeAdded, doc.nodeRemoved, doc.nodeMoved, doc.nodeChanged):
            signal.connect(self._forget_node)
        for signal in (doc.edgeAdded, doc.edgeRemoved, doc.edgeChanged):
            signal.connect(self._forget_edge)
        doc.documentReset.connect(self._forget_all)

    @classmethod
    def for_document(cls, doc: EditableJourney) -> ItemCopies:
        found = doc.findChild(cls)
        return found if isinstance(found, cls) else cls(doc)

    def _forget_node(self, key: str) -> None:
        self._nodes.pop(key, None)

    def _forget_edge(self, key: str) -> None:
        self._edges.pop(key, None)

    def _forget_all(self) -> None:
        self._nodes.clear()
        self._edges.clear()
        self._filled = False

    def fill(self, budget_s: float) -> bool:
        """Copy items not copied yet, for about ``budget_s`` seconds; whether all are copied.

        Once all are, the items edited since are copied by :meth:`snapshot` (there are few).
        """
        if self._filled:
            return True
        deadline = time.perf_counter() + budget_s
        doc = self._doc
        copies = self._nodes
        for key in doc.node_keys():
            if key not in copies:
                copies[key] = doc.node(key).model_copy()
                if time.perf_counter() > deadline:
                    return False
        edge_copies = self._edges
        for key in doc.edge_keys():
            if key not in edge_copies:
                edge_copies[key] = doc.edge(key).model_copy()
                if time.perf_counter() > deadline:
                    return False
        self._filled = True
        return True

    def snapshot(self) -> JourneyDocument:
        """The journey as it is now, sharing nothing an edit changes (GUI thread)."""
        doc = self._doc
        node_keys, edge_keys = doc.node_keys(), doc.edge_keys()
        copies, edge_copies = self._nodes, self._edges
        for key in [k for k in node_keys if k not in copies]:
            copies[key] = doc.node(key).model_copy()
        for key in [k for k in edge_keys if k not in edge_copies]:
            edge_copies[key] = doc.edge(key).model_copy()
        nodes = [copies[k] for k in node_keys]
        edges = [edge_copies[k] for k in edge_keys]
        live = doc.document
        definition = live.definition.model_copy(update={"nodes": nodes, "edges": edges})
        return live.model_copy(update={"definition": definition})


class BackgroundCheck(QObject):
    """Validates snapshots on a worker thread, one at a time; results arrive on the GUI thread.

    Deleting it (with its panel) waits for the running check, like :meth:`shutdown`.
    """

    #: (check number, problems) for every check that ran, stale ones included.
    finished = Signal(int, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = NewestRunner(self, name="problems-check")
        self._runner.finished.connect(self._on_done)

    @property
    def busy(self) -> bool:
        """Whether a check runs or waits."""
        return self._runner.busy

    def start(self, number: int, snapshot: JourneyDocument) -> None:
        """Validate ``snapshot`` (a document no one edits any more) as check ``number``."""
        self._runner.start(number, lambda: validate(snapshot))

    def _on_done(self, number: int, result: object) -> None:
        if isinstance(result, Exception):
            raise result
        assert isinstance(result, list)
        self.finished.emit(number, result)

    def shutdown(self) -> None:
        """Drop what waits, wait for the running check to end, deliver nothing more."""
        self._runner.shutdown()
