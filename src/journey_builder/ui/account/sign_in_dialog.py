"""The sign-in dialog: profile, server, API token (DESIGN §7).

The token field hides what is typed. Signing in checks the token with the server, then stores it
in the OS keyring. When the keyring cannot keep secrets, the dialog says so plainly and offers
"Keep for this session only" (in memory, asked again next time); it never writes the token to a
file. "Try the Sandbox" signs in to a practice server on this computer instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journey_builder.errors import (
    InsecureBaseURLError,
    JourneyBuilderError,
    PermissionDeniedError,
    TransportError,
    UnauthenticatedError,
)
from journey_builder.sync import DEFAULT_BASE_URL
from journey_builder.sync.credentials import BASE_URL_ENV, TOKEN_ENV
from journey_builder.ui.account.accounts import AccountManager, SignInResult
from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import PlainLabel, muted_label, plain_tooltip

__all__ = ["SignInDialog", "sign_in_error_text"]


def sign_in_error_text(exc: BaseException, base_url: str) -> str:
    """Why signing in did not work, in a sentence (never with the token in it)."""
    if isinstance(exc, UnauthenticatedError):
        return QCoreApplication.translate(
            "SignInDialog", "The server did not accept this token. Check that you copied all of it."
        )
    if isinstance(exc, PermissionDeniedError):
        return QCoreApplication.translate(
            "SignInDialog", "The token works but lacks a permission: {permission}."
        ).format(permission=exc.scope or exc.server_message)
    if isinstance(exc, TransportError):
        return QCoreApplication.translate(
            "SignInDialog", "Could not reach {url}. Check the address and your connection."
        ).format(url=base_url)
    if isinstance(exc, InsecureBaseURLError):
        return str(exc)[:1].upper() + str(exc)[1:] + "."
    if isinstance(exc, ValueError):
        return str(exc)[:1].upper() + str(exc)[1:] + "."
    if isinstance(exc, JourneyBuilderError):
        return str(exc)
    return QCoreApplication.translate("SignInDialog", "Signing in failed ({error}).").format(
        error=type(exc).__name__
    )


class SignInDialog(QDialog):
    """See the module docstring; ``signedIn`` fires once the account is in use."""

    signedIn = Signal()
    sandboxRequested = Signal()

    def __init__(
        self,
        accounts: AccountManager,
        *,
        profile: str | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Sign in to Flownally"))
        self.accounts = accounts
        self._keyring_problem = ""
        self._working = False
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = PlainLabel(
            reason
            or self.tr(
                "Sign in with an API token of your Flownally account to push, publish and "
                "run your journeys. Your journeys stay in the library whether or not you sign in."
            ),
            self,
        )
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.profile = QComboBox(self)
        self.profile.setEditable(True)
        self.profile.setAccessibleName(self.tr("Profile name"))
        self.profile.setToolTip(self.tr("A name for this sign-in, e.g. “work” or “staging”"))
        self.profile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        names = accounts.profile_names() or ["default"]
        self.profile.addItems(names)
        wanted = profile or accounts.profile_name
        if self.profile.findText(wanted) < 0:
            self.profile.addItem(wanted)
        self.profile.setCurrentText(wanted)
        self.profile.currentTextChanged.connect(self._profile_chosen)
        form.addRow(self.tr("&Profile:"), self.profile)
        self.base_url = QLineEdit(self)
        self.base_url.setAccessibleName(self.tr("Server address"))
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        form.addRow(self.tr("&Server:"), self.base_url)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("API token"))
        self.token.setPlaceholderText(self.tr("Paste your API token"))
        self.token.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.token.textChanged.connect(self._update)
        form.addRow(self.tr("API &token:"), self.token)
        self.session_only = QCheckBox(self.tr("Keep for this session only"), self)
        self.session_only.setToolTip(
            self.tr("Keep the token in memory until Journey Builder quits, not in the keyring")
        )
        form.addRow("", self.session_only)
        layout.addLayout(form)

        self.keyring_note = muted_label("", self, small=False)
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.hide()
        layout.addWidget(self.keyring_note)
        self.status = PlainLabel("", self)
        self.status.setObjectName("sign_in_status")
        self.status.hide()
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.sandbox_button = QPushButton(self.tr("Try the Sandbox"), self)
        self.sandbox_button.setAutoDefault(False)
        self.sandbox_button.setToolTip(
            self.tr("A practice server on this computer with example journeys; nothing leaves it")
        )
        row.addWidget(self.sandbox_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign In"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.clicked.connect(self.submit)
        self.sandbox_button.clicked.connect(self._sandbox)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self._profile_chosen(self.profile.currentText())
        self._update()
        self.setMinimumWidth(480)
        accounts.check_keyring(self._on_keyring_checked)

    # --- fields ----------------------------------------------------------------------------------

    def _profile_chosen(self, name: str) -> None:
        if name in self.accounts.profile_names():
            try:
                self.base_url.setText(self.accounts.profiles.get(name).base_url)
            except JourneyBuilderError:
                self.base_url.setText("")
        elif not self.base_url.text():
            self.base_url.setText("")

    def _update(self) -> None:
        self.sign_in_button.setEnabled(bool(self.token.text().strip()) and not self._working)

    def _on_keyring_checked(self, problem: str) -> None:
        self._keyring_problem = problem
        if problem:
            self._explain_keyring(problem)

    def _explain_keyring(self, problem: str) -> None:
        self.keyring_note.setText(
            self.tr(
                "This computer has no usable keyring, so your token cannot be stored safely. "
                "Journey Builder never keeps tokens in plain text. You can keep it for this "
                "session only (you will be asked again next time), or set {token} and "
                "{server} in the environment."
            ).format(token=TOKEN_ENV, server=BASE_URL_ENV)
        )
        self.keyring_note.setToolTip(plain_tooltip(problem))
        self.keyring_note.show()
        self.session_only.setChecked(True)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when the note appears after the dialog is shown: without this, the fields
        are squeezed to make room for it."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        colour = semantic_colour("error" if error else "muted", self.palette())
        pal = self.status.palette()
        pal.setColor(self.status.foregroundRole(), colour)
        self.status.setPalette(pal)
        self.status.setVisible(bool(text))

    def _set_working(self, on: bool) -> None:
        self._working = on
        for widget in (self.profile, self.base_url, self.token, self.session_only):
            widget.setEnabled(not on)
        self.sandbox_button.setEnabled(not on)
        self._update()

    # --- signing in ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check the token with the server and keep it (the Sign In button)."""
        url = self.base_url.text().strip() or DEFAULT_BASE_URL
        try:
            self.accounts.sign_in(
                self.profile.currentText(),
                url,
                self.token.text(),
                session_only=self.session_only.isChecked(),
                on_done=self._on_result,
                on_error=lambda exc: self._on_error(exc, url),
            )
        except (JourneyBuilderError, ValueError) as exc:
            self._show_status(sign_in_error_text(exc, url), error=True)
            return
        self._show_status(self.tr("Checking the token with the server…"), error=False)
        self._set_working(True)

    def _on_result(self, result: SignInResult) -> None:
        self._set_working(False)
        if result.credentials is None:
            self._explain_keyring(result.keyring_problem)
            self._show_status(
                self.tr(
                    "Not signed in yet: choose “Keep for this session only” and sign in again."
                ),
                error=True,
            )
            return
        self.token.clear()
        self.signedIn.emit()
        self.accept()

    def _on_error(self, exc: Exception, url: str) -> None:
        self._set_working(False)
        self._show_status(sign_in_error_text(exc, url), error=True)

    def _sandbox(self) -> None:
        self.token.clear()
        self.sandboxRequested.emit()
        self.accept()

    def reject(self) -> None:
        self.token.clear()
        super().reject()
