"""Logs and crash reports: what a user can send us without ever sending a token (DESIGN §7).

``setup_logging`` writes a rotating log file (about 1 MB x 5) in the user log directory
(``JOURNEY_BUILDER_LOG_DIR`` overrides it). Every record passes :class:`RedactingFilter` before
it reaches the file, so Authorization headers, ``Bearer`` credentials, the ``FLOWNALLY_TOKEN``
value and token/password/secret fields are replaced by ``[REDACTED]`` in the message, its
arguments, exception tracebacks and stack dumps alike.

``install_excepthook`` turns an uncaught exception (main thread or any other thread) into a
log entry and a callback, so the app can say "something went wrong, your work is safe" instead
of vanishing. ``arm_smoke_quit`` lets a packaged build prove it opens and closes cleanly.

Qt-free: the app hands in Qt's timer where one is needed.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

__all__ = [
    "APP_AUTHOR",
    "APP_NAME",
    "LOG_BACKUPS",
    "LOG_FILE_NAME",
    "LOG_MAX_BYTES",
    "REDACTED",
    "SMOKE_QUIT_ENV",
    "RedactingFilter",
    "arm_smoke_quit",
    "close_logging",
    "crash_message",
    "install_excepthook",
    "log_dir",
    "log_file",
    "redact",
    "setup_logging",
]

APP_NAME = "journey-builder"
APP_AUTHOR = "Flownally"
LOG_FILE_NAME = "journey-builder.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
REDACTED = "[REDACTED]"
LOG_DIR_ENV = "JOURNEY_BUILDER_LOG_DIR"
TOKEN_ENV = "FLOWNALLY_TOKEN"
SMOKE_QUIT_ENV = "JOURNEY_BUILDER_SMOKE_QUIT_MS"

_log = logging.getLogger("journey_builder.diagnostics")

# --- redaction -------------------------------------------------------------------------------

#: A bearer credential anywhere: "Bearer abc.def" (RFC 6750 token characters).
_BEARER = re.compile(r"(?i)\b(Bearer)(\s+)(?!\[REDACTED\])[A-Za-z0-9\-._~+/=]{4,}")

#: Names whose values are secrets wherever they appear: in headers, dict reprs, JSON, URLs.
_SECRET_NAME = (
    r"(?<![A-Za-z0-9_\-])[A-Za-z0-9_\-]{0,40}"
    r"(?:token|password|passwd|secret|api[_\-]?key|authorization|credentials?)"
    r"[A-Za-z0-9_\-]{0,40}"
)
#: ``name: value`` / ``'name': 'value'`` / ``"name"="value"`` / ``name=value``; a quoted value
#: may hold spaces, an unquoted one runs to the next separator (after an auth scheme, if any).
_SECRET_PAIR = re.compile(
    r"(?i)(?P<key>(?P<kq>[\"']?)" + _SECRET_NAME + r"(?P=kq))"
    r"(?P<sep>\s*[:=]\s*)(?!\[REDACTED\])"
    r"(?:(?P<bp>b?)(?P<vq>[\"'])(?P<qval>(?:\\.|(?!(?P=vq)).)*?)(?P=vq)"
    r"|(?P<val>(?:(?:Bearer|Basic|Token)\s+)?[^\s,;&)}\]\"']+))"
)
#: A token from the environment is redacted wherever it appears, if it is long enough that
#: replacing it cannot garble ordinary words.
_MIN_ENV_SECRET = 6


def _pair_replacement(match: re.Match[str]) -> str:
    value = match.group("qval") if match.group("vq") is not None else match.group("val")
    if value in (REDACTED, "", "None", "null") or value.startswith("[REDACTED"):
        return match.group(0)
    if match.group("vq") is not None:
        quote = match.group("vq")
        return (
            f"{match.group('key')}{match.group('sep')}{match.group('bp')}{quote}{REDACTED}{quote}"
        )
    return f"{match.group('key')}{match.group('sep')}{REDACTED}"


def redact(text: str) -> str:
    """``text`` with every credential we can recognise replaced by ``[REDACTED]``."""
    secret = os.environ.get(TOKEN_ENV, "").strip()
    if len(secret) >= _MIN_ENV_SECRET:
        text = text.replace(secret, REDACTED)
    text = _SECRET_PAIR.sub(_pair_replacement, text)
    return _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record so that no credential reaches a handler.

    The message is formatted once with its arguments and redacted; a traceback or stack dump
    is formatted here and redacted too (formatters reuse ``exc_text`` instead of formatting
    ``exc_info`` again). Never drops a record.
    """

    def __init__(self) -> None:
        super().__init__()
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# --- the log file ----------------------------------------------------------------------------


