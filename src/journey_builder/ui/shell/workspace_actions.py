"""The texts and keys of the workspace's Journey and Account actions (menus and toolbar).

Marked for translation in the ``Workspace`` context; the workspace translates them as it makes
the actions.
"""

from __future__ import annotations

from journey_builder.model.texts import QT_TRANSLATE_NOOP

__all__ = ["WORKSPACE_ACTIONS"]

#: Action name -> (menu text, tip, shortcut or None).
WORKSPACE_ACTIONS: dict[str, tuple[str, str, str | None]] = {
    "push": (
        QT_TRANSLATE_NOOP("Workspace", "&Push to Flownally"),
        QT_TRANSLATE_NOOP("Workspace", "Send your edits to Flownally"),
        "Ctrl+Shift+U",
    ),
    "pull": (
        QT_TRANSLATE_NOOP("Workspace", "&Update from Flownally"),
        QT_TRANSLATE_NOOP("Workspace", "Take the server's copy of this journey"),
        None,
    ),
    "publish": (
        QT_TRANSLATE_NOOP("Workspace", "P&ublish…"),
        QT_TRANSLATE_NOOP("Workspace", "Check the journey, push it and publish a new version"),
        "Ctrl+Shift+P",
    ),
    "activate": (
        QT_TRANSLATE_NOOP("Workspace", "&Activate…"),
        QT_TRANSLATE_NOOP("Workspace", "Start the published journey for contacts"),
        None,
    ),
    "pause": (
        QT_TRANSLATE_NOOP("Workspace", "Pa&use…"),
        QT_TRANSLATE_NOOP("Workspace", "Stop new contacts entering the journey"),
        None,
    ),
    "delete_remote": (
        QT_TRANSLATE_NOOP("Workspace", "&Delete from Flownally…"),
        QT_TRANSLATE_NOOP(
            "Workspace", "Delete the journey on the server (your copy goes to the trash)"
        ),
        None,
    ),
    "show_library": (
        QT_TRANSLATE_NOOP("Workspace", "Show &Library"),
        QT_TRANSLATE_NOOP("Workspace", "Show the library panel"),
        "Ctrl+Shift+B",
    ),
    "show_versions": (
        QT_TRANSLATE_NOOP("Workspace", "Show &Versions"),
        QT_TRANSLATE_NOOP("Workspace", "Show the versions of this journey"),
        None,
    ),
    "import": (
        QT_TRANSLATE_NOOP("Workspace", "&Import into Library…"),
        QT_TRANSLATE_NOOP("Workspace", "Add journey files to the library"),
        None,
    ),
    "export_library": (
        QT_TRANSLATE_NOOP("Workspace", "Export from &Library…"),
        QT_TRANSLATE_NOOP("Workspace", "Write this journey to a file"),
        None,
    ),
    "sign_in": (
        QT_TRANSLATE_NOOP("Workspace", "&Sign In…"),
        QT_TRANSLATE_NOOP("Workspace", "Sign in to Flownally with an API token"),
        None,
    ),
    "sign_out": (
        QT_TRANSLATE_NOOP("Workspace", "Sign &Out"),
        QT_TRANSLATE_NOOP("Workspace", "Forget the token of this profile"),
        None,
    ),
    "sandbox": (
        QT_TRANSLATE_NOOP("Workspace", "Try the &Sandbox"),
        QT_TRANSLATE_NOOP("Workspace", "A practice server on this computer with example journeys"),
        None,
    ),
    "retry": (
        QT_TRANSLATE_NOOP("Workspace", "&Retry Connection"),
        QT_TRANSLATE_NOOP("Workspace", "Check now whether Flownally answers"),
        None,
    ),
}
