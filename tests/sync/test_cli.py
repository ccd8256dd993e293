"""The sync verbs as a user runs them: a subprocess with FLOWNALLY_* set, against the sandbox."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest

from journey_builder.cli import main
from journey_builder.sandbox import Sandbox

from .conftest import MemoryKeyring
from .samples import RICH_BODY, broken_body, rich_body


@dataclass
class Run:
    code: int
    out: str
    err: str


class CLI:
    """Runs a verb in this process (fast) or as a subprocess (exactly as a user would)."""

    def __init__(self, sandbox: Sandbox, tmp_path: Path, *, subprocess: bool) -> None:
        self.sandbox = sandbox
        self.dir = tmp_path
        self.token = sandbox.tokens["full-access"]
        self.subprocess = subprocess
        self.seen_output: list[str] = []

    def __call__(
        self, *args: str, token: str | None = None, base_url: str | None = None, stdin: str = ""
    ) -> Run:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FLOWNALLY_")}
        env["FLOWNALLY_BASE_URL"] = base_url or self.sandbox.base_url
        if token != "":
            env["FLOWNALLY_TOKEN"] = token or self.token
        env["JOURNEY_BUILDER_CONFIG_DIR"] = str(self.dir / "config")
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        if self.subprocess:
            run = self._subprocess(args, env, stdin)
        else:
            run = self._inline(args, env, stdin)
        self.seen_output.append(run.out + run.err)
        return run

    def _subprocess(self, args: tuple[str, ...], env: dict[str, str], stdin: str) -> Run:
        proc = subprocess.run(
            [sys.executable, "-m", "journey_builder", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.dir,
            env=env,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    def _inline(self, args: tuple[str, ...], env: dict[str, str], stdin: str) -> Run:
        out, err = io.StringIO(), io.StringIO()
        with (
            mock.patch.dict(os.environ, env, clear=True),
            mock.patch.object(sys, "stdin", io.StringIO(stdin)),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        return Run(code, out.getvalue(), err.getvalue())

    def write(self, name: str, body: dict[str, object]) -> Path:
        path = self.dir / name
        path.write_text(json.dumps(body, indent=2))
        return path


def _checked(runner: CLI) -> Iterator[CLI]:
    yield runner
    for text in runner.seen_output:
        for token in runner.sandbox.tokens.values():
            assert token not in text


@pytest.fixture
def cli(sandbox: Sandbox, tmp_path: Path) -> Iterator[CLI]:
    yield from _checked(CLI(sandbox, tmp_path, subprocess=False))


@pytest.fixture
def cli_process(sandbox: Sandbox, tmp_path: Path) -> Iterator[CLI]:
    yield from _checked(CLI(sandbox, tmp_path, subprocess=True))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_every_verb_as_a_subprocess(cli_process: CLI, sandbox: Sandbox) -> None:
    cli = cli_process
    path = cli.write("j.journey.json", rich_body())
    run = cli("push", str(path))
    assert run.code == 0, run.err
    journey_id = run.out.strip()
    assert journey_id == json.loads(path.read_text())["id"]
    assert journey_id in cli("list").out
    assert "status:      draft" in cli("get", journey_id).out
    out = cli.dir / "pulled.journey.json"
    assert cli("pull", journey_id, "-o", str(out)).code == 0
    assert json.loads(out.read_text())["xTopLevel"] == RICH_BODY["xTopLevel"]
    version_id = cli("publish", str(path)).out.strip()
    assert version_id.startswith("ver_")
    assert version_id in cli("versions", journey_id).out
    assert json.loads(cli("version", version_id).out)["journeyId"] == journey_id
    assert cli("activate", journey_id).code == 0
    assert cli("pause", journey_id).code == 0
    run = cli("delete", journey_id)
    assert run.code == 2 and "--yes" in run.err
    assert cli("delete", journey_id, "--yes").code == 0
    assert sandbox.state.count() == 0


def test_exit_codes_as_a_subprocess(cli_process: CLI) -> None:
    cli = cli_process
    assert cli("get", "jrn_missing").code == 1
    run = cli("list", token="wrong-token-123")
    assert run.code == 3 and "sign in again" in run.err and "wrong-token-123" not in run.err
    run = cli("list", base_url="http://example.com/v1")
    assert run.code == 2 and "only https://" in run.err
    run = cli("list", base_url=f"http://127.0.0.1:{_closed_port()}/v1")
    assert run.code == 4 and "Could not connect" in run.err


def test_push_list_get_pull_round_trip(cli: CLI, sandbox: Sandbox) -> None:
    path = cli.write("welcome.journey.json", rich_body())
    run = cli("push", str(path))
    assert run.code == 0, run.err
    journey_id = run.out.strip()
    assert journey_id.startswith("jrn_")
    assert f"Created {journey_id}" in run.err
    saved = json.loads(path.read_text())
    assert saved["id"] == journey_id and saved["updatedAt"]
    assert saved["xTopLevel"] == RICH_BODY["xTopLevel"]

    run = cli("list")
    assert run.code == 0
    header, row = run.out.splitlines()
    assert header.split() == ["ID", "NAME", "STATUS", "UPDATED"]
    assert row.startswith(journey_id) and "Post-purchase follow-up" in row and "draft" in row

    run = cli("get", journey_id)
    assert "status:      draft" in run.out and "steps:       3" in run.out
    run = cli("get", journey_id, "--json")
    assert json.loads(run.out) == sandbox.state.get_journey(journey_id)

    run = cli("pull", journey_id)
    pulled = json.loads(run.out)
    assert {
        k: v
        for k, v in pulled.items()
        if k not in ("id", "updatedAt", "status", "tenantId", "createdAt")
    } == RICH_BODY

    out = cli.dir / "pulled.journey.json"
    run = cli("pull", journey_id, "-o", str(out))
    assert run.code == 0 and json.loads(out.read_text()) == pulled

    run = cli("push", str(out))
    assert run.code == 0 and "already up to date" in run.err
    assert sandbox.count("PATCH") == 0


def test_list_json_follows_every_page(cli: CLI, sandbox: Sandbox) -> None:
    for i in range(130):
        sandbox.state.create_journey({"name": f"J{i}"})
    run = cli("list", "--json")
    items = json.loads(run.out)
    assert [j["name"] for j in items] == [f"J{i}" for i in range(130)]
    assert sandbox.count("GET", "/v1/journeys") == 2
    assert len(cli("list").out.splitlines()) == 131


def test_empty_list(cli: CLI) -> None:
    run = cli("list")
    assert run.code == 0 and run.out == "" and "No journeys." in run.err
    assert json.loads(cli("list", "--json").out) == []


def test_push_conflict_then_force(cli: CLI, sandbox: Sandbox) -> None:
    path = cli.write("j.journey.json", rich_body())
    journey_id = cli("push", str(path)).out.strip()
    sandbox.state.update_journey(journey_id, {"name": "Changed elsewhere"})
    data = json.loads(path.read_text())
    data["name"] = "Mine"
    path.write_text(json.dumps(data))
    before = path.read_text()

    run = cli("push", str(path))
    assert run.code == 1
    assert "changed on the server" in run.err and "--force" in run.err and "Pull" in run.err
    assert path.read_text() == before
    assert sandbox.state.get_journey(journey_id)["name"] == "Changed elsewhere"

    run = cli("push", str(path), "--force", "--json")
    assert run.code == 0
    assert json.loads(run.out)["name"] == "Mine"
    assert (
        json.loads(path.read_text())["updatedAt"]
        == sandbox.state.get_journey(journey_id)["updatedAt"]
    )


def test_pull_refuses_to_overwrite_a_different_file(cli: CLI, sandbox: Sandbox) -> None:
    journey_id = sandbox.state.create_journey(rich_body())["id"]
    target = cli.write("other.journey.json", broken_body())
    before = target.read_text()
    run = cli("pull", journey_id, "-o", str(target))
    assert run.code == 1 and "differs from the server's copy" in run.err
    assert target.read_text() == before
    assert cli("pull", journey_id, "-o", str(target), "--force").code == 0
    assert json.loads(target.read_text())["id"] == journey_id


def test_publish_file_validates_locally_first(cli: CLI, sandbox: Sandbox) -> None:
    path = cli.write("broken.journey.json", broken_body())
    run = cli("publish", str(path))
    assert run.code == 1
    assert "error: no-start:" in run.err
    assert "block publishing; nothing was sent" in run.err
    assert sandbox.count() == 0


def test_publish_pushes_unpushed_edits_then_lifecycle(cli: CLI, sandbox: Sandbox) -> None:
    path = cli.write("j.journey.json", rich_body())
    run = cli("publish", str(path))
    assert run.code == 0, run.err
    version_id = run.out.strip()
    assert version_id.startswith("ver_")
    journey_id = json.loads(path.read_text())["id"]
    assert sandbox.state.get_journey(journey_id)["status"] == "published"

    data = json.loads(path.read_text())
    data["name"] = "Second edition"
    path.write_text(json.dumps(data))
    run = cli("publish", str(path))
    assert run.code == 0 and "Pushed the edits" in run.err
    second = run.out.strip()
    assert sandbox.state.get_version(second)["definition"] == RICH_BODY["definition"]
    assert sandbox.state.get_journey(journey_id)["name"] == "Second edition"

    run = cli("publish", journey_id)
    assert run.code == 0 and run.out.strip().startswith("ver_")

    run = cli("versions", journey_id)
    lines = run.out.splitlines()
    assert lines[0].split() == ["VERSION", "CREATED", "STEPS"] and len(lines) == 4
    versions = json.loads(cli("versions", journey_id, "--json").out)
    assert [v["id"] for v in versions][1:] == [second, version_id]

    out = cli.dir / "v1.json"
    assert cli("version", version_id, "-o", str(out)).code == 0
    assert json.loads(out.read_text()) == sandbox.state.get_version(version_id)
    assert json.loads(cli("version", version_id).out)["journeyId"] == journey_id

    run = cli("activate", journey_id)
    assert run.code == 0 and "now active" in run.err
    run = cli("delete", journey_id)
    assert run.code == 2 and "--yes" in run.err
    run = cli("delete", journey_id, "--yes")
    assert run.code == 1 and "pause it first" in run.err
    run = cli("pause", journey_id)
    assert run.code == 0 and "now paused" in run.err
    run = cli("pause", journey_id)
    assert run.code == 1 and "Only an active journey" in run.err
    run = cli("delete", journey_id, "--yes")
    assert run.code == 0 and f"Deleted {journey_id}" in run.err
    assert sandbox.state.count() == 0


def test_activate_needs_a_published_version(cli: CLI, sandbox: Sandbox) -> None:
    journey_id = sandbox.state.create_journey(rich_body())["id"]
    run = cli("activate", journey_id)
    assert run.code == 1 and "publish it before activating" in run.err and "(HTTP 409)" in run.err


def test_server_refusal_of_publish_shows_its_reasons(cli: CLI, sandbox: Sandbox) -> None:
    journey_id = sandbox.state.create_journey(broken_body())["id"]
    run = cli("publish", journey_id)  # local validation stops it before the server
    assert run.code == 1 and "no-start" in run.err
    assert sandbox.count("POST") == 0


def test_more_exit_codes(cli: CLI, sandbox: Sandbox) -> None:
    path = cli.write("j.journey.json", rich_body())
    run = cli("push", str(path), token=sandbox.tokens["read-only"])
    assert run.code == 3 and "journey:create" in run.err
    run = cli("list", token="")
    assert run.code == 3 and "Not signed in" in run.err
    run = cli("push", str(cli.dir / "missing.json"))
    assert run.code == 2 and "no such file" in run.err
    run = cli("get", "")
    assert run.code == 2
    run = cli("login", "--profile", "two words", stdin="tok\n")
    assert run.code == 2 and "profile name" in run.err


def test_login_refuses_without_a_usable_keyring(cli_process: CLI, sandbox: Sandbox) -> None:
    cli = cli_process
    token = sandbox.tokens["full-access"]
    run = cli("login", stdin=token + "\n", token="")
    assert run.code == 3
    assert "No usable OS keyring" in run.err and "FLOWNALLY_TOKEN" in run.err
    for path in cli.dir.rglob("*"):
        if path.is_file():
            assert token not in path.read_text(errors="replace")
    run = cli("login", stdin="not-a-valid-token\n", token="")
    assert run.code == 3 and "sign in again" in run.err
    run = cli("login", stdin="\n", token="")
    assert run.code == 2 and "no token given" in run.err


def test_login_list_logout_in_process_with_a_keyring(
    sandbox: Sandbox,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = sandbox.tokens["read-only"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(token + "\n"))
    assert main(["login", "--profile", "local", "--base-url", sandbox.base_url]) == 0
    assert memory_keyring.secrets == {("flownally-journey-builder", "local"): token}
    sandbox.state.create_journey({"name": "Seen after login"})
    assert main(["list"]) == 0  # the new profile became the current one
    out, err = capsys.readouterr()
    assert "Seen after login" in out and "Signed in" in err
    assert token not in out + err
    assert main(["logout"]) == 0
    assert memory_keyring.secrets == {}
    assert main(["list"]) == 3
    assert "Not signed in" in capsys.readouterr().err


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, with the user's answers queued."""

    def isatty(self) -> bool:
        return True


def test_delete_asks_on_a_terminal(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FLOWNALLY_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("FLOWNALLY_TOKEN", sandbox.tokens["full-access"])
    journey_id = sandbox.state.create_journey({"name": "Spring sale"})["id"]
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    assert main(["delete", journey_id]) == 1
    err = capsys.readouterr().err
    assert "Delete journey 'Spring sale'" in err and "[y/N]" in err and "Nothing was deleted" in err
    assert sandbox.state.count() == 1
    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    assert main(["delete", journey_id]) == 0
    assert sandbox.state.count() == 0


def test_login_prompts_without_echo_on_a_terminal(
    sandbox: Sandbox,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import getpass

    prompts: list[str] = []
    token = sandbox.tokens["full-access"]

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return token

    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert main(["login", "--base-url", sandbox.base_url]) == 0
    assert prompts == ["Token (input hidden): "]
    assert memory_keyring.secrets[("flownally-journey-builder", "default")] == token
