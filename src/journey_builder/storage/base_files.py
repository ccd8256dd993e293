"""Base copies of journey files: the server's copy as last pulled or pushed, beside the file.

For ``welcome.journey.json`` the base copy is the hidden file ``.welcome.journey.json.base`` in
the same folder, in the journey file format. ``pull -o FILE`` and ``push FILE`` write it; ``push``
compares the file and the server's copy against it (three-way, see
:mod:`journey_builder.model.sync_case`), so that publishing or activating on the server is no
conflict. Journeys in the library keep their base copy in the library instead. Deleting the
sidecar is harmless: the next push falls back to comparing ``updatedAt``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from journey_builder.model import Journey, JourneyDocument
from journey_builder.storage.files import atomic_write_text, document_to_text, load_journey

__all__ = ["base_path", "read_base", "remove_base", "write_base"]

_SUFFIX = ".base"


def base_path(path: str | os.PathLike[str]) -> Path:
    """Where the base copy of the journey file ``path`` lives: ``.<filename>.base`` beside it."""
    target = Path(path)
    return target.with_name(f".{target.name}{_SUFFIX}")


def read_base(path: str | os.PathLike[str]) -> JourneyDocument | None:
    """The base copy of the journey file ``path``; None when it has none.

    Raises :class:`JourneyFileError` (naming the sidecar) when the sidecar cannot be read or is
    not a journey: callers may then fall back to comparing ``updatedAt``.
    """
    sidecar = base_path(path)
    if not sidecar.is_file():
        return None
    return load_journey(sidecar)  # its errors name the sidecar


def write_base(path: str | os.PathLike[str], server_copy: JourneyDocument | Journey) -> Path:
    """Keep ``server_copy`` (the server's journey as returned) as the base copy of ``path``,
    atomically; returns the sidecar's path."""
    doc = (
        JourneyDocument.from_journey(server_copy)
        if isinstance(server_copy, Journey)
        else server_copy
    )
    sidecar = base_path(path)
    atomic_write_text(sidecar, document_to_text(doc))  # FileWriteError names the sidecar
    return sidecar


def remove_base(path: str | os.PathLike[str]) -> None:
    """Forget the base copy of ``path`` (no error when there is none)."""
    with contextlib.suppress(FileNotFoundError):
        base_path(path).unlink()
