"""Tokens: in the OS keyring, or in memory for this session only; never in a plain-text file.

Resolution order for one process: ``FLOWNALLY_TOKEN`` / ``FLOWNALLY_BASE_URL`` (CI, scripts),
then the session store (the app's "keep for this session only"), then the keyring entry for
the profile (service ``flownally-journey-builder``, user = profile name).
A keyring that cannot keep a secret (keyring's ``fail`` backend, a ``null`` backend that drops
writes, or one that errors) raises :class:`KeyringUnavailableError`, never a fallback.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors

from journey_builder.errors import KeyringUnavailableError, NoTokenError
from journey_builder.sync.profiles import ProfileStore
from journey_builder.sync.urls import check_base_url

__all__ = [
    "BASE_URL_ENV",
    "KEYRING_SERVICE",
    "SESSION_TOKENS",
    "TOKEN_ENV",
    "Credentials",
    "KeyringTokenStore",
    "SessionTokenStore",
    "TokenStore",
    "resolve_credentials",
]

KEYRING_SERVICE = "flownally-journey-builder"
TOKEN_ENV = "FLOWNALLY_TOKEN"
BASE_URL_ENV = "FLOWNALLY_BASE_URL"

_NO_KEYRING_ADVICE = (
    "Journey Builder never keeps tokens in plain text. You can keep the token for this session "
    f"only (in memory, asked again next time), or set {TOKEN_ENV} (and {BASE_URL_ENV}) in the "
    "environment for each run"
)


class TokenStore(Protocol):
    def get(self, profile: str) -> str | None: ...

    def set(self, profile: str, token: str) -> None: ...

    def delete(self, profile: str) -> bool: ...


@dataclass(repr=False)
class Credentials:
    """What a client needs; ``source`` says where the token came from (env, session, keyring)."""

    profile: str
    base_url: str
    token: str = field(repr=False)
    source: str

    def __repr__(self) -> str:
        return f"Credentials(profile={self.profile!r}, base_url={self.base_url!r}, source={self.source!r}, token=***)"


class SessionTokenStore:
    """Tokens kept in memory for this process only (thread-safe); gone when the app quits."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SessionTokenStore(profiles={sorted(self._tokens)})"

    def get(self, profile: str) -> str | None:
        with self._lock:
            return self._tokens.get(profile)

    def set(self, profile: str, token: str) -> None:
        with self._lock:
            self._tokens[profile] = token

    def delete(self, profile: str) -> bool:
        with self._lock:
            return self._tokens.pop(profile, None) is not None


#: The app's session-only store ("keep for this session only").
SESSION_TOKENS = SessionTokenStore()


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _is_unusable(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return True
    try:
        return float(backend.priority) < 0  # keyring marks stand-ins with a negative priority
    except Exception:
        return False


class KeyringTokenStore:
    """Tokens in the OS keyring; every failure is a :class:`KeyringUnavailableError`."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _unavailable(self, what: str, exc: BaseException | None = None) -> KeyringUnavailableError:
        name = _backend_name(self.backend)
        cause = f" ({type(exc).__name__})" if exc is not None else ""
        return KeyringUnavailableError(
            f"No usable OS keyring: {what}{cause} [backend {name}]. {_NO_KEYRING_ADVICE}"
        )

    def _checked_backend(self) -> keyring.backend.KeyringBackend:
        try:
            backend = self.backend
        except Exception as exc:
            raise self._unavailable("the keyring could not be loaded", exc) from None
        if _is_unusable(backend):
            raise self._unavailable("no secret store (such as GNOME Keyring or KWallet) is running")
        return backend

    def get(self, profile: str) -> str | None:
        backend = self._checked_backend()
        try:
            return backend.get_password(KEYRING_SERVICE, profile)
        except Exception as exc:
            raise self._unavailable("reading from the keyring failed", exc) from None

    def set(self, profile: str, token: str) -> None:
        """Store and read back: a backend that drops writes counts as unusable."""
        backend = self._checked_backend()
        try:
            backend.set_password(KEYRING_SERVICE, profile, token)
            stored = backend.get_password(KEYRING_SERVICE, profile)
        except Exception as exc:
            raise self._unavailable("storing in the keyring failed", exc) from None
        if stored != token:
            raise self._unavailable("the keyring did not keep the token")

    def delete(self, profile: str) -> bool:
        backend = self._checked_backend()
        try:
            backend.delete_password(KEYRING_SERVICE, profile)
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as exc:
            raise self._unavailable("removing from the keyring failed", exc) from None
        return True


def resolve_credentials(
    profile: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    profiles: ProfileStore | None = None,
    keyring_store: TokenStore | None = None,
    session: TokenStore | None = SESSION_TOKENS,
) -> Credentials:
    """The base URL and token to use now, or :class:`NoTokenError` saying how to sign in."""
    env = os.environ if env is None else env
    store = profiles if profiles is not None else ProfileStore()
    chosen = store.get(profile)
    base_url = check_base_url(env.get(BASE_URL_ENV) or chosen.base_url)
    token = (env.get(TOKEN_ENV) or "").strip()
    if token:
        return Credentials(chosen.name, base_url, token, "env")
    if session is not None:
        token = (session.get(chosen.name) or "").strip()
        if token:
            return Credentials(chosen.name, base_url, token, "session")
    kr = keyring_store if keyring_store is not None else KeyringTokenStore()
    try:
        token = (kr.get(chosen.name) or "").strip()
    except KeyringUnavailableError as exc:
        raise KeyringUnavailableError(f"Not signed in (profile {chosen.name!r}). {exc}") from None
    if token:
        return Credentials(chosen.name, base_url, token, "keyring")
    raise NoTokenError(
        f"Not signed in (profile {chosen.name!r}). Run `journey-builder login"
        f"{'' if chosen.name == 'default' else ' --profile ' + chosen.name}` or set {TOKEN_ENV}"
    )
