"""The window's actions, by name: text, standard shortcut, tip. Menus and toolbar use them.

Standard actions take the platform's keys (``QKeySequence.StandardKey``); the rest get the
shortcuts listed here, chosen not to collide with any standard key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from journey_builder.model.texts import QT_TRANSLATE_NOOP

__all__ = ["ACTION_SPECS", "ActionSpec", "make_actions", "shortcut_text"]

_K = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One action: its menu text, keys and tip (English, marked for translation)."""

    text: str
    tip: str
    standard: QKeySequence.StandardKey | None = None
    keys: tuple[str, ...] = ()
    checkable: bool = False


ACTION_SPECS: dict[str, ActionSpec] = {
    "new": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Journey"),
        QT_TRANSLATE_NOOP("Actions", "Start a new journey in a new tab"),
        _K.New,
    ),
    "open": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QT_TRANSLATE_NOOP("Actions", "Open a journey file"),
        _K.Open,
    ),
    "save": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QT_TRANSLATE_NOOP("Actions", "Save the journey"),
        _K.Save,
    ),
    "save_as": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        QT_TRANSLATE_NOOP("Actions", "Save the journey to another file"),
        _K.SaveAs,
        ("Ctrl+Shift+S",),
    ),
    "export_image": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export Image…"),
        QT_TRANSLATE_NOOP("Actions", "Save a picture of the journey (PNG, SVG or PDF)"),
        None,
        ("Ctrl+Shift+E",),
    ),
    "close_tab": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Close Tab"),
        QT_TRANSLATE_NOOP("Actions", "Close this journey"),
        _K.Close,
    ),
    "quit": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close Journey Builder"),
        _K.Quit,
        ("Ctrl+Q",),
    ),
    "cut": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Cu&t"),
        QT_TRANSLATE_NOOP("Actions", "Cut the selected steps"),
        _K.Cut,
    ),
    "copy": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        QT_TRANSLATE_NOOP("Actions", "Copy the selected steps"),
        _K.Copy,
    ),
    "paste": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Paste"),
        QT_TRANSLATE_NOOP("Actions", "Paste steps"),
        _K.Paste,
    ),
    "duplicate": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Duplicate"),
        QT_TRANSLATE_NOOP("Actions", "Duplicate the selected steps"),
        None,
        ("Ctrl+D",),
    ),
    "delete": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "De&lete"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected steps and connections"),
        _K.Delete,
    ),
    "select_all": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Select &All"),
        QT_TRANSLATE_NOOP("Actions", "Select every step"),
        _K.SelectAll,
    ),
    "find": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find Steps…"),
        QT_TRANSLATE_NOOP("Actions", "Find steps by title, summary or id"),
        _K.Find,
    ),
    "add_after": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add Step &After Selected…"),
        QT_TRANSLATE_NOOP("Actions", "Add a step after the selected one, chosen by typing"),
        None,
        ("Ctrl+Shift+A",),
    ),
    "connect": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Co&nnect…"),
        QT_TRANSLATE_NOOP("Actions", "Connect an output of a step to another step"),
        None,
        ("Ctrl+L",),
    ),
    "zoom_in": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        QT_TRANSLATE_NOOP("Actions", "Zoom in"),
        _K.ZoomIn,
        ("Ctrl++", "Ctrl+="),
    ),
    "zoom_out": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        QT_TRANSLATE_NOOP("Actions", "Zoom out"),
        _K.ZoomOut,
        ("Ctrl+-",),
    ),
    "actual_size": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Actual Size"),
        QT_TRANSLATE_NOOP("Actions", "Zoom to 100 %"),
        None,
        ("Ctrl+1",),
    ),
    "fit": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Fit Journey"),
        QT_TRANSLATE_NOOP("Actions", "Show the whole journey"),
        None,
        ("Ctrl+0",),
    ),
    "zoom_selection": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Zoom to &Selection"),
        QT_TRANSLATE_NOOP("Actions", "Show the selected steps"),
        None,
        ("Ctrl+2",),
    ),
    "auto_layout": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Auto-&layout"),
        QT_TRANSLATE_NOOP("Actions", "Arrange the steps top to bottom"),
        None,
        ("Ctrl+Shift+L",),
    ),
    "snap": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Snap to Grid"),
        QT_TRANSLATE_NOOP("Actions", "Snap moved steps to the grid"),
        None,
        (),
        True,
    ),
    "minimap": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Minimap"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show the minimap: the whole journey in the corner, to see and move where you are",
        ),
        None,
        (),
        True,
    ),
    "focus_palette": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Steps Panel"),
        QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus in the steps panel"),
        None,
        ("Alt+1",),
    ),
    "focus_canvas": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Canvas"),
        QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus on the canvas"),
        None,
        ("Alt+2",),
    ),
    "focus_inspector": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Inspector"),
        QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus in the inspector"),
        None,
        ("Alt+3",),
    ),
    "focus_problems": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Go to &Problems"),
        QT_TRANSLATE_NOOP("Actions", "Put the keyboard focus in the problems list"),
        None,
        ("Alt+4",),
    ),
    "shortcuts": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "List the keyboard shortcuts"),
        _K.HelpContents,
        ("F1",),
    ),
    "welcome": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Welcome"),
        QT_TRANSLATE_NOOP(
            "Actions", "Show the welcome page: a new journey, templates, sign-in, the sandbox"
        ),
    ),
    "log_folder": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"),
        QT_TRANSLATE_NOOP(
            "Actions", "Show the folder with Journey Builder's log (for bug reports)"
        ),
    ),
    "about": ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About Journey Builder"),
        QT_TRANSLATE_NOOP("Actions", "Version, licence and links"),
    ),
}


def _keys(spec: ActionSpec) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    if spec.standard is not None:
        found.extend(QKeySequence.keyBindings(spec.standard))
    for text in spec.keys:
        seq = QKeySequence(text)
        if seq not in found:
            found.append(seq)
    return found


def make_actions(parent: QWidget, slots: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """Create every action in :data:`ACTION_SPECS`, each triggering ``slots[name]``."""
    claimed: dict[str, str] = {}
    actions: dict[str, QAction] = {}
    for name, spec in ACTION_SPECS.items():
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(name)
        tip = QCoreApplication.translate("Actions", spec.tip)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        keys = []
        for seq in _keys(spec):
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            # a platform binding may repeat another action's key (Delete is also Ctrl+D on
            # some desktops): the action that lists the key itself keeps it
            if text in claimed or any(
                text in ACTION_SPECS[o].keys for o in ACTION_SPECS if o != name
            ):
                continue
            claimed[text] = name
            keys.append(seq)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        slot = slots.get(name)
        if slot is not None:
            if spec.checkable:
                action.toggled.connect(lambda _on, s=slot: s())
            else:
                action.triggered.connect(lambda _checked=False, s=slot: s())
        actions[name] = action
    return actions


def shortcut_text(action: QAction) -> str:
    """The action's keyboard keys as the platform writes them ("Ctrl+S"); the dedicated
    media keys some keyboards have ("Save", "Undo") are left out of the text."""
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for s in action.shortcuts()
        if s.count() and not _is_media_key(s)
    )


def _is_media_key(sequence: QKeySequence) -> bool:
    first = sequence[0]  # type: ignore[index]  # the stubs lack QKeySequence.operator[]
    return bool(first.key().value >= Qt.Key.Key_Help.value)
