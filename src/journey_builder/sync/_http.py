"""The one place that names the HTTP library: change this import to switch to another HTTPX.

It also holds the one verified TLS context every client shares. Building one (loading the
system's certificate store) holds the GIL for 20-100 ms, and the app makes a client per worker
task; an ``ssl.SSLContext`` is safe to share between threads once built, and nothing closes it
(each client still has its own connection pool, closed with the client).
"""

from __future__ import annotations

import os
import ssl
import threading

import httpx2 as httpx

__all__ = ["httpx", "tls_context"]

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
