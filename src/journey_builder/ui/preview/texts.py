"""Words the Preview panel shows for the simulator's codes: ends, event types, times."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_builder.simulation import format_at

__all__ = ["end_name", "event_name", "grouped", "when"]

_CONTEXT = "Preview"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def end_name(kind: str) -> str:
    """How a path ended, in a few words ("Exit", "Still waiting")."""
    names = {
        "exit": _tr("Exit"),
        "dead_end": _tr("Dead end"),
        "jump_limit": _tr("Jump limit"),
        "waiting": _tr("Still waiting"),
        "step_limit": _tr("Step limit"),
        "not_entered": _tr("Not entered"),
        "unknown_step": _tr("Unknown step"),
    }
    return names.get(kind, kind)


def event_name(kind: str) -> str:
    """An event type of a script, in words."""
    names = {
        "message_received": _tr("Message received"),
        "conversation_closed": _tr("Conversation closed"),
        "tag_added": _tr("Tag added"),
        "field_updated": _tr("Field updated"),
        "custom": _tr("Custom event"),
        "answer": _tr("Answer"),
        "http_failure": _tr("HTTP request fails"),
    }
    return names.get(kind, kind)


def when(seconds: float) -> str:
    """A time from entry, "+2d 3h" ("+0" at entry)."""
    return format_at(seconds)


def grouped(text: str, count: int) -> str:
    """A translated plural ("1000 contacts") with the number written with thousands separators
    ("1,000 contacts"), whatever the locale Qt formats ``%n`` with."""
    return text.replace(str(count), f"{count:,}", 1)
