"""A local, stateful stand-in for the Journeys API (tests, demos). No Qt here.

    with run_sandbox(port=0) as sb:
        client = JourneysClient(sb.base_url, sb.tokens["full-access"])

See :mod:`journey_builder.sandbox.server` for the error body and the scopes, and
:mod:`journey_builder.sandbox.faults` for fault injection (and
:mod:`journey_builder.sandbox.hostile` for a server that misbehaves on purpose).
"""

from journey_builder.sandbox.faults import FAULT_KINDS, HOSTILE_KINDS, Fault, Faults
from journey_builder.sandbox.server import (
    BASE_PATH,
    DEFAULT_TOKEN_SCOPES,
    RequestRecord,
    Sandbox,
    run_sandbox,
)
from journey_builder.sandbox.state import ALL_SCOPES, ApiRefusalError, SandboxState

__all__ = [
    "ALL_SCOPES",
    "BASE_PATH",
    "DEFAULT_TOKEN_SCOPES",
    "FAULT_KINDS",
    "HOSTILE_KINDS",
    "ApiRefusalError",
    "Fault",
    "Faults",
    "RequestRecord",
    "Sandbox",
    "SandboxState",
    "run_sandbox",
]
