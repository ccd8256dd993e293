"""The sandbox's data: journeys, immutable versions, the rules of the reference, persistence.

Thread-safe (one lock); every write bumps ``updatedAt`` strictly (two writes in one millisecond
still get different stamps). Bodies keep unknown fields; server-owned fields in a body are
ignored. Page tokens are opaque cursors that survive creates and deletes between pages.
"""

from __future__ import annotations

import base64
import bisect
import contextlib
import copy
import json
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journey_builder.model import JourneyDocument, TriggerConfig, WorkflowDefinition

__all__ = [
    "ALL_SCOPES",
    "SERVER_FIELDS",
    "ApiRefusalError",
    "SandboxState",
]

ALL_SCOPES = frozenset(
    {
        "journey:list",
        "journey:create",
        "journey:read",
        "journey:update",
        "journey:delete",
        "journey:publish",
        "journey:activate",
    }
)

#: Fields the server owns: ignored when a body carries them.
SERVER_FIELDS = frozenset({"id", "tenantId", "status", "createdAt", "updatedAt", "activeVersionId"})
_SUMMARY_FIELDS = ("id", "tenantId", "name", "status", "createdAt", "updatedAt", "entryMode")
_STATE_FORMAT = 1
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(eq=False)
class ApiRefusalError(Exception):
    """An error answer to send (status, stable code, message, details); never leaves the sandbox."""

    status: int
    code: str
    message: str
    details: list[Any] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = self.details
        return {"error": error}


def _new_id(prefix: str) -> str:
    """``prefix`` and 26 random characters of Crockford's base32, like the reference's ids."""
    value = int.from_bytes(secrets.token_bytes(17), "big")
    chars = []
    for _ in range(26):
        value, digit = divmod(value, 32)
        chars.append(_ALPHABET[digit])
    return prefix + "".join(chars)


