"""Online or offline: a state the status bar shows, never a stream of error dialogs (DESIGN §8).

Every remote task reports here: a connection failure (:class:`TransportError`) turns the state
to offline and starts a quiet retry (a cheap ``GET /journeys?pageSize=1`` on a worker thread,
backing off from a few seconds to a minute); any request that succeeds, or a retry, turns it
back to online.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from journey_builder.errors import HTTPStatusError, TransportError
from journey_builder.i18n import error_text
from journey_builder.ui.account.accounts import AccountManager
from journey_builder.ui.common.workers import TaskContext, TaskRunner

__all__ = ["RETRY_SECONDS", "ConnectionMonitor", "ConnectionState"]

#: Seconds between retries while offline (the last one repeats).
RETRY_SECONDS = (3.0, 6.0, 15.0, 30.0, 60.0)


class ConnectionState(StrEnum):
    SIGNED_OUT = "signed_out"
    ONLINE = "online"
    OFFLINE = "offline"


class ConnectionMonitor(QObject):
    """Tracks whether the server answers; see the module docstring."""

    stateChanged = Signal(str)

    def __init__(
        self,
        accounts: AccountManager,
        runner: TaskRunner,
        *,
        retry_seconds: tuple[float, ...] = RETRY_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._runner = runner
        #: Seconds between retries while offline (the last one repeats).
        self.retry_seconds = retry_seconds or RETRY_SECONDS
        self._attempt = 0
        self._probing = False
        self._stopped = False
        self.state = ConnectionState.ONLINE if accounts.signed_in else ConnectionState.SIGNED_OUT
        #: The last connection failure, for the status bar's tooltip.
        self.last_problem = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        accounts.changed.connect(self._on_account)

    @property
    def online(self) -> bool:
        return self.state is ConnectionState.ONLINE

    def _set(self, state: ConnectionState) -> None:
        if state is not self.state:
            self.state = state
            self.stateChanged.emit(state.value)

    def _on_account(self) -> None:
        self._timer.stop()
        self._attempt = 0
        self.last_problem = ""
        self._set(
            ConnectionState.ONLINE if self._accounts.signed_in else ConnectionState.SIGNED_OUT
        )

    # --- reports from tasks ----------------------------------------------------------------------

    def report_success(self) -> None:
        """A request got an answer (any answer, even a refusal): the server is reachable."""
        if not self._accounts.signed_in:
            return
        self._timer.stop()
        self._attempt = 0
        self.last_problem = ""
        self._set(ConnectionState.ONLINE)

    def report_error(self, exc: BaseException) -> bool:
        """Note a task's failure; True when it was a connection failure (now offline)."""
        if isinstance(exc, TransportError):
            self.last_problem = error_text(exc)
            if self._accounts.signed_in:
                self._set(ConnectionState.OFFLINE)
                self._schedule_retry()
            return True
        if isinstance(exc, HTTPStatusError):
            self.report_success()  # the server answered, even if it refused
        return False

    # --- retrying --------------------------------------------------------------------------------

    def _schedule_retry(self) -> None:
        if self._timer.isActive() or self._probing:
            return
        seconds = self.retry_seconds[min(self._attempt, len(self.retry_seconds) - 1)]
        self._attempt += 1
        self._timer.start(round(seconds * 1000))

    def probe(self) -> None:
        """Ask the server now whether it answers (the retry; also "Retry now")."""
        if self._probing or self._stopped or not self._accounts.signed_in:
            return
        self._timer.stop()
        make = self._accounts.client_factory(max_retries=0)
        self._probing = True

        def work(ctx: TaskContext) -> None:
            with make(ctx.cancel) as client:
                client.list_journeys(page_size=1)

        def done(_none: None) -> None:
            self._probing = False
            self.report_success()

        def failed(exc: Exception) -> None:
            self._probing = False
            if not self.report_error(exc):
                self.report_success()

        self._runner.run(
            self.tr("Checking the connection"), work, on_done=done, on_error=failed, pause_gc=False
        )

    def stop(self) -> None:
        """No more retries (the window is closing: its workers are shutting down)."""
        self._stopped = True
        self._timer.stop()
