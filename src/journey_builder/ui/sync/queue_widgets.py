"""The offline queue as the user sees it: a status-bar button ("2 changes waiting", a tooltip
listing them, a menu to send now, retry or discard one) and a non-modal notice that shows the
server's refusals once, after a sending (never a dialog per refusal).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_builder.ui.common.theme import semantic_colour
from journey_builder.ui.common.widgets import PlainLabel, plain_tooltip
from journey_builder.ui.sync.offline_queue import QueuedRow

__all__ = ["QueueButton", "RefusalNotice", "row_text"]


def row_text(row: QueuedRow) -> str:
    """What a queued change does, as a sentence fragment with the journey's name."""
    texts = {
        "push": QCoreApplication.translate("QueueButton", "Push “{name}”"),
        "publish": QCoreApplication.translate("QueueButton", "Publish “{name}”"),
        "activate": QCoreApplication.translate("QueueButton", "Activate “{name}”"),
        "pause": QCoreApplication.translate("QueueButton", "Pause “{name}”"),
        "delete": QCoreApplication.translate("QueueButton", "Delete “{name}” from Flownally"),
    }
    text = texts.get(row.action, "{name}: " + row.action)
    return text.format(name=row.name)


class QueueButton(QToolButton):
    """The status bar's "N changes waiting"; hidden while nothing waits or was refused."""

    sendRequested = Signal()
    retryRequested = Signal(int)
    discardRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_state")
        self.setAutoRaise(True)
        self.rows: list[QueuedRow] = []
        self.online = False
        self.queue_menu = QMenu(self)
        self.queue_menu.setObjectName("queue_menu")
        self.clicked.connect(self.popup)
        self.hide()

    def show_rows(self, rows: list[QueuedRow]) -> None:
        self.rows = list(rows)
        self._fill()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._fill()

    def _fill(self) -> None:
        waiting = sum(1 for r in self.rows if not r.failed)
        refused = len(self.rows) - waiting
        self.setVisible(bool(self.rows))
        parts = []
        if waiting:
            parts.append(self.tr("%n change(s) waiting", "", waiting))
        if refused:
            parts.append(self.tr("%n refused", "", refused))
        self.setText(" · ".join(parts))
        self.setAccessibleName(self.text() or self.tr("Changes waiting to be sent"))
        lines = []
        for row in self.rows:
            if row.failed:
                lines.append(
                    self.tr("{change} — refused: {reason}").format(
                        change=row_text(row), reason=row.message
                    )
                )
            else:
                lines.append(row_text(row))
        hint = (
            self.tr("They are sent in this order when the connection returns.")
            if not self.online
            else self.tr("Click to send them now, retry or discard one.")
        )
        self.setToolTip(plain_tooltip("\n".join([*lines, "", hint]) if lines else ""))
        pal = self.palette()
        colour = semantic_colour("error" if refused else "warning", pal)
        pal.setColor(self.foregroundRole(), colour)
        pal.setColor(pal.ColorRole.ButtonText, colour)
        self.setPalette(pal)
        self._fill_menu()

    def _fill_menu(self) -> None:
        menu = self.queue_menu
        menu.clear()
        for row in self.rows:
            sub = menu.addMenu(row_text(row))
            if row.failed:
                reason = sub.addAction(self.tr("Refused: {reason}").format(reason=row.message))
                reason.setEnabled(False)
                retry = sub.addAction(self.tr("Retry"))
                retry.triggered.connect(lambda _c=False, s=row.seq: self.retryRequested.emit(s))
            discard = sub.addAction(self.tr("Discard"))
            discard.setToolTip(self.tr("Do not send this change"))
            discard.triggered.connect(lambda _c=False, s=row.seq: self.discardRequested.emit(s))
        menu.addSeparator()
        send = menu.addAction(self.tr("Send Now"))
        send.setEnabled(self.online and any(not r.failed for r in self.rows))
        send.triggered.connect(lambda _c=False: self.sendRequested.emit())

    def popup(self) -> None:
        height = self.queue_menu.sizeHint().height()
        self.queue_menu.popup(self.mapToGlobal(QPoint(0, -height)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()


class RefusalNotice(QDialog):
    """The server's refusals of queued changes, shown once, non-modal; each can be retried or
    discarded here (or later from the status bar)."""

    retryRequested = Signal(int)
    discardRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusal_notice")
        self.setModal(False)
        self.setWindowTitle(self.tr("Changes the server refused"))
        layout = QVBoxLayout(self)
        self.headline = PlainLabel("", self)
        layout.addWidget(self.headline)
        self.list = QListWidget(self)
        self.list.setObjectName("refusals")
        self.list.setAccessibleName(self.tr("Refused changes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.retry_button.clicked.connect(lambda: self._act(self.retryRequested))
        self.discard_button.clicked.connect(lambda: self._act(self.discardRequested))
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        layout.addWidget(buttons)
        self.resize(560, 300)
        self._rows: dict[int, QueuedRow] = {}

    def add_rows(self, rows: list[QueuedRow]) -> None:
        """Show these refusals (added to the ones still listed)."""
        for row in rows:
            if row.seq in self._rows:
                continue
            self._rows[row.seq] = row
            text = self.tr("{change}: {reason}").format(change=row_text(row), reason=row.message)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.seq)
        self._headline()
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _headline(self) -> None:
        count = len(self._rows)
        refused = self.tr("The server refused %n change(s) made while offline.", "", count)
        kept = self.tr("They stay in the queue (status bar) until you retry or discard them.")
        self.headline.setText(f"{refused} {kept}")

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        self.retry_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def _act(self, signal: SignalInstance) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        seq = int(item.data(Qt.ItemDataRole.UserRole))
        self.list.takeItem(self.list.row(item))
        self._rows.pop(seq, None)
        signal.emit(seq)
        self._headline()
        if not self._rows:
            self.close()
        self._enable()

    def messages(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in items if item is not None]
