"""The one place that names the HTTP library: change this import to switch to another HTTPX."""

from __future__ import annotations

import httpx2 as httpx

__all__ = ["httpx"]
