"""The dialog that says why a journey cannot be published: the validator's errors, or the
server's reasons when it refused (DESIGN §8). Non-modal; "Show Problems" points the problems
panel at the journey."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey_builder.i18n import problem_text
from journey_builder.ui.common.icons import severity_icon
from journey_builder.ui.common.widgets import PlainLabel, muted_label, plain_tooltip
from journey_builder.validation import Problem

__all__ = ["PublishBlockedDialog"]


class PublishBlockedDialog(QDialog):
    """Errors that stop publishing: the validator's problems, or the server's reasons."""

    showProblems = Signal()

    def __init__(
        self,
        name: str,
        *,
        problems: Sequence[Problem] = (),
        server_reasons: Sequence[str] = (),
        server_message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publish_blocked_dialog")
        self.setWindowTitle(self.tr("Cannot publish"))
        layout = QVBoxLayout(self)
        errors = [p for p in problems if p.is_error]
        if errors:
            count = len(errors)
            headline = self.tr(
                "“{name}” has %n error(s), so it was not published.", "", count
            ).format(name=name)
            detail = self.tr("Fix them and publish again. Nothing was sent to the server.")
        else:
            headline = self.tr("The server refused to publish “{name}”.").format(name=name)
            detail = server_message or self.tr("It gave these reasons:")
        self.headline = PlainLabel(headline, self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout.addWidget(self.headline)
        layout.addWidget(muted_label(detail, self, small=False))
        self.list = QListWidget(self)
        self.list.setObjectName("publish_problems")
        self.list.setAccessibleName(self.tr("Reasons"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for problem in errors:
            message = problem_text(problem)
            item = QListWidgetItem(severity_icon("error"), message)
            item.setToolTip(plain_tooltip(f"{problem.code}: {message}"))
            self.list.addItem(item)
        for reason in server_reasons:
            item = QListWidgetItem(severity_icon("error"), reason)
            item.setToolTip(plain_tooltip(reason))
            self.list.addItem(item)
        self.list.setVisible(self.list.count() > 0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if errors:
            show = buttons.addButton(
                self.tr("Show Problems"), QDialogButtonBox.ButtonRole.ActionRole
            )
            show.clicked.connect(self.showProblems)
            show.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