def _encode_token(kind: str, cursor: int) -> str:
    raw = json.dumps({"k": kind, "c": cursor}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str, kind: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
        cursor = data["c"]
        if data["k"] != kind or not isinstance(cursor, int):
            raise ValueError
        return cursor
    except (ValueError, KeyError, TypeError):
        raise ApiRefusalError(
            400, "invalid_argument", "pageToken is not valid for this list"
        ) from None


def _check_body(body: Any, *, creating: bool) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiRefusalError(400, "invalid_argument", "The request body must be a JSON object")
    reasons: list[dict[str, str]] = []
    if creating and "name" not in body:
        reasons.append({"field": "name", "message": "name is required"})
    if "name" in body and (not isinstance(body["name"], str) or not body["name"].strip()):
        reasons.append({"field": "name", "message": "name must be non-empty text"})
    if "entryMode" in body and not isinstance(body["entryMode"], str):
        reasons.append({"field": "entryMode", "message": "entryMode must be text"})
    for key, model in (("definition", WorkflowDefinition), ("triggerConfig", TriggerConfig)):
        if key not in body:
            continue
        try:
            if not isinstance(body[key], dict):
                raise ValueError
            model.model_validate(body[key])
        except (ValidationError, ValueError) as exc:
            where = key
            if isinstance(exc, ValidationError):
                loc = exc.errors(include_url=False)[0]["loc"]
                where = ".".join([key, *(str(p) for p in loc)])
            reasons.append({"field": where, "message": f"{where} does not have the expected shape"})
    if reasons:
        raise ApiRefusalError(
            400,
            "invalid_argument",
            reasons[0]["message"] if len(reasons) == 1 else "The request body is not valid",
            reasons,
        )
    return {k: copy.deepcopy(v) for k, v in body.items() if k not in SERVER_FIELDS}


def _page_size(value: int | None, default: int, cap: int) -> int:
    if value is None or value == 0:
        return min(default, cap)
    if value < 0:
        raise ApiRefusalError(400, "invalid_argument", "pageSize must not be negative")
    return min(value, cap)


#: validate(document) -> problems with .severity, .code, .message (journey_builder.validation).
Validator = Callable[[JourneyDocument], Sequence[Any]]


class SandboxState:
    """Journeys and versions of one tenant; see the module docstring for the rules."""

    def __init__(
        self,
        *,
        path: Path | None = None,
        max_page_size: int = 100,
        default_page_size: int = 50,
        list_summaries: bool = True,
    ) -> None:
        self.path = path
        self.max_page_size = max_page_size
        self.default_page_size = default_page_size
        self.list_summaries = list_summaries
        self.tenant_id = _new_id("tn_")
        self._lock = threading.RLock()
        self._journeys: dict[str, dict[str, Any]] = {}
        self._journey_ids: list[str] = []  # creation order, parallel to _journey_seqs
        self._journey_seqs: list[int] = []
        self._versions: dict[str, dict[str, Any]] = {}
        self._version_seqs: dict[str, int] = {}
        self._versions_of: dict[str, list[str]] = {}  # journey id -> version ids, oldest first
        self._seq_of: dict[str, int] = {}
        self._next_seq = 1
        self._last_ms = 0
        if path is not None and path.exists():
            self._load(path)

    # --- time and ids ------------------------------------------------------------------------

    def _now(self) -> str:
        ms = max(int(time.time() * 1000), self._last_ms + 1)
        self._last_ms = ms
        stamp = datetime.fromtimestamp(ms / 1000, tz=UTC)
        return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"

    def _take_seq(self) -> int:
        seq = self._next_seq
        self._next_seq += 1
        return seq

    # --- journeys ----------------------------------------------------------------------------

    def _journey(self, journey_id: str) -> dict[str, Any]:
        journey = self._journeys.get(journey_id)
        if journey is None:
            raise ApiRefusalError(404, "not_found", f"Journey {journey_id} does not exist")
        return journey

    def count(self) -> int:
        with self._lock:
            return len(self._journeys)

    def create_journey(self, body: Any) -> dict[str, Any]:
        fields = _check_body(body, creating=True)
        with self._lock:
            now = self._now()
            journey: dict[str, Any] = {
                "id": _new_id("jrn_"),
                "tenantId": self.tenant_id,
                "name": fields.pop("name"),
                "status": "draft",
                "createdAt": now,
                "updatedAt": now,
            }
            journey.update(fields)
            seq = self._take_seq()
            self._journeys[journey["id"]] = journey
            self._journey_ids.append(journey["id"])
            self._journey_seqs.append(seq)
            self._seq_of[journey["id"]] = seq
            self._versions_of[journey["id"]] = []
            self._commit()
            return copy.deepcopy(journey)

    def get_journey(self, journey_id: str) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._journey(journey_id))

    def update_journey(self, journey_id: str, body: Any) -> dict[str, Any]:
        fields = _check_body(body, creating=False)
        with self._lock:
            journey = self._journey(journey_id)
            journey.update(fields)
            journey["updatedAt"] = self._now()
            self._commit()
            return copy.deepcopy(journey)

    def delete_journey(self, journey_id: str) -> None:
        with self._lock:
            journey = self._journey(journey_id)
            if journey.get("status") == "active":
                raise ApiRefusalError(
                    409,
                    "failed_precondition",
                    "This journey is active; pause it first, then delete it",
                )
            del self._journeys[journey_id]
            index = bisect.bisect_left(self._journey_seqs, self._seq_of.pop(journey_id))
            del self._journey_seqs[index]
            del self._journey_ids[index]
            for version_id in self._versions_of.pop(journey_id, []):
                self._versions.pop(version_id, None)
                self._version_seqs.pop(version_id, None)
            self._commit()

    def list_journeys(self, page_size: int | None, page_token: str | None) -> dict[str, Any]:
        size = _page_size(page_size, self.default_page_size, self.max_page_size)
        with self._lock:
            start = 0
            if page_token:
                start = bisect.bisect_right(self._journey_seqs, _decode_token(page_token, "j"))
            ids = self._journey_ids[start : start + size]
            items = [self._listed(self._journeys[i]) for i in ids]
            more = start + size < len(self._journey_ids)
            token = _encode_token("j", self._seq_of[ids[-1]]) if more and ids else ""
            return {"journeys": items, "nextPageToken": token, "totalSize": len(self._journeys)}

    def _listed(self, journey: dict[str, Any]) -> dict[str, Any]:
        if not self.list_summaries:
            return copy.deepcopy(journey)
        return {k: journey[k] for k in _SUMMARY_FIELDS if k in journey}

    # --- lifecycle ---------------------------------------------------------------------------

    def publish(self, journey_id: str, validate: Validator) -> dict[str, Any]:
        with self._lock:
            journey = self._journey(journey_id)
            doc = JourneyDocument.model_validate(
                {k: v for k, v in journey.items() if k not in SERVER_FIELDS}
            )
        problems = validate(doc)
        errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
        if errors:
            details = [
                {
                    "code": getattr(p, "code", "invalid"),
                    "message": getattr(p, "message", str(p)),
                    "nodeIds": list(getattr(p, "nodeIds", ()) or ()),
                }
                for p in errors
            ]
            count = len(errors)
            raise ApiRefusalError(
                422,
                "validation_failed",
                f"The journey has {count} error{'s' if count != 1 else ''}; fix "
                f"{'them' if count != 1 else 'it'} before publishing",
                details,
            )
        with self._lock:
            journey = self._journey(journey_id)
            now = self._now()
            version: dict[str, Any] = {"id": _new_id("ver_"), "journeyId": journey_id}
            for key in ("definition", "triggerConfig", "entryMode"):
                if key in journey:
                    version[key] = copy.deepcopy(journey[key])
            version["createdAt"] = now
            self._versions[version["id"]] = version
            self._version_seqs[version["id"]] = self._take_seq()
            self._versions_of[journey_id].append(version["id"])
            if journey.get("status") == "draft":
                journey["status"] = "published"
            journey["updatedAt"] = now
            self._commit()
            return copy.deepcopy(version)

    def activate(self, journey_id: str) -> dict[str, Any]:
        with self._lock:
            journey = self._journey(journey_id)
            versions = self._versions_of.get(journey_id, [])
            if not versions:
                raise ApiRefusalError(
                    409,
                    "failed_precondition",
                    "This journey has no published version; publish it before activating it",
                )
            latest = versions[-1]
            if journey.get("status") == "active" and journey.get("activeVersionId") == latest:
                raise ApiRefusalError(
                    409,
                    "failed_precondition",
                    "This journey is already active on its latest version",
                )
            journey["status"] = "active"
            journey["activeVersionId"] = latest
            journey["updatedAt"] = self._now()
            self._commit()
            return copy.deepcopy(journey)

    def pause(self, journey_id: str) -> dict[str, Any]:
        with self._lock:
            journey = self._journey(journey_id)
            if journey.get("status") != "active":
                raise ApiRefusalError(
                    409,
                    "failed_precondition",
                    f"Only an active journey can be paused; this one is {journey.get('status')}",
                )
            journey["status"] = "paused"
            journey["updatedAt"] = self._now()
            self._commit()
            return copy.deepcopy(journey)

    # --- versions ----------------------------------------------------------------------------

    def list_versions(
        self, journey_id: str, page_size: int | None, page_token: str | None
    ) -> dict[str, Any]:
        """Newest first."""
        size = _page_size(page_size, self.default_page_size, self.max_page_size)
        with self._lock:
            self._journey(journey_id)
            ids = list(reversed(self._versions_of[journey_id]))
            start = 0
            if page_token:
                cursor = _decode_token(page_token, "v")
                seqs = [-self._version_seqs[v] for v in ids]  # ascending
                start = bisect.bisect_right(seqs, -cursor)
            chosen = ids[start : start + size]
            more = start + size < len(ids)
            token = _encode_token("v", self._version_seqs[chosen[-1]]) if more and chosen else ""
            return {
                "journeyVersions": [copy.deepcopy(self._versions[v]) for v in chosen],
                "nextPageToken": token,
                "totalSize": len(ids),
            }

    def get_version(self, version_id: str) -> dict[str, Any]:
        with self._lock:
            version = self._versions.get(version_id)
            if version is None:
                raise ApiRefusalError(404, "not_found", f"Version {version_id} does not exist")
            return copy.deepcopy(version)

    # --- persistence -------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            return {
                "format": _STATE_FORMAT,
                "tenantId": self.tenant_id,
                "lastMs": self._last_ms,
                "journeys": [self._journeys[i] for i in self._journey_ids],
                "versions": [self._versions[v] for ids in self._versions_of.values() for v in ids],
            }

    def _commit(self) -> None:
        if self.path is not None:
            _atomic_write_json(self.path, self.to_json())

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != _STATE_FORMAT:
                raise ValueError("not a sandbox state file")
            journeys = data["journeys"]
            versions = data["versions"]
            self.tenant_id = str(data["tenantId"])
            self._last_ms = int(data.get("lastMs", 0))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}: cannot load the sandbox state ({exc})") from None
        for journey in journeys:
            seq = self._take_seq()
            self._journeys[journey["id"]] = journey
            self._journey_ids.append(journey["id"])
            self._journey_seqs.append(seq)
            self._seq_of[journey["id"]] = seq
            self._versions_of[journey["id"]] = []
        for version in versions:
            owner = self._versions_of.get(version.get("journeyId"))
            if owner is None:
                continue
            owner.append(version["id"])
            self._versions[version["id"]] = version
            self._version_seqs[version["id"]] = self._take_seq()


def _atomic_write_json(path: Path, data: Mapping[str, Any]) -> None:
    """Temp file, fsync, replace: a crash leaves the old state or the new one, never half."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
