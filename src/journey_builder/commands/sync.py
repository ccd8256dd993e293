"""CLI verbs that talk to the Journeys API (DESIGN §9): sign-in, list/get, pull/push, lifecycle.

Data goes to stdout (ids, tables, ``--json`` as the API's own objects); messages to stderr.
Errors are classes of :mod:`journey_builder.errors`; ``cli.main`` maps them to exit codes.
``--profile``, ``FLOWNALLY_BASE_URL`` and ``FLOWNALLY_TOKEN`` apply to every verb.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from journey_builder.errors import (
    FileReadError,
    JourneyFileError,
    PermissionDeniedError,
    SyncConflictError,
    ValidationFailedError,
)
from journey_builder.model import Journey, JourneyDocument
from journey_builder.model.sync_case import SyncCase, same_content, server_changes
from journey_builder.storage.base_files import read_base, write_base
from journey_builder.storage.files import (
    atomic_write_text,
    document_to_text,
    load_journey,
    save_journey,
)
from journey_builder.sync import (
    JourneysClient,
    KeyringTokenStore,
    ProfileStore,
    PushResult,
    check_base_url,
    pull,
    push_result,
    resolve_credentials,
)
from journey_builder.sync.credentials import BASE_URL_ENV
from journey_builder.sync.profiles import check_profile_name

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _plain(value: Any, limit: int = 60) -> str:
    """Server text made safe for a terminal: no control or bidi characters, one line, bounded."""
    text = _CONTROL.sub(" ", "" if value is None else str(value)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False))


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    rows = list(rows)
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    for row in [list(headers), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def _nonempty(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value.strip()


def _usage_errors(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A bad profile name or similar is a usage error (exit 2), not a crash."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except ValueError as exc:
            _say(f"journey-builder: {exc}")
            return 2

    return wrapper


def _profile(args: argparse.Namespace) -> str | None:
    value = getattr(args, "profile", None)
    return value if isinstance(value, str) else None


def _client(args: argparse.Namespace) -> JourneysClient:
    creds = resolve_credentials(_profile(args))
    return JourneysClient(creds.base_url, creds.token)


def _looks_like_file(target: str) -> bool:
    return os.path.exists(target) or target.lower().endswith(".json") or os.sep in target


# --- login / logout --------------------------------------------------------------------------


def _read_token() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Token (input hidden): ")
    return sys.stdin.readline()


@_usage_errors
def _login(args: argparse.Namespace) -> int:
    store = ProfileStore()
    name = check_profile_name(_profile(args) or store.current_name())
    base_url = check_base_url(
        args.base_url or os.environ.get(BASE_URL_ENV) or store.get(name).base_url
    )
    token = _read_token().strip()
    if not token:
        _say("journey-builder: no token given; nothing was stored")
        return 2
    if not args.no_verify:
        with JourneysClient(base_url, token) as client:
            try:
                client.list_journeys(page_size=1)
            except PermissionDeniedError:
                _say("warning: this token may not list journeys (journey:list); stored anyway")
    KeyringTokenStore().set(name, token)
    store.save(name, base_url)
    _say(f"Signed in to {base_url} as profile {name!r}; the token is in the OS keyring.")
    return 0


@_usage_errors
def _logout(args: argparse.Namespace) -> int:
    store = ProfileStore()
    name = _profile(args) or store.current_name()
    if KeyringTokenStore().delete(name):
        _say(f"Signed out of profile {name!r}; its token was removed from the keyring.")
    else:
        _say(f"No token was stored for profile {name!r}.")
    return 0


# --- reading ---------------------------------------------------------------------------------


@_usage_errors
def _list(args: argparse.Namespace) -> int:
    with _client(args) as client:
        journeys = list(client.iter_journeys())
    if args.json:
        _print_json([j.to_json() for j in journeys])
        return 0
    if not journeys:
        _say("No journeys.")
        return 0
    _table(
        ("ID", "NAME", "STATUS", "UPDATED"),
        (
            (_plain(j.id, 40), _plain(j.name, 48), _plain(j.status, 12), _plain(j.updatedAt, 30))
            for j in journeys
        ),
    )
    return 0


@_usage_errors
def _get(args: argparse.Namespace) -> int:
    with _client(args) as client:
        journey = client.get_journey(args.id)
    if args.json:
        _print_json(journey.to_json())
        return 0
    definition = journey.definition
    trigger = journey.triggerConfig.type if journey.triggerConfig else None
    rows = [
        ("id", journey.id),
        ("name", journey.name),
        ("status", journey.status),
        ("entryMode", journey.entryMode),
        ("trigger", trigger),
        ("steps", len(definition.nodes) if definition else 0),
        ("connections", len(definition.edges) if definition else 0),
        ("createdAt", journey.createdAt),
        ("updatedAt", journey.updatedAt),
    ]
    for key, value in rows:
        print(f"{key + ':':<13}{_plain(value, 200) if value is not None else '-'}")
    return 0


@_usage_errors
def _pull(args: argparse.Namespace) -> int:
    with _client(args) as client:
        doc = pull(client, args.id)
    text = document_to_text(doc)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    if out.exists() and not args.force and not _same_content(out, doc, text):
        _say(
            f"journey-builder: {out} already exists and differs from the server's copy; nothing "
            "was written. If it holds edits you have not pushed, push them first "
            f"(journey-builder push {out}); to replace it, pull again with --force."
        )
        return 1
    save_journey(doc, out)
    write_base(out, doc)
    _say(f"Wrote {out} ({doc.display_name}, updatedAt {doc.updatedAt}).")
    return 0


def _same_content(path: Path, doc: JourneyDocument, text: str) -> bool:
    """The file holds this journey with no content the server lacks (so replacing loses nothing)."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return True
        existing = load_journey(path)
    except (JourneyFileError, OSError, UnicodeDecodeError):
        return False
    return existing.id == doc.id and existing.api_body() == doc.api_body()


