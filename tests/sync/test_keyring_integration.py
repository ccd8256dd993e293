"""The token in a real Secret Service: gnome-keyring-daemon on a private D-Bus session.

Runs the check in a subprocess under ``dbus-run-session`` with HOME, XDG dirs and the keyring
all inside ``tmp_path``, so nothing touches the user's own keyring. The Makefile's
``system-deps`` installs ``dbus``, ``dbus-x11`` and ``gnome-keyring``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journey_builder.sandbox import Sandbox

pytestmark = pytest.mark.keyring_integration

_CHECK = textwrap.dedent(
    """
    import os
    import keyring
    from journey_builder.sync import KeyringTokenStore, KEYRING_SERVICE

    backend = keyring.get_keyring()
    assert type(backend).__module__ == "keyring.backends.SecretService", backend
    token = os.environ["JB_TEST_TOKEN"]
    store = KeyringTokenStore()
    store.set("integration", token)
    assert store.get("integration") == token
    assert keyring.get_password(KEYRING_SERVICE, "integration") == token
    assert store.delete("integration") is True
    assert store.get("integration") is None
    assert store.delete("integration") is False
    print("keyring round trip ok")
    """
)

_SCRIPT = """
set -e
printf '%s' "$JB_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$JB_PYTHON" "$JB_CHECK"
printf '%s\\n' "$JB_TEST_TOKEN" | "$JB_PYTHON" -m journey_builder login --profile it --base-url "$JB_BASE_URL"
"$JB_PYTHON" -m journey_builder list --profile it
"$JB_PYTHON" -m journey_builder logout --profile it
if "$JB_PYTHON" -m journey_builder list --profile it; then echo "still signed in"; exit 1; fi
echo "cli round trip ok"
"""


def test_token_round_trip_through_gnome_keyring(tmp_path: Path, sandbox: Sandbox) -> None:
    missing = [b for b in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        pytest.skip(
            "KEYRING INTEGRATION TEST NOT RUN: "
            + ", ".join(missing)
            + " not installed. Install the Debian packages dbus, dbus-x11 and gnome-keyring "
            "(`make system-deps` does it as root) to check tokens in a real Secret Service."
        )
    for name in ("home", "data", "config", "cache", "runtime"):
        (tmp_path / name).mkdir(mode=0o700)
    check = tmp_path / "check.py"
    check.write_text(_CHECK)
    sandbox.state.create_journey({"name": "Listed with the keyring token"})
    token = sandbox.tokens["full-access"]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JOURNEY_BUILDER_CONFIG_DIR": str(tmp_path / "config" / "journey-builder"),
        "JB_PYTHON": sys.executable,
        "JB_CHECK": str(check),
        "JB_TEST_TOKEN": token,
        "JB_BASE_URL": sandbox.base_url,
        "JB_KEYRING_PASSWORD": "integration-test-only",
        "LANG": "C.UTF-8",
    }
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", _SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    report = f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert proc.returncode == 0, report
    assert "keyring round trip ok" in proc.stdout
    assert "Listed with the keyring token" in proc.stdout
    assert "cli round trip ok" in proc.stdout
    assert "Not signed in" in proc.stderr
    assert token not in proc.stdout + proc.stderr
    profiles = (tmp_path / "config" / "journey-builder" / "profiles.json").read_text()
    assert token not in profiles and sandbox.base_url in profiles
