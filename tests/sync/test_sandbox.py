"""The sandbox keeps the reference's rules, its documented error body, and its state."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journey_builder.sandbox import ALL_SCOPES, ApiRefusalError, Sandbox, SandboxState, run_sandbox
from journey_builder.sync._http import httpx

from .samples import broken_body, rich_body


def _raw(
    sb: Sandbox, method: str, path: str, token: str | None = None, **kw: object
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.request(method, sb.base_url + path, headers=headers, trust_env=False, **kw)  # type: ignore[arg-type]


def test_error_body_shape_and_status_codes(sandbox: Sandbox) -> None:
    full = sandbox.tokens["full-access"]
    r = _raw(sandbox, "GET", "/journeys")
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert r.json() == {
        "error": {"code": "unauthenticated", "message": "A bearer token is required"}
    }
    r = _raw(sandbox, "GET", "/nothing", full)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    r = _raw(sandbox, "PUT", "/journeys", full)
    assert r.status_code == 405 and r.headers["Allow"] == "GET, POST"
    r = httpx.post(
        sandbox.base_url + "/journeys",
        content=b"{nope",
        headers={"Authorization": f"Bearer {full}", "Content-Type": "application/json"},
        trust_env=False,
    )
    assert r.status_code == 400 and r.json()["error"]["message"] == "The body is not valid JSON"
    r = _raw(sandbox, "GET", "/journeys?pageSize=abc", full)
    assert r.status_code == 400
    r = _raw(sandbox, "GET", "/journeys?pageToken=garbage", full)
    assert r.status_code == 400 and "pageToken" in r.json()["error"]["message"]


def test_scopes_per_endpoint(sandbox: Sandbox) -> None:
    journey = sandbox.state.create_journey(rich_body())
    ro = sandbox.tokens["read-only"]
    assert _raw(sandbox, "GET", "/journeys", ro).status_code == 200
    assert _raw(sandbox, "GET", f"/journeys/{journey['id']}", ro).status_code == 200
    r = _raw(sandbox, "PATCH", f"/journeys/{journey['id']}", ro, json={"name": "x"})
    assert r.status_code == 403
    assert r.json()["error"]["details"] == [{"requiredScope": "journey:update"}]
    np = sandbox.tokens["no-publish"]
    assert _raw(sandbox, "POST", f"/journeys/{journey['id']}/pause", np).status_code == 403
    assert sandbox.scopes_of("full-access") == ALL_SCOPES
    sandbox.add_token("my-known-token", {"journey:list"}, name="lister")
    assert _raw(sandbox, "GET", "/journeys", "my-known-token").status_code == 200
    assert _raw(sandbox, "GET", f"/journeys/{journey['id']}", "my-known-token").status_code == 403


def test_tokens_are_random_per_sandbox() -> None:
    with run_sandbox() as a, run_sandbox() as b:
        assert a.tokens.keys() == b.tokens.keys() == {"full-access", "read-only", "no-publish"}
        assert not set(a.tokens.values()) & set(b.tokens.values())


def test_create_patch_and_unknown_fields() -> None:
    state = SandboxState()
    with pytest.raises(ApiRefusalError, match="name is required"):
        state.create_journey({"entryMode": "once"})
    with pytest.raises(ApiRefusalError, match="non-empty"):
        state.create_journey({"name": "  "})
    with pytest.raises(ApiRefusalError, match=r"definition\.nodes"):
        state.create_journey({"name": "x", "definition": {"nodes": "x"}})
    journey = state.create_journey({"name": "A", "status": "active", "id": "mine", "xNew": [1]})
    assert journey["status"] == "draft" and journey["id"] != "mine"
    assert journey["xNew"] == [1]
    patched = state.update_journey(journey["id"], {"entryMode": "every_time", "xMore": {}})
    assert patched["name"] == "A" and patched["entryMode"] == "every_time"
    assert patched["xNew"] == [1] and patched["xMore"] == {}


def test_updated_at_strictly_increases_even_within_a_millisecond() -> None:
    state = SandboxState()
    journey = state.create_journey({"name": "A"})
    stamps = [journey["updatedAt"]]
    for i in range(200):
        stamps.append(state.update_journey(journey["id"], {"name": f"n{i}"})["updatedAt"])
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", s) for s in stamps)


def test_lifecycle_rules() -> None:
    state = SandboxState()
    journey = state.create_journey(rich_body())
    jid = journey["id"]
    validate = _validator()
    with pytest.raises(ApiRefusalError, match="publish it before"):
        state.activate(jid)
    version = state.publish(jid, validate)
    assert state.get_journey(jid)["status"] == "published"
    assert version["definition"] == rich_body()["definition"]
    state.update_journey(jid, {"definition": {"nodes": [], "edges": []}})
    assert state.get_version(version["id"])["definition"] == rich_body()["definition"]  # immutable
    state.update_journey(jid, {"definition": rich_body()["definition"]})
    active = state.activate(jid)
    assert active["status"] == "active" and active["activeVersionId"] == version["id"]
    with pytest.raises(ApiRefusalError, match="already active"):
        state.activate(jid)
    with pytest.raises(ApiRefusalError, match="pause it first") as info:
        state.delete_journey(jid)
    assert info.value.status == 409
    assert state.pause(jid)["status"] == "paused"
    with pytest.raises(ApiRefusalError, match="Only an active journey"):
        state.pause(jid)
    assert state.activate(jid)["status"] == "active"
    state.pause(jid)
    state.delete_journey(jid)
    with pytest.raises(ApiRefusalError) as info:
        state.get_version(version["id"])
    assert info.value.status == 404


def _validator():  # type: ignore[no-untyped-def]
    from journey_builder.validation import validate

    return validate


def test_publish_refuses_a_journey_with_errors_with_reasons() -> None:
    state = SandboxState()
    jid = state.create_journey(broken_body())["id"]
    with pytest.raises(ApiRefusalError) as info:
        state.publish(jid, _validator())
    assert info.value.status == 422
    codes = {d["code"] for d in info.value.details}
    assert "no-start" in codes
    assert state.get_journey(jid)["status"] == "draft"


def test_page_size_is_capped_and_tokens_survive_deletes() -> None:
    state = SandboxState()
    ids = [state.create_journey({"name": f"n{i}"})["id"] for i in range(250)]
    page = state.list_journeys(1000, None)
    assert len(page["journeys"]) == 100 and page["totalSize"] == 250
    assert set(page["journeys"][0]) <= {
        "id",
        "tenantId",
        "name",
        "status",
        "createdAt",
        "updatedAt",
        "entryMode",
    }
    state.delete_journey(ids[100])
    second = state.list_journeys(100, page["nextPageToken"])
    assert second["journeys"][0]["id"] == ids[101]
    third = state.list_journeys(100, second["nextPageToken"])
    assert third["nextPageToken"] == "" and third["journeys"][-1]["id"] == ids[-1]
    assert state.list_journeys(None, None)["journeys"].__len__() == 50


def test_state_is_saved_atomically_and_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.json"
    state = SandboxState(path=path)
    jid = state.create_journey(rich_body())["id"]
    version = state.publish(jid, _validator())
    state.update_journey(jid, {"name": "Saved"})
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    again = SandboxState(path=path)
    assert again.get_journey(jid) == state.get_journey(jid)
    assert again.get_version(version["id"]) == version
    assert again.tenant_id == state.tenant_id
    later = again.update_journey(jid, {"name": "Later"})["updatedAt"]
    assert later > state.get_journey(jid)["updatedAt"]
    path.write_text("{broken")
    with pytest.raises(ValueError, match="cannot load the sandbox state"):
        SandboxState(path=path)


def test_stopping_leaves_no_threads_even_with_open_connections() -> None:
    before = set(threading.enumerate())
    with run_sandbox() as sb, httpx.Client(trust_env=False) as keep_alive:
        token = sb.tokens["full-access"]
        for _ in range(3):
            keep_alive.get(sb.base_url + "/journeys", headers={"Authorization": f"Bearer {token}"})
        sb.faults.latency = 30.0  # a request in flight must not hold up the stop
        slow = threading.Thread(
            target=lambda: _quietly(
                lambda: httpx.get(sb.base_url + "/journeys", timeout=60, trust_env=False)
            )
        )
        slow.start()
        while sb.count() < 4:
            threading.Event().wait(0.01)
    slow.join(5)
    assert not slow.is_alive()
    assert set(threading.enumerate()) <= before


def _quietly(func) -> None:  # type: ignore[no-untyped-def]
    with contextlib.suppress(httpx.HTTPError):
        func()


def test_cli_sandbox_prints_url_and_tokens_and_serves(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "journey_builder", "sandbox", "--port", "0", "--state", str(state)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(6)]
        url = re.search(r"(http://127\.0\.0\.1:\d+/v1)", lines[0])
        assert url, lines
        tokens = dict(
            re.findall(r"^\s+(full-access|read-only|no-publish)\s+(\S+)", "".join(lines), re.M)
        )
        assert set(tokens) == {"full-access", "read-only", "no-publish"}
        r = httpx.post(
            url.group(1) + "/journeys",
            json={"name": "From CLI"},
            headers={"Authorization": f"Bearer {tokens['full-access']}"},
            trust_env=False,
        )
        assert r.status_code == 201
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    saved = json.loads(state.read_text())
    assert [j["name"] for j in saved["journeys"]] == ["From CLI"]
    assert tokens["full-access"] not in state.read_text()


def test_cli_fault_flags_are_applied(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "journey_builder", "sandbox", "--port", "0", "--error-rate", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+/v1)", first)
        assert url, first
        r = httpx.get(url.group(1) + "/journeys", trust_env=False)
        assert r.status_code == 503
        assert r.json()["error"]["code"] == "unavailable"
    finally:
        proc.terminate()
        proc.communicate(timeout=10)
    assert proc.returncode == 0


def test_in_process_faults_hit_only_matching_requests(sandbox: Sandbox) -> None:
    token = sandbox.tokens["full-access"]
    sandbox.faults.add("status", status=500, method="POST", path_prefix="/v1/journeys")
    assert _raw(sandbox, "GET", "/journeys", token).status_code == 200
    assert sandbox.faults.pending() == 1
    assert _raw(sandbox, "POST", "/journeys", token, json={"name": "x"}).status_code == 500
    assert sandbox.state.count() == 0
    with pytest.raises(ValueError, match="unknown fault kind"):
        sandbox.faults.add("explode")
