"""How messages name steps and connections: by title, short, and safe to print in a terminal."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["clean_text", "join_names", "quoted"]

# Control characters, zero-width and bidirectional overrides: a hostile label must not be able
# to move the cursor, colour a terminal or reorder a message.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def clean_text(text: str, limit: int = 40) -> str:
    """``text`` on one line, without unprintable characters, cut to ``limit`` characters."""
    flat = " ".join(_UNPRINTABLE.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def quoted(text: str, limit: int = 40) -> str:
    """``'text'``, cleaned: how a message names a step, an id or a value."""
    return f"'{clean_text(text, limit)}'"


def join_names(names: Sequence[str], most: int = 4) -> str:
    """``'A', 'B' and 'C'`` — at most ``most`` names, then ``and 12 more``."""
    if len(names) > most:
        return ", ".join(names[:most]) + f" and {len(names) - most} more"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
