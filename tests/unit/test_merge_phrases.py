"""An overlap's sentence as a translatable phrase: the same words as its English ``message``
(which the CLI prints and MergeConflictError lists), the template marked in "Merge", the ids
and names as written. Qt-free."""

from __future__ import annotations

import copy
from typing import Any

from journey_builder.model import JourneyDocument
from journey_builder.model.merge import MERGE_CONTEXT, Overlap, three_way
from tests.unit.journey_fixtures import post_purchase
from tests.unit.test_simulation_phrases import MARKED


def _doc(obj: dict[str, Any]) -> JourneyDocument:
    return JourneyDocument.model_validate(obj)


def _with(**changes: Any) -> dict[str, Any]:
    obj = copy.deepcopy(post_purchase())
    obj.update(changes)
    return obj


def _nodes_changed(obj: dict[str, Any], node_id: str, **data: Any) -> dict[str, Any]:
    out = copy.deepcopy(obj)
    for node in out["definition"]["nodes"]:
        if node["id"] == node_id:
            node["data"].update(data)
    return out


def _check(overlaps: tuple[Overlap, ...]) -> None:
    assert overlaps
    for overlap in overlaps:
        said = overlap.phrase
        assert said is not None and said.context == MERGE_CONTEXT
        assert str(said) == overlap.message
        assert (said.context, said.template) in MARKED


def test_overlaps_of_steps_fields_and_connections_are_phrases() -> None:
    base = post_purchase()
    mine = _with(name="Mine", entryMode="always", xNote=1)
    theirs = _with(name="Theirs", entryMode="once_per_period", xNote=2)
    mine = _nodes_changed(mine, "wait", amount=3)
    theirs = _nodes_changed(theirs, "wait", amount=5)
    mine["definition"]["edges"] = [
        {**e, "target": "done"} if e["source"] == "loyal" else e
        for e in mine["definition"]["edges"]
    ]
    theirs["definition"]["edges"] = [
        {**e, "target": "nudge"} if e["source"] == "loyal" else e
        for e in theirs["definition"]["edges"]
    ]
    view = three_way(_doc(base), _doc(mine), _doc(theirs))
    _check(view.overlaps)
    templates = {o.phrase.template for o in view.overlaps if o.phrase is not None}
    assert "step “{id}” was changed in both copies, differently" in templates
    assert "the name was changed in both copies" in templates
    assert "the entry mode was changed in both copies" in templates
    assert "the field “{field}” was changed in both copies" in templates
    step = next(o for o in view.overlaps if o.kind == "step")
    assert step.phrase is not None and step.phrase.param_map == {"id": "wait"}


def test_a_removed_step_and_a_connection_to_it_are_phrases() -> None:
    base = post_purchase()
    mine = copy.deepcopy(base)
    mine["definition"]["nodes"] = [n for n in mine["definition"]["nodes"] if n["id"] != "nudge"]
    mine["definition"]["edges"] = [
        e for e in mine["definition"]["edges"] if "nudge" not in (e["source"], e["target"])
    ]
    theirs = _nodes_changed(base, "nudge", label="Changed on the server")
    theirs["definition"]["edges"] = [
        e for e in theirs["definition"]["edges"] if e["source"] != "loyal"
    ] + [{"id": "n", "source": "loyal", "target": "nudge"}]
    view = three_way(_doc(base), _doc(mine), _doc(theirs))
    _check(view.overlaps)
    assert any("removed in your copy" in o.message for o in view.overlaps)