def log_dir() -> Path:
    """The folder that holds the log (Help › Open log folder); it may not exist yet."""
    override = os.environ.get(LOG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    """The current log file: the installed one, else where setup_logging would put it."""
    if _state.path is not None:
        return _state.path
    return log_dir() / LOG_FILE_NAME


class _State:
    handler: logging.Handler | None = None
    path: Path | None = None
    fault_file: IO[str] | None = None


_state = _State()
_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"


def setup_logging(
    log_dir: str | os.PathLike[str] | None = None, *, level: int = logging.INFO
) -> Path:
    """Send log records (root logger, ``level`` and up) to the rotating log file; return its path.

    Calling it again replaces the previous handler (no duplicate lines). Hard crashes of the
    interpreter or of Qt (segfaults) bypass logging, so :mod:`faulthandler` dumps them into
    ``faults.log`` beside the log. If the folder cannot be written, records go to stderr
    instead (still redacted) and the app starts anyway.
    """
    close_logging()
    directory = Path(log_dir).expanduser() if log_dir is not None else _default_log_dir()
    path = directory / LOG_FILE_NAME
    handler: logging.Handler
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        problem = None
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        problem = exc.strerror or str(exc)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _state.handler = handler
    if problem is not None:
        _log.warning("Cannot write the log in %s (%s); logging to stderr.", directory, problem)
        return path
    _state.path = path
    _enable_faulthandler(directory)
    return path


#: ``setup_logging``'s parameter hides :func:`log_dir` inside it.
_default_log_dir = log_dir


def _enable_faulthandler(directory: Path) -> None:
    if faulthandler.is_enabled():  # someone (PYTHONFAULTHANDLER, a test runner) already did
        return
    try:
        _state.fault_file = open(directory / "faults.log", "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    faulthandler.enable(file=_state.fault_file, all_threads=True)


def close_logging() -> None:
    """Remove the handler that setup_logging installed and close its files."""
    handler = _state.handler
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
    _state.handler = None
    _state.path = None
    if _state.fault_file is not None:
        faulthandler.disable()
        _state.fault_file.close()
        _state.fault_file = None


# --- crashes ---------------------------------------------------------------------------------

_crash_log = logging.getLogger("journey_builder.crash")
#: Redact on the logger too: with no handler installed, logging's last-resort stderr handler
#: would print the traceback as it is.
_crash_log.addFilter(RedactingFilter())


def crash_message(path: Path | None = None) -> str:
    """What the app tells the user after an unexpected error, below the one sentence that
    says what happened: the work is safe, and where the details are."""
    where = path if path is not None else log_file()
    return (
        "Nothing is lost: your work is safe, saved in the library as you edit. "
        f"Details are in the log at {where}."
    )


def install_excepthook(
    on_crash: Callable[[str], None] | None = None,
) -> Callable[[], None]:
    """Log uncaught exceptions (any thread) with their traceback, then call ``on_crash``.

    ``on_crash`` receives :func:`crash_message`; for a crash in another thread it runs in that
    thread, so a GUI must hand it to its own thread (a queued signal). Ctrl-C keeps Python's
    usual behaviour. Returns a function that puts the previous hooks back.
    """
    previous_sys = sys.excepthook
    previous_threading = threading.excepthook

    def report(
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        where: str,
    ) -> None:
        if exc is None:  # threading allows it; there is no traceback to show then
            _crash_log.critical("Unexpected %s in %s", exc_type.__name__, where)
        else:
            _crash_log.critical("Unexpected error in %s", where, exc_info=(exc_type, exc, tb))
        for handler in logging.getLogger().handlers:
            handler.flush()
        if on_crash is not None:
            try:
                on_crash(crash_message())
            except Exception:
                _crash_log.exception("The crash report itself failed")

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report(exc_type, exc, tb, "the main thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a background thread"
        report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_threading

    return restore


def _print_to_stderr(text: str) -> None:
    stream = sys.stderr  # None in a windowed build
    if stream is not None:
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError):
            pass


# --- smoke test hook -------------------------------------------------------------------------


def arm_smoke_quit(
    single_shot: Callable[[int, Callable[[], None]], Any],
    quit_app: Callable[[], None],
) -> bool:
    """If ``JOURNEY_BUILDER_SMOKE_QUIT_MS`` is set, quit that many ms after the event loop starts.

    For packaged-build checks and the start-up benchmark: call it after the main window is
    shown, with Qt's ``QTimer.singleShot`` and ``app.quit``. When the timer fires, the window
    is up; a line ``journey-builder: smoke: first window after N ms`` goes to stderr (time since
    the process started) before quitting. Returns whether the timer was armed.
    """
    raw = os.environ.get(SMOKE_QUIT_ENV, "").strip()
    if not raw:
        return False
    try:
        delay = max(0, int(raw))
    except ValueError:
        _log.warning("Ignoring %s=%r: not a whole number of milliseconds.", SMOKE_QUIT_ENV, raw)
        return False
    shown_after = _ms_since_process_start()

    def fire() -> None:
        _print_to_stderr(f"journey-builder: smoke: first window after {shown_after} ms\n")
        quit_app()

    single_shot(delay, fire)
    return True


def _ms_since_process_start() -> int:
    """Milliseconds since this process started (Linux: /proc; elsewhere: since this import)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        start_ticks = int(fields[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        return max(0, round((uptime - start_ticks / ticks) * 1000))
    except (OSError, ValueError, IndexError):
        return round((time.monotonic() - _IMPORTED_AT) * 1000)


_IMPORTED_AT = time.monotonic()
