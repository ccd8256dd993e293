"""The Help menu's windows: About (version, licence, links, the versions underneath) and
opening the log folder (where a user finds what to send with a bug report)."""

from __future__ import annotations

import contextlib
import importlib.metadata
import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder import __version__
from journey_builder.diagnostics import log_file
from journey_builder.errors import JourneyFileError
from journey_builder.resources import resources_dir
from journey_builder.ui.common.icons import app_icon
from journey_builder.ui.common.messages import show_error
from journey_builder.ui.common.widgets import PlainLabel, muted_label

__all__ = [
    "HOMEPAGE",
    "LICENCE_NAME",
    "LICENCE_URL",
    "AboutDialog",
    "licence_text",
    "log_folder",
    "open_log_folder",
]

HOMEPAGE = "https://flownally.com/"
LICENCE_NAME = "MIT License"
LICENCE_URL = "https://opensource.org/license/mit"
_DIST = "journey-builder"


def licence_text() -> str:
    """The LICENSE file's text: from the installed package, else the source checkout; "" when
    neither has it (the About box then shows the licence's name and a link)."""
    try:
        dist = importlib.metadata.distribution(_DIST)
        for name in ("licenses/LICENSE", "LICENSE"):
            text = dist.read_text(name)
            if text:
                return text
    except importlib.metadata.PackageNotFoundError:
        pass
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        candidates.append(Path(bundle) / "LICENSE")
    with contextlib.suppress(JourneyFileError):
        candidates.append(resources_dir().parent / "LICENSE")
    for path in candidates:
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


def _reflow(text: str) -> str:
    """Paragraphs as single lines (the file is wrapped at 80 columns; the box wraps to fit)."""
    paragraphs = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def log_folder() -> Path:
    """The folder of the log in use (created if it is not there yet)."""
    folder = log_file().parent
    with contextlib.suppress(OSError):  # opening it then fails and says where it should be
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Show the log folder in the file manager; if that fails, say where it is."""
    folder = log_folder()
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    show_error(
        parent,
        QCoreApplication.translate("AboutDialog", "Cannot open the log folder"),
        QCoreApplication.translate("AboutDialog", "The log is in {folder}.").format(folder=folder),
        QCoreApplication.translate("AboutDialog", "Open that folder in your file manager."),
    )
    return False


def _link(url: str, text: str) -> QLabel:
    """A label with one link to our own site (never text from a file or the server)."""
    label = QLabel(f'<a href="{url}">{text}</a>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setToolTip(url)
    return label


class AboutDialog(QDialog):
    """Help › About Journey Builder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Journey Builder"))
        self.setObjectName("about_dialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)

        head = QHBoxLayout()
        head.setSpacing(14)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = PlainLabel(f"Journey Builder {__version__}", self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        titles.addWidget(self.title)
        titles.addWidget(
            muted_label(
                self.tr(
                    "Design customer journeys, check them before they go live, and sync them "
                    "with the Flownally Journeys API."
                ),
                self,
                small=False,
            )
        )
        titles.addWidget(PlainLabel("© 2026 Flownally", self))
        head.addLayout(titles, 1)
        layout.addLayout(head)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        self.licence_label = _link(LICENCE_URL, LICENCE_NAME)
        form.addRow(self.tr("Licence:"), self.licence_label)
        self.homepage_label = _link(HOMEPAGE, "flownally.com")
        form.addRow(self.tr("Website:"), self.homepage_label)
        self.versions = PlainLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}",
            self,
        )
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Running on:"), self.versions)
        self.log_path = PlainLabel(str(log_file().parent), self)
        self.log_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Log folder:"), self.log_path)
        layout.addLayout(form)

        self.licence = QPlainTextEdit(self)
        self.licence.setReadOnly(True)
        self.licence.setPlainText(_reflow(licence_text()))
        self.licence.setMinimumHeight(180)
        self.licence.setAccessibleName(self.tr("Licence text"))
        self.licence.setVisible(False)
        layout.addWidget(self.licence, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.licence_button = QPushButton(self.tr("Show Licence"), self)
        self.licence_button.setCheckable(True)
        self.licence_button.setEnabled(bool(self.licence.toPlainText()))
        self.licence_button.toggled.connect(self._toggle_licence)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button = QPushButton(self.tr("Open Log Folder"), self)
        self.log_button.clicked.connect(lambda: open_log_folder(self))
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _toggle_licence(self, on: bool) -> None:
        self.licence.setVisible(on)
        self.licence_button.setText(self.tr("Hide Licence") if on else self.tr("Show Licence"))
        self.adjustSize()
