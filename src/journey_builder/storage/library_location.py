"""Where the library file lives, and the check that a file there may be opened as one."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from platformdirs import user_data_dir

from journey_builder.errors import LibraryError

__all__ = [
    "LIBRARY_ENV",
    "LIBRARY_FILENAME",
    "check_library_file",
    "default_directory",
    "default_library_path",
    "ensure_default_folder",
]

#: The environment variable that points at another library.
LIBRARY_ENV = "JOURNEY_BUILDER_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"

_SQLITE_HEADER = b"SQLite format 3\x00"


def default_directory() -> Path:
    """The user data directory of Journey Builder (platformdirs)."""
    return Path(user_data_dir("journey-builder", appauthor=False))


def default_library_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The library file to use: ``override`` (``--library``), else the environment, else the default."""
    if override is not None and str(override) != "":
        return Path(override).expanduser()
    env = os.environ.get(LIBRARY_ENV, "")
    if env.strip():
        return Path(env).expanduser()
    return default_directory() / LIBRARY_FILENAME


def ensure_default_folder(path: Path) -> None:
    """Create the user data directory on first use; a folder the user named must already exist."""
    if path.parent == default_directory():
        with suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)


def check_library_file(path: Path) -> None:
    """Refuse a folder or a file that is not SQLite before SQLite ever opens (and could write) it."""
    if path.is_dir():
        raise LibraryError(f"The library path {path} is a folder, not a library file.")
    if not path.exists():
        parent = path.parent
        if not parent.is_dir():
            raise LibraryError(
                f"Cannot create the library {path}: the folder {parent} does not exist."
            )
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise LibraryError(f"Cannot read the library {path} ({exc.strerror}).") from None
    if header and header != _SQLITE_HEADER:
        raise LibraryError(
            f"{path} is not a Journey Builder library (it is not an SQLite database). It was "
            "left as it is; choose another file with --library or JOURNEY_BUILDER_LIBRARY."
        )
