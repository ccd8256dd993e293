"""The templates' titles and descriptions are listed for translation exactly as index.json
writes them (a change in one place without the other would leave a template in English)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import journey_builder.template_texts as template_texts
from journey_builder.resources import resource_path, templates
from journey_builder.template_texts import TEMPLATE_TEXTS


def _index_texts() -> list[str]:
    index = json.loads(resource_path("templates", "index.json").read_text(encoding="utf-8"))
    return [entry[key] for entry in index["templates"] for key in ("title", "description")]


def test_every_title_and_description_of_the_index_is_listed() -> None:
    listed = set(TEMPLATE_TEXTS)
    missing = [text for text in _index_texts() if text not in listed]
    assert not missing, f"add to journey_builder/template_texts.py: {missing}"


def test_nothing_listed_that_the_index_no_longer_has() -> None:
    assert sorted(TEMPLATE_TEXTS) == sorted(_index_texts())


def test_the_shipped_templates_carry_the_listed_texts() -> None:
    for info in templates():
        assert info.title in TEMPLATE_TEXTS
        assert info.description in TEMPLATE_TEXTS


def test_every_text_is_marked_where_it_is_written() -> None:
    """lupdate extracts only literal QT_TRANSLATE_NOOP("Templates", "…") calls."""
    tree = ast.parse(Path(template_texts.__file__).read_text(encoding="utf-8"))
    marked = [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "Templates"
        and isinstance(node.args[1], ast.Constant)
    ]
    assert marked == list(TEMPLATE_TEXTS)
