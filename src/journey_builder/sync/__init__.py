"""The Journeys API client, credentials and push/pull. Depends on the model only; no Qt here.

client = JourneysClient(base_url, token)       # the ten endpoints, retries, timeouts
for journey in client.iter_journeys(): ...     # every page, cancellable
doc = pull(client, "jrn_...");  doc = push(client, doc)
result = push_result(client, doc, base=base)   # three-way with a base copy: result.case
report = drain(client, library)                # send the offline queue, in order
creds = resolve_credentials(profile)           # env vars, session store, OS keyring
"""

from journey_builder.sync.client import JourneysClient, Timeouts
from journey_builder.sync.credentials import (
    KEYRING_SERVICE,
    SESSION_TOKENS,
    Credentials,
    KeyringTokenStore,
    SessionTokenStore,
    resolve_credentials,
)
from journey_builder.sync.offline import DrainItem, DrainReport, DrainStatus, QueueStore, drain
from journey_builder.sync.profiles import Profile, ProfileStore
from journey_builder.sync.push import PushResult, SyncCase, pull, push, push_result
from journey_builder.sync.retry import RetryPolicy
from journey_builder.sync.urls import DEFAULT_BASE_URL, check_base_url

__all__ = [
    "DEFAULT_BASE_URL",
    "KEYRING_SERVICE",
    "SESSION_TOKENS",
    "Credentials",
    "DrainItem",
    "DrainReport",
    "DrainStatus",
    "JourneysClient",
    "KeyringTokenStore",
    "Profile",
    "ProfileStore",
    "PushResult",
    "QueueStore",
    "RetryPolicy",
    "SessionTokenStore",
    "SyncCase",
    "Timeouts",
    "check_base_url",
    "drain",
    "pull",
    "push",
    "push_result",
    "resolve_credentials",
]
