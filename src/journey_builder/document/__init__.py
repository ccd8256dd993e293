"""The editable journey: the one object that mutates it, and its undo commands.

Qt here is QtCore/QtGui only (QObject, signals, QUndoStack); no widgets.
"""

from journey_builder.document.clipboard import (
    FRAGMENT_MIME_TYPE,
    fragment_from_text,
    fragment_to_text,
)
from journey_builder.document.editable import NEW_NODE_GAP, UNSET, EditableJourney

__all__ = [
    "FRAGMENT_MIME_TYPE",
    "NEW_NODE_GAP",
    "UNSET",
    "EditableJourney",
    "fragment_from_text",
    "fragment_to_text",
]
