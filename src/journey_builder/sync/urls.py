"""Base URLs: https only, except loopback hosts (the sandbox), and never with credentials inside."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from journey_builder.errors import InsecureBaseURLError

__all__ = ["DEFAULT_BASE_URL", "check_base_url", "is_loopback_host"]

DEFAULT_BASE_URL = "https://api.flownally.com/v1"


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ::1."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """``url`` without a trailing slash, or :class:`InsecureBaseURLError` saying what is wrong."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise InsecureBaseURLError(f"{text!r} is not a valid URL") from None
    if parts.scheme not in ("https", "http") or not host:
        raise InsecureBaseURLError(
            f"{text!r} is not a valid base URL; expected something like {DEFAULT_BASE_URL}"
        )
    if parts.username is not None or parts.password is not None:
        raise InsecureBaseURLError(
            "the base URL must not hold a user name or password; sign in with "
            "`journey-builder login` instead"
        )
    if parts.query or parts.fragment:
        raise InsecureBaseURLError(f"the base URL must not have a query or fragment: {text!r}")
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureBaseURLError(
            f"{text!r} is not secure: only https:// is accepted, except for this computer "
            "(localhost, 127.0.0.1, ::1)"
        )
    return text.rstrip("/")
