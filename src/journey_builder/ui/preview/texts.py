"""Words the Preview panel shows for the simulator's codes: ends, event types, times."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_builder.simulation import format_at

__all__ = ["end_name", "event_name", "grouped", "when"]


def end_name(kind: str) -> str:
    """How a path ended, in a few words ("Exit", "Still waiting")."""
    names = {
        "exit": QCoreApplication.translate("Preview", "Exit"),
        "dead_end": QCoreApplication.translate("Preview", "Dead end"),
        "jump_limit": QCoreApplication.translate("Preview", "Jump limit"),
        "waiting": QCoreApplication.translate("Preview", "Still waiting"),
        "step_limit": QCoreApplication.translate("Preview", "Step limit"),
        "not_entered": QCoreApplication.translate("Preview", "Not entered"),
        "unknown_step": QCoreApplication.translate("Preview", "Unknown step"),
    }
    return names.get(kind, kind)


def event_name(kind: str) -> str:
    """An event type of a script, in words."""
    names = {
        "message_received": QCoreApplication.translate("Preview", "Message received"),
        "conversation_closed": QCoreApplication.translate("Preview", "Conversation closed"),
        "tag_added": QCoreApplication.translate("Preview", "Tag added"),
        "field_updated": QCoreApplication.translate("Preview", "Field updated"),
        "custom": QCoreApplication.translate("Preview", "Custom event"),
        "answer": QCoreApplication.translate("Preview", "Answer"),
        "http_failure": QCoreApplication.translate("Preview", "HTTP request fails"),
    }
    return names.get(kind, kind)


def when(seconds: float) -> str:
    """A time from entry, "+2d 3h" ("+0" at entry)."""
    return format_at(seconds)


def grouped(text: str, count: int) -> str:
    """A translated plural ("1000 contacts") with the number written with thousands separators
    ("1,000 contacts"), whatever the locale Qt formats ``%n`` with."""
    return text.replace(str(count), f"{count:,}", 1)