@_usage_errors
def _versions(args: argparse.Namespace) -> int:
    with _client(args) as client:
        versions = list(client.iter_versions(args.id))
    if args.json:
        _print_json([v.to_json() for v in versions])
        return 0
    if not versions:
        _say("No published versions.")
        return 0
    _table(
        ("VERSION", "CREATED", "STEPS"),
        (
            (
                _plain(v.id, 40),
                _plain(v.createdAt, 30),
                str(len(v.definition.nodes)) if v.definition else "-",
            )
            for v in versions
        ),
    )
    return 0


@_usage_errors
def _version(args: argparse.Namespace) -> int:
    with _client(args) as client:
        version = client.get_version(args.version_id)
    text = json.dumps(version.to_json(), indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(args.output, text)
        _say(f"Wrote {args.output} (version {_plain(version.id)}).")
    return 0


# --- writing ---------------------------------------------------------------------------------


class _RemoteNewer(Exception):  # noqa: N818 - a signal inside this module, not an error
    """The server's copy changed and the file did not: nothing was sent."""

    def __init__(self, journey_id: str) -> None:
        self.journey_id = journey_id
        super().__init__(journey_id)


def _file_base(path: str, doc: JourneyDocument) -> JourneyDocument | None:
    """The base copy beside ``path`` (see storage.base_files); an unusable one is ignored."""
    try:
        base = read_base(path)
    except JourneyFileError as exc:
        _say(f"warning: ignoring the base copy: {exc}")
        return None
    if base is not None and doc.id and base.id not in (None, doc.id):
        _say(f"warning: the base copy beside {path} is of another journey ({base.id}); ignored")
        return None
    return base


def _case_line(case: SyncCase, base: JourneyDocument | None, result: PushResult | None) -> str:
    """One line naming how the file and the server's copy stood against the base copy."""
    if case is SyncCase.NO_BASE:
        return "push: no base copy beside the file; compared updatedAt only"
    if case is SyncCase.UNCHANGED:
        return "push: no changes since last sync"
    if case is SyncCase.LOCAL_ONLY:
        return "push: only your copy changed; no conflict"
    if case is SyncCase.REMOTE_ONLY:
        return "push: remote changed; take theirs (your copy did not change)"
    if case is SyncCase.LIFECYCLE_ONLY:
        journey = result.journey if result is not None else None
        changed = server_changes(base, _as_document(journey)) if base and journey else ()
        if "status" in changed and journey is not None:
            return f"push: server changed only its status ({_plain(journey.status)}); no conflict"
        return "push: server changed only its timestamps; no conflict"
    if result is not None and result.merged:
        return "push: both changed, in different steps; merged and sent"
    return "push: both changed since last sync"


def _as_document(journey: Journey) -> JourneyDocument:
    return JourneyDocument.from_journey(journey)


def _push_file(
    client: JourneysClient, path: str, doc: JourneyDocument, *, force: bool, merge: bool = False
) -> tuple[str, dict[str, Any], bool]:
    """Push ``doc`` three-way against the base copy beside ``path``; write id/updatedAt (or
    the merged journey) back into ``path`` and the server's answer as the new base copy.
    Returns (id, journey JSON, changed); raises :class:`_RemoteNewer` when nothing was sent
    because only the server's copy changed."""
    base = _file_base(path, doc)
    try:
        result = push_result(client, doc, force=force, base=base, merge=merge)
    except SyncConflictError as exc:
        _say(_case_line(SyncCase(exc.case), base, None))
        raise
    if result.created:
        _say("push: not on the server yet; created it")
    else:
        _say(_case_line(result.case, base, result))
        if force and result.case in (SyncCase.REMOTE_ONLY, SyncCase.BOTH_CHANGED):
            _say("push: --force: your copy replaces the server's")
    if result.remote_newer:
        raise _RemoteNewer(doc.id or "")
    journey_id = result.document.id or ""
    if result.changed or doc.id != result.document.id or doc.updatedAt != result.document.updatedAt:
        try:
            save_journey(result.document, path)
        except JourneyFileError as exc:
            _say(f"journey-builder: pushed as {journey_id}, but could not update {path}: {exc}")
            raise
    if result.base is not None:
        try:
            write_base(path, result.base)
        except JourneyFileError as exc:
            _say(f"warning: pushed, but could not keep the base copy ({exc})")
    return journey_id, result.journey.to_json(), result.changed


@_usage_errors
def _push(args: argparse.Namespace) -> int:
    doc = load_journey(args.file)
    with _client(args) as client:
        was_new = not doc.id
        try:
            journey_id, journey_json, changed = _push_file(
                client, args.file, doc, force=args.force, merge=args.merge
            )
        except _RemoteNewer as newer:
            _say(
                f"journey-builder: the server's copy of {newer.journey_id} changed since the last "
                f"sync and {args.file} did not; nothing was sent. Take theirs with "
                f"`journey-builder pull {newer.journey_id} -o {args.file} --force`, or push with "
                "--force to overwrite the server's copy."
            )
            return 1
    if args.json:
        _print_json(journey_json)
    else:
        print(journey_id)
    if was_new:
        _say(f"Created {journey_id}; {args.file} now records it.")
    elif changed:
        _say(f"Updated {journey_id}.")
    else:
        _say(f"{journey_id} was already up to date.")
    return 0


def _check_locally(doc: JourneyDocument, where: str) -> None:
    """Run the validator; errors stop publishing with the whole list on stderr."""
    from journey_builder.validation import validate

    problems = list(validate(doc))
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        _say(f"{where}: {problem.severity}: {problem.code}: {problem.message}")
    if errors:
        count = len(errors)
        raise ValidationFailedError(
            f"{where}: {count} error{'s' if count != 1 else ''} block publishing; nothing was sent",
            errors,
        )


@_usage_errors
def _publish(args: argparse.Namespace) -> int:
    target: str = args.target
    with _client(args) as client:
        if _looks_like_file(target):
            if not os.path.exists(target):
                raise FileReadError("no such file", source=target)
            doc = load_journey(target)
            _check_locally(doc, target)
            try:
                journey_id, _, changed = _push_file(client, target, doc, force=args.force)
            except _RemoteNewer as newer:
                _say(
                    f"journey-builder: the server's copy of {newer.journey_id} changed since the "
                    f"last sync and {target} did not; nothing was published. Pull it first "
                    f"(`journey-builder pull {newer.journey_id} -o {target} --force`), or "
                    "publish the server's copy by its id."
                )
                return 1
            if changed:
                _say(f"Pushed the edits in {target} to {journey_id} first.")
        else:
            journey_id = target
            _check_locally(pull(client, journey_id), journey_id)
        version = client.publish_journey(journey_id)
        if _looks_like_file(target):
            _refresh_after_publish(client, target, journey_id)
    print(version.id)
    _say(f"Published {journey_id} as version {_plain(version.id)}.")
    return 0


def _refresh_after_publish(client: JourneysClient, path: str, journey_id: str) -> None:
    """Publishing moves the server's updatedAt; record it (in the file and its base copy) so
    the next push is no false conflict, even by a version that compares updatedAt only.

    Only when the server's content is still exactly the file's: otherwise someone else edited
    in between, and the next push must notice.
    """
    doc = load_journey(path)
    remote = client.get_journey(journey_id)
    theirs = JourneyDocument.from_journey(remote)
    if doc.id != remote.id or not same_content(theirs, doc):
        return
    write_base(path, theirs)
    updated = doc.model_copy(deep=True)
    updated.updatedAt = remote.updatedAt
    extras = updated.__pydantic_extra__
    if extras is not None and "status" in extras:
        extras["status"] = remote.status
    save_journey(updated, path)


@_usage_errors
def _activate(args: argparse.Namespace) -> int:
    with _client(args) as client:
        journey = client.activate_journey(args.id)
    _say(f"{journey.id} is now {_plain(journey.status)}.")
    return 0


@_usage_errors
def _pause(args: argparse.Namespace) -> int:
    with _client(args) as client:
        journey = client.pause_journey(args.id)
    _say(f"{journey.id} is now {_plain(journey.status)}; contacts already in it continue.")
    return 0


@_usage_errors
def _delete(args: argparse.Namespace) -> int:
    if not args.yes and not sys.stdin.isatty():
        _say("journey-builder: refusing to delete without confirmation; pass --yes")
        return 2
    with _client(args) as client:
        if not args.yes:
            journey = client.get_journey(args.id)
            sys.stderr.write(
                f"Delete journey {_plain(journey.name)!r} ({journey.id}, {_plain(journey.status)})? "
                "This cannot be undone. [y/N] "
            )
            sys.stderr.flush()
            if sys.stdin.readline().strip().lower() not in ("y", "yes"):
                _say("Nothing was deleted.")
                return 1
        client.delete_journey(args.id)
    _say(f"Deleted {args.id}.")
    return 0


# --- registration ----------------------------------------------------------------------------


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add login, logout, list, get, pull, push, publish, activate, pause, delete, versions, version."""

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> Any:
        parser = subparsers.add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        parser.set_defaults(func=func)
        return parser

    p = add("login", _login, "store an API token in the OS keyring (read from stdin or a prompt)")
    p.add_argument("--base-url", metavar="URL", help="the API's base URL for this profile")
    p.add_argument(
        "--no-verify", action="store_true", help="store the token without checking it first"
    )
    add("logout", _logout, "remove the profile's token from the keyring")

    p = add("list", _list, "list every remote journey (all pages)")
    p.add_argument("--json", action="store_true", help="print the API's objects as a JSON array")

    p = add("get", _get, "show one remote journey")
    p.add_argument("id", type=_nonempty, help="the journey id")
    p.add_argument("--json", action="store_true", help="print the API's object")

    p = add("pull", _pull, "write a remote journey as a journey file (with id and updatedAt)")
    p.add_argument("id", type=_nonempty, help="the journey id")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--force", action="store_true", help="replace FILE even if it differs from the server"
    )

    p = add(
        "push",
        _push,
        "create or update the remote journey; prints its id. Compares the file and the "
        "server's copy with the base copy beside the file (.FILE.base, written by pull and "
        "push) and says which changed",
    )
    p.add_argument("file", help="a journey file; its id and updatedAt are written back")
    p.add_argument(
        "--force", action="store_true", help="overwrite the server's copy even if it changed"
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help="when both copies changed different steps, send both changes (merged into FILE)",
    )
    p.add_argument("--json", action="store_true", help="print the server's journey object")

    p = add("publish", _publish, "validate locally, then publish; prints the version id")
    p.add_argument("target", metavar="ID-or-FILE", type=_nonempty, help="a journey id or file")
    p.add_argument(
        "--force", action="store_true", help="when pushing FILE first, overwrite remote changes"
    )

    p = add("activate", _activate, "start a published journey (contacts begin to enter)")
    p.add_argument("id", type=_nonempty, help="the journey id")
    p = add("pause", _pause, "pause an active journey (running contacts continue)")
    p.add_argument("id", type=_nonempty, help="the journey id")

    p = add("delete", _delete, "delete a remote journey (an active one must be paused first)")
    p.add_argument("id", type=_nonempty, help="the journey id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = add("versions", _versions, "list the published versions of a journey")
    p.add_argument("id", type=_nonempty, help="the journey id")
    p.add_argument("--json", action="store_true", help="print the API's objects as a JSON array")

    p = add("version", _version, "show one published version as JSON")
    p.add_argument("version_id", metavar="VERSION_ID", type=_nonempty, help="the version id")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
