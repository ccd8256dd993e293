"""An in-memory keyring backend, shared by the sync and the app tests (no Qt here)."""

from __future__ import annotations

import keyring.backend
import keyring.errors

__all__ = ["MemoryKeyring"]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict: enough to test storing, reading back and what is stored where."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
