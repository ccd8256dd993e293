"""Turn sqlite3 exceptions into :class:`LibraryError` sentences a user understands."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journey_builder.errors import LibraryError

__all__ = ["library_errors", "message_for"]

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def message_for(exc: sqlite3.Error, path: Path, action: str) -> str:
    """A sentence saying what failed, why, and that nothing was lost."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc)
    if code == _FULL or "database or disk is full" in text:
        return (
            f"Could not {action}: the disk is full. Nothing was lost: the change was rolled "
            f"back and the library still holds the last saved version. Free some space and "
            f"try again. (library: {path})"
        )
    if code in (_BUSY, _LOCKED):
        return (
            f"Could not {action}: the library is busy (another Journey Builder is writing to "
            f"it). Nothing was changed; try again. (library: {path})"
        )
    if code in (_CORRUPT, _NOTADB):
        return (
            f"Could not {action}: the library file {path} is damaged or is not a Journey "
            f"Builder library ({text}). It was left as it is; open another library with "
            f"--library or JOURNEY_BUILDER_LIBRARY, or restore the file from a backup."
        )
    if code == _READONLY:
        return f"Could not {action}: the library {path} is read-only. Nothing was changed."
    if code == _CANTOPEN:
        return f"Could not {action}: the library {path} cannot be opened ({text})."
    if code == _IOERR:
        return (
            f"Could not {action}: the disk reported an error while using the library {path} "
            f"({text}). The change was rolled back."
        )
    return f"Could not {action}: {text} (library: {path})."


@contextmanager
def library_errors(path: Path, action: str) -> Iterator[None]:
    """Run a block, re-raising any :class:`sqlite3.Error` as a :class:`LibraryError`."""
    try:
        yield
    except sqlite3.Error as exc:
        raise LibraryError(message_for(exc, path, action)) from exc
