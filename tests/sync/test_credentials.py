"""Profiles, base URLs and tokens: keyring only, session-only on request, never plain text."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest

from journey_builder.errors import InsecureBaseURLError, KeyringUnavailableError, NoTokenError
from journey_builder.sync import (
    DEFAULT_BASE_URL,
    KEYRING_SERVICE,
    KeyringTokenStore,
    ProfileStore,
    SessionTokenStore,
    check_base_url,
    resolve_credentials,
)

from .conftest import MemoryKeyring

TOKEN = "tok-for-tests-abcdef"


class DroppingKeyring(MemoryKeyring):
    """Accepts writes and forgets them, like a misconfigured backend."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


class BrokenKeyring(MemoryKeyring):
    """Fails as a locked or unreachable Secret Service does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


@pytest.mark.parametrize(
    "url",
    [
        "https://api.flownally.com/v1",
        "https://api.flownally.com/v1/",
        "http://127.0.0.1:8787/v1",
        "http://127.9.9.9/v1",
        "http://localhost:1234/v1",
        "http://[::1]:8787/v1",
    ],
)
def test_accepted_base_urls(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("http://api.flownally.com/v1", "only https:// is accepted"),
        ("http://10.0.0.1/v1", "only https:// is accepted"),
        ("http://localhost.evil.com/v1", "only https:// is accepted"),
        ("ftp://api.flownally.com", "not a valid base URL"),
        ("api.flownally.com/v1", "not a valid base URL"),
        ("https://user:pw@api.flownally.com/v1", "must not hold a user name"),
        ("https://api.flownally.com/v1?x=1", "query"),
        ("https://api.flownally.com:99999/v1", "not a valid URL"),
    ],
)
def test_refused_base_urls(url: str, match: str) -> None:
    with pytest.raises(InsecureBaseURLError, match=match) as info:
        check_base_url(url)
    assert info.value.exit_code == 2


def test_profiles_live_in_the_config_dir_without_tokens(tmp_path: Path) -> None:
    store = ProfileStore()
    assert store.path == tmp_path / "config" / "profiles.json"
    assert store.get().base_url == DEFAULT_BASE_URL
    store.save("staging", "https://staging.example.com/v1")
    store.save("local", "http://127.0.0.1:8787/v1", make_current=False)
    assert store.current_name() == "staging"
    assert store.get("local").base_url == "http://127.0.0.1:8787/v1"
    assert store.names() == ["local", "staging"]
    data = json.loads(store.path.read_text())
    data["futureSetting"] = {"kept": True}
    store.path.write_text(json.dumps(data))
    store.remove("staging")
    data = json.loads(store.path.read_text())
    assert data["futureSetting"] == {"kept": True}
    assert "current" not in data
    assert store.get().name == "default"


def test_a_bad_profile_name_is_refused() -> None:
    with pytest.raises(ValueError, match="profile name"):
        ProfileStore().save("two words", DEFAULT_BASE_URL)


def test_keyring_store_round_trip(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store = KeyringTokenStore()
    store.set("default", TOKEN)
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "default"): TOKEN}
    assert store.get("default") == TOKEN
    assert store.delete("default") is True
    assert store.delete("default") is False
    assert store.get("default") is None
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert TOKEN not in path.read_text(errors="replace")


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), DroppingKeyring()],
    ids=["fail", "null", "dropping"],
)
def test_unusable_keyrings_are_refused_plainly(backend: keyring.backend.KeyringBackend) -> None:
    store = KeyringTokenStore(backend)
    with pytest.raises(KeyringUnavailableError) as info:
        store.set("default", TOKEN)
    text = str(info.value)
    assert "No usable OS keyring" in text
    assert "this session only" in text and "FLOWNALLY_TOKEN" in text
    assert "plain text" in text
    assert TOKEN not in text
    assert info.value.exit_code == 3


def test_a_keyring_that_errors_is_unavailable_not_a_crash() -> None:
    store = KeyringTokenStore(BrokenKeyring())
    with pytest.raises(KeyringUnavailableError, match="RuntimeError"):
        store.get("default")
    with pytest.raises(KeyringUnavailableError, match="storing in the keyring failed"):
        store.set("default", TOKEN)


def test_resolution_order_env_then_session_then_keyring(memory_keyring: MemoryKeyring) -> None:
    profiles = ProfileStore()
    profiles.save("work", "https://work.example.com/v1")
    KeyringTokenStore().set("work", "from-keyring")
    session = SessionTokenStore()

    creds = resolve_credentials("work", env={}, session=session)
    assert (creds.token, creds.source, creds.base_url) == (
        "from-keyring",
        "keyring",
        "https://work.example.com/v1",
    )
    session.set("work", "from-session")
    assert resolve_credentials("work", env={}, session=session).source == "session"
    env = {"FLOWNALLY_TOKEN": "from-env", "FLOWNALLY_BASE_URL": "http://127.0.0.1:9/v1"}
    creds = resolve_credentials("work", env=env, session=session)
    assert (creds.token, creds.source, creds.base_url) == (
        "from-env",
        "env",
        "http://127.0.0.1:9/v1",
    )
    assert "from-env" not in repr(creds)


def test_env_token_works_without_any_keyring() -> None:
    creds = resolve_credentials(
        env={"FLOWNALLY_TOKEN": TOKEN},
        keyring_store=KeyringTokenStore(keyring.backends.fail.Keyring()),
    )
    assert creds.token == TOKEN and creds.base_url == DEFAULT_BASE_URL


def test_session_only_token_when_the_keyring_is_unusable() -> None:
    session = SessionTokenStore()
    session.set("default", TOKEN)
    creds = resolve_credentials(
        env={},
        session=session,
        keyring_store=KeyringTokenStore(keyring.backends.fail.Keyring()),
    )
    assert creds.source == "session"
    assert TOKEN not in repr(session)


def test_no_token_says_how_to_sign_in() -> None:
    with pytest.raises(NoTokenError, match="journey-builder login --profile ops") as info:
        resolve_credentials("ops", env={}, session=SessionTokenStore())
    assert info.value.exit_code == 3


def test_an_insecure_env_base_url_is_refused() -> None:
    with pytest.raises(InsecureBaseURLError):
        resolve_credentials(env={"FLOWNALLY_TOKEN": TOKEN, "FLOWNALLY_BASE_URL": "http://x.io/v1"})
