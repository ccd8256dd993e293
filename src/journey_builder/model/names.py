"""Names for copies of a journey ("Keep both" in a conflict)."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["copy_name"]


def copy_name(name: str, taken: Iterable[str]) -> str:
    """The name for my copy when keeping both: "NAME (my copy)", else "NAME (my copy 2)", ...

    ``taken`` holds the names already in use; names compare as they are written (a journey
    named "a (my copy)" does not take "A (my copy)"). An empty name is "Untitled journey".
    """
    base = name.strip() or "Untitled journey"
    used = set(taken)
    candidate = f"{base} (my copy)"
    number = 2
    while candidate in used:
        candidate = f"{base} (my copy {number})"
        number += 1
    return candidate
