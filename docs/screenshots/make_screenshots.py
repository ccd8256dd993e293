"""Regenerate the editor screenshots in this folder.

    .venv/bin/python docs/screenshots/make_screenshots.py

Builds a 30-step trial-to-paid journey, opens it in the real main window (offscreen unless a
display is set; settings in a temporary file, so yours are untouched), and saves:

- ``window-light.png`` / ``window-dark.png``: the whole window, a condition selected;
- ``window-high-contrast.png``: the same in the high-contrast theme, the keyboard on the canvas;
- ``inspector-random-split.png``: the inspector on a random split (branches, live total);
- ``problems.png``: the window on a broken copy, problems listed and badged on the cards.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)
ZOOM = 0.8


def _n(node_id: str, node_type: str, **data: Any) -> dict[str, Any]:
    return {"id": node_id, "type": node_type, "data": data}


def _e(source: str, target: str, handle: str | None = None) -> dict[str, Any]:
    edge: dict[str, Any] = {
        "id": f"{source}-{handle or 'next'}-{target}",
        "source": source,
        "target": target,
    }
    if handle is not None:
        edge["sourceHandle"] = handle
    return edge


def trial_journey() -> dict[str, Any]:
    """A realistic 30-step journey: onboarding, an upgrade nudge with an A/B split, win-back."""
    trigger = {"type": "custom_event", "eventName": "trial_started", "conditions": {}}
    days = lambda n: {"amount": n, "unit": "days"}  # noqa: E731
    nodes = [
        _n("start", "start", triggerConfig=trigger, entryMode="once"),
        _n(
            "welcome",
            "send_message",
            label="Welcome email",
            channel="email",
            templateId="tpl_trial_welcome",
        ),
        _n("wait_1d", "delay", amount=1, unit="days"),
        _n(
            "activated",
            "condition",
            label="Activated?",
            match="any",
            rules=[
                {"field": "projects_created", "operator": "greater_than", "value": 0},
                {"field": "tags", "operator": "has_tag", "value": "invited_team"},
            ],
        ),
        _n("tag_active", "tag", label="Mark activated", action="add", tags=["activated"]),
        _n("wait_3d", "delay", amount=3, unit="days"),
        _n("tips", "send_message", label="Tips & tricks", channel="email", templateId="tpl_tips_1"),
        _n(
            "upgraded",
            "wait_for_event",
            label="Upgraded?",
            event="custom",
            eventName="plan_upgraded",
            timeout=days(7),
        ),
        _n("set_customer", "update_contact", field="lifecycle", action="set", value="customer"),
        _n(
            "thanks",
            "send_message",
            label="Thank-you note",
            channel="email",
            templateId="tpl_thanks",
        ),
        _n("exit_paid", "exit", reason="Converted to paid"),
        _n(
            "offer_split",
            "random_split",
            label="Offer test",
            branches=[
                {"id": "discount", "label": "Discount", "percent": 50},
                {"id": "story", "label": "Case study", "percent": 50},
            ],
        ),
        _n(
            "discount_sms",
            "send_message",
            label="Discount SMS",
            channel="sms",
            text="20% off your first year, {{first_name}}. Reply YES to claim.",
        ),
        _n(
            "case_study",
            "send_message",
            label="Case study",
            channel="email",
            templateId="tpl_case_study",
        ),
        _n("wait_2d", "delay", amount=2, unit="days"),
        _n(
            "notify_sales",
            "http_request",
            label="Notify CRM",
            method="POST",
            url="https://crm.example.com/hooks/trial",
            timeoutSeconds=10,
        ),
        _n("assign_sales", "assign", label="Sales team", to="team", assigneeId="team_sales"),
        _n("exit_sales", "exit", reason="With sales"),
        _n("assign_rr", "assign", label="Any agent", to="round_robin"),
        _n(
            "help_email",
            "send_message",
            label="Need a hand?",
            channel="email",
            templateId="tpl_need_help",
        ),
        _n(
            "ask_blocker",
            "ask_question",
            label="What's in the way?",
            question="What's stopping you from getting started?",
            answerType="choice",
            choices=["No time", "Too complex", "Missing feature"],
            saveToField="trial_blocker",
            timeout=days(2),
        ),
        _n(
            "open_chat",
            "conversation",
            action="open",
            note="Trial user answered the blocker survey",
        ),
        _n("assign_support", "assign", label="Support", to="team", assigneeId="team_support"),
        _n("exit_support", "exit", reason="Handed to support"),
        _n("wait_2d_b", "delay", amount=2, unit="days"),
        _n(
            "logged_in",
            "condition",
            label="Logged in since?",
            match="all",
            rules=[
                {"field": "last_login_days", "operator": "less_than", "value": 2},
            ],
        ),
        _n("retry", "jump_to", label="Check again", targetNodeId="activated", maxJumps=2),
        _n("untag_trial", "tag", label="Lapsed", action="add", tags=["trial_lapsed"]),
        _n("churn_flag", "update_contact", field="churn_risk", action="set", value=True),
        _n("exit_lapsed", "exit", reason="Trial lapsed"),
    ]
    edges = [
        _e("start", "welcome"),
        _e("welcome", "wait_1d"),
        _e("wait_1d", "activated"),
        _e("activated", "tag_active", "yes"),
        _e("activated", "help_email", "no"),
        _e("tag_active", "wait_3d"),
        _e("wait_3d", "tips"),
        _e("tips", "upgraded"),
        _e("upgraded", "set_customer", "event"),
        _e("upgraded", "offer_split", "timeout"),
        _e("set_customer", "thanks"),
        _e("thanks", "exit_paid"),
        _e("offer_split", "discount_sms", "discount"),
        _e("offer_split", "case_study", "story"),
        _e("discount_sms", "wait_2d"),
        _e("case_study", "wait_2d"),
        _e("wait_2d", "notify_sales"),
        _e("notify_sales", "assign_sales", "success"),
        _e("notify_sales", "assign_rr", "failure"),
        _e("assign_sales", "exit_sales"),
        _e("assign_rr", "exit_sales"),
        _e("help_email", "ask_blocker"),
        _e("ask_blocker", "open_chat", "answered"),
        _e("ask_blocker", "wait_2d_b", "timeout"),
        _e("open_chat", "assign_support"),
        _e("assign_support", "exit_support"),
        _e("wait_2d_b", "logged_in"),
        _e("logged_in", "retry", "yes"),
        _e("logged_in", "untag_trial", "no"),
        _e("untag_trial", "churn_flag"),
        _e("churn_flag", "exit_lapsed"),
    ]
    return {
        "name": "Trial to paid",
        "entryMode": "once",
        "triggerConfig": trigger,
        "definition": {"nodes": nodes, "edges": edges},
    }


def broken_journey() -> dict[str, Any]:
    """The same journey with the mistakes people make: what the problems panel is for."""
    body = copy.deepcopy(trial_journey())
    body["name"] = "Trial to paid (draft)"
    nodes = body["definition"]["nodes"]
    edges = body["definition"]["edges"]
    by_id = {n["id"]: n for n in nodes}
    by_id["tips"]["data"]["templateId"] = ""  # no content
    by_id["offer_split"]["data"]["branches"][1]["percent"] = 40  # 90 %
    by_id["notify_sales"]["data"]["url"] = "http://crm.example.com/hooks/trial"  # not https
    body["definition"]["edges"] = [e for e in edges if e["source"] != "assign_rr"]  # dead end
    nodes.append(
        _n("orphan", "send_message", label="Old reminder", channel="sms", text="Still there?")
    )
    return body


def _settle(app: Any, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("JOURNEY_BUILDER_THEME", None)
    from PySide6.QtCore import QRect, Qt

    from journey_builder.app import create_app
    from journey_builder.document import EditableJourney
    from journey_builder.model import JourneyDocument
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow

    app = create_app()
    with tempfile.TemporaryDirectory(prefix="jb-shots-") as tmp:
        settings = open_settings(Path(tmp) / "settings.ini")
        theme = ThemeManager(app, settings)
        window = MainWindow(settings=settings, theme=theme)
        window.resize(*SIZE)

        def open_doc(body: dict[str, Any], name: str) -> Any:
            doc = EditableJourney(JourneyDocument.model_validate(body))
            tab = window.add_tab(doc)
            tab.view.auto_layout()
            doc.undo_stack.clear()
            doc.path = str(Path(tmp) / f"{name}.journey.json")
            window._refresh_tab(tab)
            return tab

        tab = open_doc(trial_journey(), "trial-to-paid")
        window.show()
        _settle(app)

        def frame(select: str | None, centre: str | None = None) -> None:
            tab.view.set_zoom(ZOOM)
            keys = tab.doc.keys_for_node_id(select) if select else []
            tab.view.select_keys(keys)
            target = tab.doc.keys_for_node_id(centre or select or "start")[0]
            tab.view.center_on_key(target)
            window.problems.check_now()
            _settle(app)

        for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            theme.set_choice(choice)
            _settle(app)
            frame("activated", centre="wait_3d")
            window.grab().save(str(HERE / f"window-{choice.value}.png"))
            print(f"wrote window-{choice.value}.png")

        # high contrast, with the keyboard on the canvas: the focus ring and frame show
        theme.set_choice(ThemeChoice.HIGH_CONTRAST)
        _settle(app)
        frame("activated", centre="wait_3d")
        window.activateWindow()
        tab.view.setFocus()
        tab.view.card_focus.set_key(tab.doc.keys_for_node_id("wait_3d")[0], reveal=False)
        _settle(app)
        window.grab().save(str(HERE / "window-high-contrast.png"))
        print("wrote window-high-contrast.png")

        theme.set_choice(ThemeChoice.LIGHT)
        _settle(app)
        frame("offer_split")
        form = window.inspector.widget()
        height = form.sizeHint().height() + window.inspector_dock.widget().y() + 24
        dock = window.inspector_dock
        dock.grab(QRect(0, 0, dock.width(), min(dock.height(), height))).save(
            str(HERE / "inspector-random-split.png")
        )
        print("wrote inspector-random-split.png")

        tab = open_doc(broken_journey(), "trial-to-paid-draft")
        window.resizeDocks([window.problems_dock], [220], Qt.Orientation.Vertical)
        _settle(app)
        frame(None, centre="offer_split")
        tree = window.problems.tree
        row = next(
            i
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(0) == "split-percent"
        )
        tree.setCurrentItem(tree.topLevelItem(row))
        tree.itemClicked.emit(tree.topLevelItem(row), 1)  # as a click: select and centre the step
        _settle(app)
        window.grab().save(str(HERE / "problems.png"))
        print("wrote problems.png")
        for i in range(window.tab_count()):
            window.tab(i).doc.undo_stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
