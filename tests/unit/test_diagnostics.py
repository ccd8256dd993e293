"""The log file never holds a token; it rotates; a crash is logged and reported to the user."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journey_builder import diagnostics
from journey_builder.diagnostics import (
    LOG_BACKUPS,
    LOG_FILE_NAME,
    LOG_MAX_BYTES,
    REDACTED,
    arm_smoke_quit,
    close_logging,
    install_excepthook,
    log_dir,
    log_file,
    redact,
    setup_logging,
)

ENV_TOKEN = "fln_live_7Qx9Zr2LmP4sT8vWb3Nc"
BEARER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl"
log = logging.getLogger("journey_builder.tests.diagnostics")


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FLOWNALLY_TOKEN", ENV_TOKEN)
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "logs")
    yield path
    close_logging()
    root.setLevel(level)


def _text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


# --- redact() --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "secret"),
    [
        (f"Authorization: Bearer {BEARER_TOKEN}", BEARER_TOKEN),
        (f"sending header authorization=Bearer {BEARER_TOKEN} now", BEARER_TOKEN),
        (f"{{'Authorization': 'Bearer {BEARER_TOKEN}', 'Accept': 'json'}}", BEARER_TOKEN),
        (f"retrying with bearer {BEARER_TOKEN}", BEARER_TOKEN),
        ("{'token': 's3cr3t-value', 'profile': 'work'}", "s3cr3t-value"),
        ('{"password": "hunter2 with spaces", "user": "ana"}', "hunter2 with spaces"),
        ("client_secret=abcDEF123&scope=journey:read", "abcDEF123"),
        ("GET https://api.example.test/v1/journeys?access_token=qwerty987", "qwerty987"),
        ("{'api_key': b'raw-bytes-key'}", "raw-bytes-key"),
        ("X-Api-Key: k_9f8e7d6c", "k_9f8e7d6c"),
    ],
)
def test_redact_removes_credentials(raw: str, secret: str) -> None:
    cleaned = redact(raw)
    assert secret not in cleaned
    assert REDACTED in cleaned


def test_redact_keeps_the_rest_of_the_line() -> None:
    cleaned = redact("{'token': 'abc123', 'profile': 'work'}")
    assert cleaned == f"{{'token': '{REDACTED}', 'profile': 'work'}}"
    assert redact(f"Authorization: Bearer {BEARER_TOKEN}") == f"Authorization: {REDACTED}"


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "Pushed 'Welcome series' (jrn_01HV8Z) in 0.4 s; 3 warnings, status=draft"
    assert redact(text) == text


def test_redact_finds_the_environment_token_anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOWNALLY_TOKEN", ENV_TOKEN)
    assert ENV_TOKEN not in redact(f"odd place:{ENV_TOKEN}:here")


# --- the log file ----------------------------------------------------------------------------


def test_tokens_never_reach_the_log_file(log_path: Path) -> None:
    log.warning("request headers: %s", {"Authorization": f"Bearer {BEARER_TOKEN}"})
    log.info("signed in with %s", ENV_TOKEN)
    log.info("profile saved: {'name': 'work', 'token': 'tok_abcdef123'}")
    log.info("keyring said password=%s", "pa55word!")
    text = _text(log_path)
    for secret in (BEARER_TOKEN, ENV_TOKEN, "tok_abcdef123", "pa55word!"):
        assert secret not in text
    assert text.count(REDACTED) == 4
    assert "request headers" in text
    assert "'name': 'work'" in text


def test_tokens_in_tracebacks_and_stacks_are_redacted(log_path: Path) -> None:
    def send(headers: dict[str, str]) -> None:
        raise RuntimeError(f"refused with headers {headers} and {ENV_TOKEN}")

    try:
        send({"Authorization": f"Bearer {BEARER_TOKEN}"})
    except RuntimeError:
        log.exception("push failed")
    stack_secret = "stack-" + "token-1"  # built at run time: source lines show in the stack
    log.info("where we are (token=%s)", stack_secret, stack_info=True)
    text = _text(log_path)
    assert "Traceback (most recent call last)" in text
    assert "in send" in text
    assert "RuntimeError: refused with headers" in text
    assert "Stack (most recent call last)" in text
    for secret in (BEARER_TOKEN, ENV_TOKEN, "stack-token-1"):
        assert secret not in text


def test_a_record_with_a_broken_format_string_is_still_written(log_path: Path) -> None:
    log.info("two slots %s %s", "only one")
    assert "two slots" in _text(log_path)


def test_setup_twice_writes_each_line_once(log_path: Path) -> None:
    again = setup_logging(log_path.parent)
    log.info("exactly once")
    assert again == log_path
    assert _text(log_path).count("exactly once") == 1


def test_the_log_rotates_and_keeps_five_old_files(log_path: Path) -> None:
    line = "x" * 999
    for _ in range((LOG_MAX_BYTES // 1000) * (LOG_BACKUPS + 2)):
        log.info(line)
    names = sorted(p.name for p in log_path.parent.glob(f"{LOG_FILE_NAME}*"))
    assert names == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{i}" for i in range(1, LOG_BACKUPS + 1)]
    for path in log_path.parent.glob(f"{LOG_FILE_NAME}*"):
        assert path.stat().st_size <= LOG_MAX_BYTES


def test_log_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEY_BUILDER_LOG_DIR", str(tmp_path / "here"))
    assert log_dir() == tmp_path / "here"
    assert log_file() == tmp_path / "here" / LOG_FILE_NAME


def test_log_dir_defaults_to_the_user_log_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNEY_BUILDER_LOG_DIR", raising=False)
    assert "journey-builder" in str(log_dir())


def test_an_unwritable_log_folder_falls_back_to_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    root_level = logging.getLogger().level
    try:
        setup_logging(blocker)
        log.warning("still heard, Bearer %s", BEARER_TOKEN)
    finally:
        close_logging()
        logging.getLogger().setLevel(root_level)
    err = capsys.readouterr().err
    assert "Cannot write the log" in err
    assert "still heard" in err
    assert BEARER_TOKEN not in err


# --- crashes ---------------------------------------------------------------------------------


@pytest.fixture
def crash_reports() -> Iterator[list[str]]:
    reports: list[str] = []
    restore = install_excepthook(reports.append)
    yield reports
    restore()


def _raise_inside(func_name: str) -> Callable[[], None]:
    def boom() -> None:
        raise ValueError(f"{func_name} failed, Bearer {BEARER_TOKEN}")

    boom.__name__ = func_name
    return boom


def test_an_uncaught_exception_is_logged_and_reported(
    log_path: Path, crash_reports: list[str]
) -> None:
    try:
        _raise_inside("apply_layout")()
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    text = _text(log_path)
    assert "Unexpected error in the main thread" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: apply_layout failed" in text
    assert BEARER_TOKEN not in text
    assert len(crash_reports) == 1
    assert "your work is safe" in crash_reports[0]
    assert str(log_path) in crash_reports[0]


def test_a_crash_in_a_background_thread_is_logged_and_reported(
    log_path: Path, crash_reports: list[str]
) -> None:
    worker = threading.Thread(target=_raise_inside("fetch_page"), name="sync-worker")
    worker.start()
    worker.join()
    text = _text(log_path)
    assert "Unexpected error in thread sync-worker" in text
    assert "ValueError: fetch_page failed" in text
    assert crash_reports == [diagnostics.crash_message(log_path)]


def test_a_failing_crash_callback_is_logged_not_raised(log_path: Path) -> None:
    def broken(_message: str) -> None:
        raise OSError("no dialog today")

    restore = install_excepthook(broken)
    try:
        try:
            _raise_inside("save")()
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        restore()
    text = _text(log_path)
    assert "The crash report itself failed" in text
    assert "OSError: no dialog today" in text


def test_ctrl_c_is_not_a_crash(
    crash_reports: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert crash_reports == []
    assert "KeyboardInterrupt" in capsys.readouterr().err


def test_restore_puts_the_previous_hooks_back() -> None:
    before = (sys.excepthook, threading.excepthook)
    restore = install_excepthook(None)
    assert sys.excepthook is not before[0]
    restore()
    assert (sys.excepthook, threading.excepthook) == before


# --- smoke quit ------------------------------------------------------------------------------


def test_smoke_quit_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNEY_BUILDER_SMOKE_QUIT_MS", raising=False)
    calls: list[int] = []
    assert arm_smoke_quit(lambda ms, _fn: calls.append(ms), lambda: None) is False
    assert calls == []


def test_smoke_quit_arms_a_timer_that_quits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("JOURNEY_BUILDER_SMOKE_QUIT_MS", "1500")
    timers: list[tuple[int, Callable[[], None]]] = []
    quits: list[bool] = []
    armed = arm_smoke_quit(lambda ms, fn: timers.append((ms, fn)), lambda: quits.append(True))
    assert armed is True
    assert [ms for ms, _ in timers] == [1500]
    timers[0][1]()
    assert quits == [True]
    assert "journey-builder: smoke: first window after" in capsys.readouterr().err


def test_smoke_quit_ignores_a_bad_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNEY_BUILDER_SMOKE_QUIT_MS", "soon")
    assert arm_smoke_quit(lambda _ms, _fn: None, lambda: None) is False
