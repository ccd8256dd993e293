"""The window against a hostile server (the sandbox's fault modes): each bad answer is one
plain notice that says what was wrong, and the journey in the library stays as it was."""

from __future__ import annotations

from typing import Any

import pytest

from journey_builder.model import JourneyDocument
from journey_builder.sandbox import Fault, Sandbox
from journey_builder.ui.editor.editor_tab import EditorTab
from journey_builder.ui.shell.main_window import MainWindow
from tests.qt.ui.app_support import (
    WAIT_MS,
    Boxes,
    WindowFactory,
    entry_of,
    new_token,
    sign_in,
    wait_idle,
    workspace,
)
from tests.unit.journey_fixtures import post_purchase

pytest_plugins = ["tests.qt.ui.app_support"]


def _pushed_tab(qtbot: Any, window: MainWindow) -> EditorTab:
    ws = workspace(window)
    tab = ws.library.new_journey()
    assert tab is not None
    tab.doc.replace_document(JourneyDocument.model_validate(post_purchase()), "Fill in")
    binding = ws.library.binding(tab)
    assert binding is not None
    qtbot.waitUntil(lambda: not binding.pending and binding.journey_id is not None, timeout=WAIT_MS)
    wait_idle(qtbot, ws)
    ws.actions["push"].trigger()
    wait_idle(qtbot, ws)
    assert entry_of(window, tab).remote_id is not None
    return tab


@pytest.mark.parametrize(
    ("mode", "title", "said"),
    [
        ("wrong_types", "Could not update the journey", "id should be text but is a number"),
        ("error_200", "Could not update the journey", "with an error instead of the journey"),
        ("not_json", "Could not update the journey", "not valid JSON"),
        ("redirect_other_host", "Could not update the journey", "redirects are not followed"),
        ("retry_after_year", "The server is busy: could not update the journey", "365 days"),
    ],
)
def test_a_bad_answer_to_a_pull_is_one_notice_and_loses_nothing(
    qtbot: Any,
    make_window: WindowFactory,
    sandbox: Sandbox,
    boxes: Boxes,
    mode: str,
    title: str,
    said: str,
) -> None:
    window = make_window()
    ws = workspace(window)
    sign_in(qtbot, window, sandbox.base_url, new_token(sandbox))
    tab = _pushed_tab(qtbot, window)
    entry = entry_of(window, tab)
    before = ws.library.library.document_text(entry.id)
    shown = len(boxes.shown)
    sandbox.faults.mode = Fault(mode)
    ws.actions["pull"].trigger()
    wait_idle(qtbot, ws)
    sandbox.faults.mode = None
    assert len(boxes.shown) == shown + 1
    box_title, text, _detail = boxes.shown[-1]
    assert box_title == title and said in text, (box_title, text)
    assert "Traceback" not in text
    if mode != "retry_after_year":  # the busy box says what the server asked, not the request
        assert f"(GET /v1/journeys/{entry.remote_id})" in text
    assert ws.library.library.document_text(entry.id) == before
    assert entry_of(window, tab).remote_updated_at == entry.remote_updated_at
