"""The one place that names the HTTP library: change this import to switch to another HTTPX.

It also holds the one verified TLS context every client shares. Building one (loading the
system's certificate store) holds the GIL for 20-100 ms, and the app makes a client per worker
task; an ``ssl.SSLContext`` is safe to share between threads once built, and nothing closes it
(each client still has its own connection pool, closed with the client).

And :class:`LiveSockets`, which lets another thread end a request in flight. Closing a socket
under a thread that waits to read from it does not wake that thread: it polls a closed
descriptor until its read timeout (30 s). Shutting the socket down does wake it, at once.
"""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
from typing import Any

import httpx2 as httpx

__all__ = ["LiveSockets", "httpx", "tls_context"]

# Keyed by what decides the context's contents: whether the environment is trusted, and the
# certificate store it may name, so a changed SSL_CERT_FILE is honoured (tests, long sessions).
_Key = tuple[bool, str | None, str | None]
_contexts: dict[_Key, ssl.SSLContext] = {}
_lock = threading.Lock()


def tls_context(*, trust_env: bool = True) -> ssl.SSLContext:
    """The shared verified TLS context, built on first use (thread-safe), as httpx builds it
    for ``verify=True``: the system's certificates, ``SSL_CERT_FILE``/``SSL_CERT_DIR`` when
    ``trust_env``."""
    key: _Key = (
        trust_env,
        os.environ.get("SSL_CERT_FILE") if trust_env else None,
        os.environ.get("SSL_CERT_DIR") if trust_env else None,
    )
    context = _contexts.get(key)
    if context is None:
        with _lock:
            context = _contexts.get(key)
            if context is None:
                context = httpx.create_ssl_context(verify=True, trust_env=trust_env)
                _contexts[key] = context
    return context


class LiveSockets:
    """The sockets one client opened, noted through httpcore's ``trace`` request extension."""

    _OPENED = ("connection.connect_tcp.complete", "connection.start_tls.complete")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """The ``trace`` extension: note each connection's socket (TLS wraps it in a new one)."""
        if event not in self._OPENED:
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets = [s for s in self._sockets if s.fileno() != -1]
                self._sockets.append(sock)

    def shut_down(self) -> None:
        """End every open connection now, waking any thread that waits on one; the thread
        that uses them still closes them. Safe from any thread."""
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            if sock.fileno() != -1:
                with contextlib.suppress(OSError):
                    # socket's own shutdown, not SSLSocket's, which would drop the TLS state
                    # under the reading thread.
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
