"""Sign-in profiles (name -> base URL, and which one is current) in a small JSON config file.

The file lives in the user config directory (platformdirs), or in ``JOURNEY_BUILDER_CONFIG_DIR``
when set (tests, several set-ups). It never holds a token: tokens live in the OS keyring.
Unknown keys in the file are kept when it is rewritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from journey_builder.errors import FileReadError, FileWriteError
from journey_builder.sync.urls import DEFAULT_BASE_URL, check_base_url

__all__ = [
    "CONFIG_DIR_ENV",
    "DEFAULT_PROFILE",
    "Profile",
    "ProfileStore",
    "check_profile_name",
    "config_dir",
]

CONFIG_DIR_ENV = "JOURNEY_BUILDER_CONFIG_DIR"
DEFAULT_PROFILE = "default"
_FILE_NAME = "profiles.json"


def config_dir() -> Path:
    """Where the config file lives: ``$JOURNEY_BUILDER_CONFIG_DIR`` or the user config dir."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("journey-builder", appauthor=False))


@dataclass(frozen=True)
class Profile:
    name: str
    base_url: str


def check_profile_name(name: str) -> str:
    """``name`` stripped, or ValueError when it cannot name a profile."""
    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise ValueError(f"{name!r} is not a usable profile name (1-64 characters, no spaces)")
    return name


class ProfileStore:
    """Read and change the profiles file; every change is written atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else config_dir() / _FILE_NAME

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise FileReadError(f"cannot read it ({exc.strerror})", source=str(self.path)) from None
        try:
            data = json.loads(text)
        except ValueError:
            raise FileReadError(
                "the profiles file is not valid JSON; fix or delete it", source=str(self.path)
            ) from None
        if not isinstance(data, dict):
            raise FileReadError("the profiles file is not a JSON object", source=str(self.path))
        return data

    def _write(self, data: dict[str, Any]) -> None:
        directory = self.path.parent
        tmp: str | None = None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
            tmp = None
        except OSError as exc:
            raise FileWriteError(
                f"could not save the profiles ({exc.strerror or exc}); nothing was changed",
                source=str(self.path),
            ) from None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _profiles(self, data: dict[str, Any]) -> dict[str, Any]:
        profiles = data.get("profiles")
        return profiles if isinstance(profiles, dict) else {}

    def current_name(self) -> str:
        current = self._read().get("current")
        return current if isinstance(current, str) and current else DEFAULT_PROFILE

    def names(self) -> list[str]:
        return sorted(self._profiles(self._read()))

    def get(self, name: str | None = None) -> Profile:
        """The named (or current) profile; an unknown one uses the public API's URL."""
        data = self._read()
        if name is None:
            current = data.get("current")
            name = current if isinstance(current, str) and current else DEFAULT_PROFILE
        entry = self._profiles(data).get(name)
        url = entry.get("baseUrl") if isinstance(entry, dict) else None
        return Profile(name, url if isinstance(url, str) and url else DEFAULT_BASE_URL)

    def save(self, name: str, base_url: str, *, make_current: bool = True) -> Profile:
        name = check_profile_name(name)
        url = check_base_url(base_url)
        data = self._read()
        profiles = dict(self._profiles(data))
        entry = profiles.get(name)
        entry = dict(entry) if isinstance(entry, dict) else {}
        entry["baseUrl"] = url
        profiles[name] = entry
        data["profiles"] = profiles
        if make_current:
            data["current"] = name
        self._write(data)
        return Profile(name, url)

    def remove(self, name: str) -> bool:
        data = self._read()
        profiles = dict(self._profiles(data))
        if name not in profiles:
            return False
        del profiles[name]
        data["profiles"] = profiles
        if data.get("current") == name:
            data.pop("current", None)
        self._write(data)
        return True
