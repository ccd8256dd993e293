"""Who the app talks to the Journeys API as: profiles, sign-in, sign-out, the sandbox (DESIGN §7).

Tokens live in the OS keyring (or, when there is no usable keyring and the user agrees, in
memory for this session only); :class:`AccountManager` only holds the :class:`Credentials` in
use. Reading and writing the keyring and checking a token with the server happen on worker
threads: a keyring may be slow to unlock and the server slow to answer.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from journey_builder.errors import (
    JourneyBuilderError,
    KeyringUnavailableError,
    NoTokenError,
    PermissionDeniedError,
)
from journey_builder.model import JourneyDocument
from journey_builder.sandbox import Sandbox
from journey_builder.storage.files import load_journey
from journey_builder.sync import (
    SESSION_TOKENS,
    Credentials,
    JourneysClient,
    KeyringTokenStore,
    ProfileStore,
    SessionTokenStore,
    check_base_url,
    resolve_credentials,
)
from journey_builder.sync.credentials import TokenStore
from journey_builder.sync.profiles import DEFAULT_PROFILE, check_profile_name
from journey_builder.ui.common.workers import Task, TaskContext, TaskRunner

__all__ = ["SANDBOX_PROFILE", "AccountManager", "ClientFactory", "SignInResult", "for_people"]

#: The keyring backend's class name in a credentials message: for the log, not for people.
_BACKEND_NAME = re.compile(r"\s*\[backend [^\]]*\]")


def for_people(message: str) -> str:
    """A credentials message as the user reads it: without the keyring backend's class name
    (the log keeps the full text)."""
    return _BACKEND_NAME.sub("", message)


log = logging.getLogger("journey_builder.ui")

#: The profile name the in-app sandbox signs in as (never saved in the profiles file).
SANDBOX_PROFILE = "sandbox"

#: Makes a client for one worker thread, with that task's cancel event.
ClientFactory = Callable[[threading.Event], JourneysClient]


@dataclass(frozen=True)
class SignInResult:
    """What a sign-in attempt did: ``stored`` where the token went, or why it was not kept."""

    credentials: Credentials | None
    stored: str  # "keyring", "session", or "" when not kept
    keyring_problem: str = ""
    note: str = ""


class AccountManager(QObject):
    """The credentials in use and the actions that change them."""

    #: Signed in, signed out, or another profile.
    changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        *,
        profiles: ProfileStore | None = None,
        keyring_store: TokenStore | None = None,
        session: SessionTokenStore = SESSION_TOKENS,
        env: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.profiles = profiles if profiles is not None else ProfileStore()
        self._keyring: TokenStore = (
            keyring_store if keyring_store is not None else KeyringTokenStore()
        )
        self._session = session
        self._env = env
        self._credentials: Credentials | None = None
        self._generation = 0  # bumped by every change, so a late restore cannot undo a sign-in
        self.sandbox: Sandbox | None = None
        #: Why the last attempt to restore a sign-in did not work (shown in the account menu).
        self.problem = ""
        #: Whether that was because no OS keyring can keep a token (a short note says so).
        self.keyring_unusable = False

    # --- state -----------------------------------------------------------------------------------

    @property
    def credentials(self) -> Credentials | None:
        return self._credentials

    @property
    def signed_in(self) -> bool:
        return self._credentials is not None

    @property
    def profile_name(self) -> str:
        if self._credentials is not None:
            return self._credentials.profile
        try:
            return self.profiles.current_name()
        except JourneyBuilderError:  # an unreadable profiles file: the default profile
            return DEFAULT_PROFILE

    def profile_names(self) -> list[str]:
        """Saved profiles (and the one in use), sorted."""
        try:
            names = set(self.profiles.names())
        except JourneyBuilderError:
            names = set()
        if self._credentials is not None and self._credentials.profile != SANDBOX_PROFILE:
            names.add(self._credentials.profile)
        return sorted(names)

    def describe(self) -> str:
        """One line for the status bar."""
        creds = self._credentials
        if creds is None:
            return self.tr("Not signed in")
        host = urlsplit(creds.base_url).netloc or creds.base_url
        if creds.profile == SANDBOX_PROFILE and self.sandbox is not None:
            return self.tr("Sandbox · {host}").format(host=host)
        if creds.source == "env":
            return self.tr("{profile} · {host} (FLOWNALLY_TOKEN)").format(
                profile=creds.profile, host=host
            )
        if creds.source == "session":
            return self.tr("{profile} · {host} (this session)").format(
                profile=creds.profile, host=host
            )
        return f"{creds.profile} · {host}"

    def client_factory(self, *, max_retries: int = 3) -> ClientFactory:
        """A factory for the credentials in use now (a task keeps them if the user switches)."""
        creds = self._credentials
        if creds is None:
            raise NoTokenError(self.tr("Not signed in: sign in to work with journeys on Flownally"))
        base_url, token = creds.base_url, creds.token

        def make(cancel: threading.Event) -> JourneysClient:
            return JourneysClient(base_url, token, cancel=cancel, max_retries=max_retries)

        return make

    def _set(self, credentials: Credentials | None) -> None:
        self._generation += 1
        self._credentials = credentials
        self.changed.emit()

    # --- restoring and switching -----------------------------------------------------------------

    def restore(self, profile: str | None = None) -> Task[Credentials | None]:
        """Find the token of ``profile`` (default: the current one) on a worker thread."""
        self._generation += 1
        generation = self._generation

        def work(_ctx: TaskContext) -> Credentials | None:
            env = self._env if self._env is not None else os.environ
            if profile is not None:
                self._make_current(profile)
            try:
                return resolve_credentials(
                    profile,
                    env=env,
                    profiles=self.profiles,
                    keyring_store=self._keyring,
                    session=self._session,
                )
            except NoTokenError:
                return None

        def done(creds: Credentials | None) -> None:
            if generation != self._generation:
                return  # signed in (or out) meanwhile: that wins
            self.problem = ""
            self.keyring_unusable = False
            self._set(creds)

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self.problem = for_people(str(exc))
            self.keyring_unusable = isinstance(exc, KeyringUnavailableError)
            log.info("Not signed in: %s", exc)
            self._set(None)

        return self._runner.run(
            self.tr("Checking sign-in"), work, on_done=done, on_error=failed, pause_gc=False
        )

    def _make_current(self, profile: str) -> None:
        """Remember ``profile`` as the one to use next time (worker thread)."""
        try:
            chosen = self.profiles.get(profile)
            self.profiles.save(chosen.name, chosen.base_url, make_current=True)
        except (JourneyBuilderError, ValueError) as exc:  # stays a one-off choice
            log.info("Could not make %s the current profile: %s", profile, exc)

    # --- signing in and out ----------------------------------------------------------------------

    def check_keyring(self, on_done: Callable[[str], None]) -> Task[str]:
        """Whether the keyring can keep a token: "" when it can, else the plain explanation."""

        def work(_ctx: TaskContext) -> str:
            try:
                self._keyring.get(DEFAULT_PROFILE)
            except KeyringUnavailableError as exc:
                return for_people(str(exc))
            return ""

        return self._runner.run(
            self.tr("Checking the keyring"), work, on_done=on_done, on_error=None, pause_gc=False
        )

    def sign_in(
        self,
        profile: str,
        base_url: str,
        token: str,
        *,
        session_only: bool,
        on_done: Callable[[SignInResult], None],
        on_error: Callable[[Exception], None],
    ) -> Task[SignInResult]:
        """Check the token with the server, then keep it (keyring, or this session only).

        Bad input (profile name, URL) raises at once, before anything is sent. A token the
        server refuses (401) is not kept. When the keyring cannot keep it, the result says why
        and nothing is kept: the dialog then offers "this session only".
        """
        name = check_profile_name(profile)
        url = check_base_url(base_url)
        secret = token.strip()
        if not secret:
            raise NoTokenError(self.tr("Paste your API token to sign in."))

        def work(ctx: TaskContext) -> SignInResult:
            with JourneysClient(url, secret, cancel=ctx.cancel, max_retries=1) as client:
                note = ""
                try:
                    client.list_journeys(page_size=1)
                except PermissionDeniedError as exc:
                    # A valid token without journey:list still signs in; say what it lacks.
                    note = self.tr("This token cannot list journeys ({scope}).").format(
                        scope=exc.scope or "journey:list"
                    )
            creds = Credentials(name, url, secret, "session" if session_only else "keyring")
            if session_only:
                self._session.set(name, secret)
            else:
                try:
                    self._keyring.set(name, secret)
                except KeyringUnavailableError as exc:
                    return SignInResult(None, "", keyring_problem=for_people(str(exc)))
                self._session.delete(name)
            self.profiles.save(name, url, make_current=True)
            return SignInResult(creds, creds.source, note=note)

        def done(result: SignInResult) -> None:
            if result.credentials is not None:
                self._stop_sandbox_if_unused(result.credentials)
                self.problem = ""
                self._set(result.credentials)
            on_done(result)

        return self._runner.run(
            self.tr("Signing in to {url}").format(url=url),
            work,
            on_done=done,
            on_error=on_error,
            pause_gc=False,
        )

    def sign_out(self) -> Task[None] | None:
        """Forget the token of the profile in use (keyring and session); None if not signed in."""
        creds = self._credentials
        if creds is None:
            return None
        self._session.delete(creds.profile)
        self._set(None)
        if creds.profile == SANDBOX_PROFILE:
            self.stop_sandbox()
            return None
        if creds.source == "env":
            self.problem = self.tr("FLOWNALLY_TOKEN is set: unset it to stay signed out next time.")
            return None

        def work(_ctx: TaskContext) -> None:
            self._keyring.delete(creds.profile)

        return self._runner.run(
            self.tr("Signing out"),
            work,
            on_error=lambda exc: log.warning("Could not remove the token: %s", exc),
        )

    # --- the sandbox -----------------------------------------------------------------------------

    def start_sandbox(
        self, on_done: Callable[[Credentials], None], on_error: Callable[[Exception], None]
    ) -> Task[Credentials]:
        """Run the stand-in API on 127.0.0.1 in this process and sign in to it for this session,
        with a few example journeys to look at."""
        if self.sandbox is None:
            self.sandbox = Sandbox(port=0).start()
        sandbox = self.sandbox
        token = sandbox.tokens["full-access"]

        def work(ctx: TaskContext) -> Credentials:
            with JourneysClient(sandbox.base_url, token, cancel=ctx.cancel) as client:
                if sandbox.state.count() == 0:
                    for doc in _example_journeys():
                        client.create_journey(doc.api_body())
            return Credentials(SANDBOX_PROFILE, sandbox.base_url, token, "session")

        def done(creds: Credentials) -> None:
            self.problem = ""
            self._set(creds)
            on_done(creds)

        return self._runner.run(
            self.tr("Starting the sandbox"), work, on_done=done, on_error=on_error
        )

    def _stop_sandbox_if_unused(self, creds: Credentials) -> None:
        if creds.profile != SANDBOX_PROFILE:
            self.stop_sandbox()

    def stop_sandbox(self) -> None:
        sandbox, self.sandbox = self.sandbox, None
        if sandbox is not None:
            sandbox.stop()


def _example_journeys() -> list[JourneyDocument]:
    """The shipped templates, as the sandbox's first journeys (none if they are missing)."""
    from journey_builder.errors import JourneyFileError
    from journey_builder.resources import templates

    found = []
    try:
        infos = templates()
    except JourneyFileError:
        return []
    for info in infos[:3]:
        try:
            found.append(load_journey(info.path))
        except JourneyFileError:
            continue
    return found
