"""The errors people meet most carry their sentence as a translatable phrase (errors.py): no
connection, a timeout, a file that is missing, unreadable, a folder, not UTF-8, not JSON or not
a journey, a file that cannot be written (a full disk). ``str(error)`` stays the English the
CLI prints; the phrase says the same words, its template marked in "Errors". Qt-free."""

from __future__ import annotations

import errno
import socket
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import pytest

from journey_builder.errors import (
    FileReadError,
    FileWriteError,
    JourneyBuilderError,
    JSONSyntaxError,
    RequestTimeoutError,
    ShapeError,
    UnreachableError,
)
from journey_builder.model.texts import Phrase
from journey_builder.storage.files import atomic_write_text, load_journey, parse_journey_text
from journey_builder.sync import JourneysClient
from journey_builder.sync._answers import timeout_message, transport_message
from journey_builder.sync._http import httpx
from journey_builder.sync.retry import RetryPolicy
from tests.unit.test_simulation_phrases import MARKED


def _check(error: JourneyBuilderError) -> Phrase:
    """The phrase says the error's sentence, and str() is that sentence framed."""
    said = error.phrase
    assert isinstance(said, Phrase) and said.context == "Errors"
    assert ("Errors", said.template) in MARKED
    assert str(said) == error.sentence()
    assert error.framed(error.sentence()) == str(error)
    return said


def _refused(work: Any) -> JourneyBuilderError:
    with pytest.raises(JourneyBuilderError) as info:
        work()
    return info.value


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    missing = _refused(lambda: load_journey(tmp_path / "gone.journey.json"))
    assert isinstance(missing, FileReadError)
    assert _check(missing).template == "no such file"
    assert str(missing) == f"{tmp_path / 'gone.journey.json'}: no such file"
    folder = _refused(lambda: load_journey(tmp_path))
    assert _check(folder).template == "this is a folder, not a journey file"
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"name": "Caf\xe9"}')
    not_utf8 = _refused(lambda: load_journey(latin))
    said = _check(not_utf8)
    assert said.param_map == {"byte": "0xe9", "offset": 13}
    assert "(byte 0xe9 at offset 13)" in str(not_utf8)


def test_files_that_are_not_journeys() -> None:
    broken = _refused(lambda: parse_journey_text('{"name": "x",, }', source="a.json"))
    assert isinstance(broken, JSONSyntaxError) and broken.line == 1
    said = _check(broken)
    assert said.param_map["line"] == 1 and said.param_map["column"] == 14
    assert str(broken).startswith("a.json: line 1, column 14: Expecting property name")
    for text, found in (
        ("[1, 2]", "a list"),
        ('"journey"', "text"),
        ('{"nodez": []}', "an object with nodez"),
        ("{}", "an object with no keys"),
    ):
        error = _refused(lambda t=text: parse_journey_text(t, source="b.json"))
        assert isinstance(error, ShapeError)
        assert _check(error).template == "{expected}; found {found}"
        assert str(error).endswith(f"; found {found}")
        assert str(error).startswith("b.json: expected a journey file")


def test_files_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nowhere = _refused(lambda: atomic_write_text(tmp_path / "no" / "such.json", "{}"))
    assert isinstance(nowhere, FileWriteError)
    assert _check(nowhere).template == "the folder does not exist"

    def full(*_args: Any, **_kwargs: Any) -> NoReturn:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    disk_full = _refused(lambda: atomic_write_text(tmp_path / "j.json", "{}"))
    said = _check(disk_full)
    assert said.param_map == {"reason": "No space left on device"}
    assert str(disk_full).endswith(
        "j.json: could not write the file (No space left on device); nothing was changed"
    )
    assert not (tmp_path / "j.json").exists()


def test_no_connection_and_timeouts_are_phrases() -> None:
    request = httpx.Request("GET", "https://api.example.com/v1/journeys")
    for exc, template in (
        (httpx.ConnectTimeout("slow", request=request), "within {seconds} s"),
        (httpx.ReadTimeout("slow", request=request), "did not answer within {seconds} s"),
        (httpx.PoolTimeout("busy", request=request), "became free in time"),
    ):
        said = timeout_message(exc, 10.0, 30.5)
        assert template in said.template
        error = RequestTimeoutError(str(said), method="GET", url="/v1/journeys").worded(said)
        _check(error)
    assert str(timeout_message(httpx.ReadTimeout("x", request=request), 10, 30.5)) == (
        "The server did not answer within 30.5 s"
    )
    for exc in (
        httpx.RemoteProtocolError("cut", request=request),
        httpx.ReadError("reset", request=request),
        httpx.WriteError("reset", request=request),
        httpx.ConnectError("", request=request),
        httpx.UnsupportedProtocol("ftp", request=request),
    ):
        said = transport_message(exc, "https://api.example.com/v1")
        _check(UnreachableError(str(said), method="GET", url="/x").worded(said))
    refused = transport_message(httpx.ConnectError("", request=request), "https://a.example/v1")
    assert str(refused) == "Could not connect to https://a.example/v1 (refused)"


def test_an_unreachable_server_is_worded() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    policy = RetryPolicy(sleep=lambda _seconds: None)
    with (
        JourneysClient(f"http://127.0.0.1:{port}/v1", "tok", retry=policy, max_retries=0) as c,
        pytest.raises(UnreachableError) as info,
    ):
        c.list_journeys()
    said = _check(info.value)
    assert said.template == "Could not connect to {url} ({why})"
    assert str(info.value).startswith(f"Could not connect to http://127.0.0.1:{port}/v1 (")
    assert info.value.method == "GET" and str(info.value).endswith(f"(GET {info.value.url})")
