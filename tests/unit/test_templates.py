"""The shipped templates: valid, warning-free, laid out top to bottom, listed for the gallery."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journey_builder.model import JourneyDocument, node_outputs
from journey_builder.resources import resources_dir, templates
from journey_builder.storage.files import document_to_text, load_journey
from journey_builder.validation import validate

TEMPLATES = resources_dir() / "templates"
FILES = sorted(TEMPLATES.glob("*.journey.json"))
CARD_W, CARD_H = 220, 80


def _doc(path: Path) -> JourneyDocument:
    return load_journey(path)


def test_the_index_lists_every_template_file_once() -> None:
    index = json.loads((TEMPLATES / "index.json").read_text(encoding="utf-8"))
    listed = [entry["file"] for entry in index["templates"]]
    assert sorted(listed) == sorted(p.name for p in FILES)
    assert len(listed) == len(set(listed)) == 5


def test_the_gallery_offers_five_templates_with_names_from_the_files() -> None:
    infos = templates()
    assert [t.name for t in infos] == [
        "Welcome series",
        "Abandoned cart",
        "Post-purchase follow-up",
        "Re-engagement",
        "Conversation follow-up",
    ]
    for info in infos:
        assert info.name == _doc(info.path).name
        assert info.title == info.name
        assert len(info.description) > 60
        assert info.description.endswith(".")
        assert info.preview is not None, f"{info.name}: no preview picture"
        assert info.preview.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_template_has_no_problems(path: Path) -> None:
    problems = validate(_doc(path))
    assert [(p.severity, p.code, p.message) for p in problems] == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_template_is_in_the_canonical_file_format(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert document_to_text(_doc(path)) == text
    assert text.startswith('{\n  "name": ')
    assert "id" not in json.loads(text), "a template must not point at a remote journey"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_template_flows_top_to_bottom_without_overlapping_cards(path: Path) -> None:
    doc = _doc(path)
    where = {}
    for node in doc.nodes:
        assert node.position is not None, f"{node.id} has no position"
        where[node.id] = (node.position.x, node.position.y)
    for edge in doc.edges:
        assert edge.source is not None and edge.target is not None
        assert where[edge.target][1] > where[edge.source][1], f"{edge.id} points upwards"
    boxes = sorted(where.items())
    for i, (a, (ax, ay)) in enumerate(boxes):
        for b, (bx, by) in boxes[i + 1 :]:
            apart = abs(ax - bx) >= CARD_W + 20 or abs(ay - by) >= CARD_H + 40
            assert apart, f"cards {a} and {b} overlap"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_template_has_readable_ids_and_real_content(path: Path) -> None:
    doc = _doc(path)
    ids = [n.id for n in doc.nodes]
    assert all(i.replace("_", "").isalnum() and i.islower() for i in ids)
    for node in doc.nodes:
        if node.type == "send_message":
            template_id = node.data.get("templateId")
            text = node.data.get("text")
            assert (isinstance(template_id, str) and template_id.startswith("tpl_")) or (
                isinstance(text, str) and len(text) > 40
            )
            if node.data["channel"] == "email":
                assert node.data.get("subject"), f"{node.id}: an email needs a subject"
        if node.type != "start":
            assert node.data.get("label") or node.type in ("delay", "exit")


def test_post_purchase_follow_up_uses_a_condition_and_a_random_split() -> None:
    doc = _doc(TEMPLATES / "post-purchase-follow-up.journey.json")
    types = {n.type for n in doc.nodes}
    assert {"condition", "random_split"} <= types
    split = next(n for n in doc.nodes if n.type == "random_split")
    handles = {o.handle for o in node_outputs(split.type, split.data)}
    assert handles == {e.sourceHandle for e in doc.edges if e.source == split.id}


def test_templates_together_use_most_of_the_catalogue() -> None:
    used = {n.type for path in FILES for n in _doc(path).nodes}
    assert used >= {
        "start",
        "send_message",
        "ask_question",
        "delay",
        "wait_for_event",
        "condition",
        "random_split",
        "update_contact",
        "tag",
        "assign",
        "conversation",
        "exit",
    }
