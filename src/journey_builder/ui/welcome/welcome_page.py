"""The welcome page: what the middle of the window shows when no journey is open.

On a first run the library is empty, so instead of a blank canvas the user sees the ways to
start: a new journey, a copy of one of the shipped templates (a gallery with their pictures),
importing files, signing in to Flownally or trying the practice sandbox. Help › Welcome shows
it again over the tabs. Every choice is a button, so Tab and Enter/Space reach all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journey_builder.errors import JourneyFileError
from journey_builder.i18n import template_text
from journey_builder.resources import TemplateInfo, templates
from journey_builder.ui.common.icons import app_icon
from journey_builder.ui.common.theme import is_dark
from journey_builder.ui.common.widgets import FlowLayout, PlainLabel, muted_label, plain_tooltip

__all__ = ["TemplateCard", "WelcomePage", "one_line"]

_CARD_WIDTH = 214
_PREVIEW_HEIGHT = 118
_PAD = 10
_RADIUS = 8.0
_GAP = 12
#: Three cards wide: the buttons above line up with the gallery's edges.
_CONTENT_WIDTH = 3 * _CARD_WIDTH + 2 * _GAP


def one_line(description: str) -> str:
    """The first sentence of a template's description (the card has room for one line)."""
    text = " ".join(description.split())
    for end in (". ", "? ", "! "):
        cut = text.find(end)
        if cut > 0:
            return text[: cut + 1]
    return text


class TemplateCard(QAbstractButton):
    """A template in the gallery: its picture, title and first sentence, in the reader's
    language. Click to use it."""

    def __init__(self, info: TemplateInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.title = template_text(info.title)
        self.description = template_text(info.description)
        self.summary = one_line(self.description)
        self.preview = QPixmap(str(info.preview)) if info.preview is not None else QPixmap()
        self._scaled: QPixmap | None = None
        #: The picture's own background: the well around it takes that colour, so the picture
        #: sits on a seamless tile (a light "page" in the dark theme too).
        self.paper = self.preview.toImage().pixelColor(0, 0) if not self.preview.isNull() else None
        self.setText(self.title)
        self.setObjectName("template_card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Template: {title}").format(title=self.title))
        self.setAccessibleDescription(self.description)
        self.setToolTip(plain_tooltip(self.description))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(_CARD_WIDTH, _PAD + _PREVIEW_HEIGHT + 8 + 3 * line + 4 + _PAD)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _preview_pixmap(self, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        wanted = QSize(round(size.width() * ratio), round(size.height() * ratio))
        if self._scaled is None or self._scaled.size() != self.preview.size().scaled(
            wanted, Qt.AspectRatioMode.KeepAspectRatio
        ):
            self._scaled = self.preview.scaled(
                wanted,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(frame, _RADIUS, _RADIUS)
        active = self.underMouse() or self.hasFocus() or self.isDown()
        painter.fillPath(path, pal.color(QPalette.ColorRole.Base))
        quiet = QPalette.ColorRole.Light if is_dark(pal) else QPalette.ColorRole.Mid
        border = pal.color(QPalette.ColorRole.Highlight if active else quiet)
        painter.setPen(QPen(border, 2.0 if self.hasFocus() else 1.0))
        painter.drawPath(path)

        well = QRectF(_PAD, _PAD, self.width() - 2 * _PAD, _PREVIEW_HEIGHT)
        well_path = QPainterPath()
        well_path.addRoundedRect(well, _RADIUS - 3, _RADIUS - 3)
        painter.fillPath(
            well_path,
            self.paper
            if self.paper is not None and self.paper.alpha() == 255
            else pal.color(QPalette.ColorRole.AlternateBase),
        )
        if not self.preview.isNull():
            inner = well.adjusted(6, 6, -6, -6)
            pixmap = self._preview_pixmap(inner.size().toSize())
            logical = QSize(
                round(pixmap.width() / pixmap.devicePixelRatio()),
                round(pixmap.height() / pixmap.devicePixelRatio()),
            )
            x = inner.center().x() - logical.width() / 2
            y = inner.center().y() - logical.height() / 2
            painter.drawPixmap(round(x), round(y), pixmap)

        text_left = _PAD + 2
        text_width = self.width() - 2 * text_left
        top = _PAD + _PREVIEW_HEIGHT + 8
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(title_font)
        painter.drawText(
            text_left,
            top + metrics.ascent(),
            metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, text_width),
        )
        top += metrics.height() + 2
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.92))
        painter.setFont(small)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        small_metrics = QFontMetrics(small)
        for line in _two_lines(self.summary, small_metrics, text_width):
            painter.drawText(text_left, top + small_metrics.ascent(), line)
            top += small_metrics.height()
        painter.end()


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` wrapped at word breaks into at most two lines, the second elided if need be."""
    words = text.split()
    first: list[str] = []
    while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one very long word
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    lines = [" ".join(first)]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class WelcomePage(QScrollArea):
    """See the module docstring. The window connects the signals to its own actions."""

    newRequested = Signal()
    templateRequested = Signal(object)  # TemplateInfo
    importRequested = Signal()
    openRequested = Signal()
    signInRequested = Signal()
    sandboxRequested = Signal()
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.setAccessibleName(self.tr("Welcome"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("welcome_body")
        outer = QHBoxLayout(body)
        outer.setContentsMargins(24, 28, 24, 28)
        column = QWidget(body)
        column.setMaximumWidth(_CONTENT_WIDTH)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        heading_row = QHBoxLayout()
        heading_row.setSpacing(14)
        logo = QLabel(column)
        logo.setPixmap(app_icon().pixmap(48, 48))
        logo.setFixedSize(48, 48)
        heading_row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.heading = PlainLabel(self.tr("Welcome to Journey Builder"), column)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Welcome to Journey Builder"))
        titles.addWidget(self.heading)
        titles.addWidget(
            muted_label(
                self.tr(
                    "Design customer journeys, check them before they go live, and sync them "
                    "with Flownally. Your journeys are kept in the library on this computer."
                ),
                column,
                small=False,
            )
        )
        heading_row.addLayout(titles, 1)
        layout.addLayout(heading_row)
        self.heading_row = heading_row
        layout.addSpacing(22)

        self.start_row = QHBoxLayout()
        self.start_row.setSpacing(8)
        self.new_button = self._button(
            self.tr("New journey"), self.tr("A blank journey with a start step")
        )
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.import_button = self._button(
            self.tr("Import…"), self.tr("Add journey files to the library")
        )
        self.import_button.clicked.connect(self.importRequested)
        self.open_button = self._button(self.tr("Open a file…"), self.tr("Open a journey file"))
        self.open_button.clicked.connect(self.openRequested)
        self.back_button = self._button(
            self.tr("Back to journeys"), self.tr("Return to the open journeys (Esc)")
        )
        self.back_button.clicked.connect(self.backRequested)
        self.heading_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        for button in (self.new_button, self.import_button, self.open_button):
            self.start_row.addWidget(button)
        self.start_row.addStretch(1)
        # Flownally is optional: on the same row, to the right, after a short question
        self.account_section = QWidget(column)
        account = QHBoxLayout(self.account_section)
        account.setContentsMargins(0, 0, 0, 0)
        account.setSpacing(8)
        self.account_prompt = muted_label(
            self.tr("Use Flownally?"), self.account_section, small=False
        )
        self.account_prompt.setWordWrap(False)
        account.addWidget(self.account_prompt)
        self.sign_in_button = self._button(
            self.tr("Sign in…"), self.tr("Sign in to Flownally with an API token")
        )
        self.sign_in_button.clicked.connect(self.signInRequested)
        self.sandbox_button = self._button(
            self.tr("Try the sandbox"),
            self.tr(
                "No account needed: a practice Flownally server on this computer, with example "
                "journeys"
            ),
        )
        self.sandbox_button.clicked.connect(self.sandboxRequested)
        account.addWidget(self.sign_in_button)
        account.addWidget(self.sandbox_button)
        self.start_row.addWidget(self.account_section)
        layout.addLayout(self.start_row)
        layout.addSpacing(24)

        layout.addWidget(self._section(self.tr("Start from a template")))
        layout.addSpacing(4)
        layout.addWidget(
            muted_label(
                self.tr("A ready-made journey to adapt: it is copied into your library."), column
            )
        )
        layout.addSpacing(10)
        gallery = QWidget(column)
        gallery.setObjectName("template_gallery")
        self.gallery_layout = FlowLayout(gallery, spacing=_GAP)
        self.cards: list[TemplateCard] = []
        try:
            found = templates()
        except JourneyFileError as exc:
            found = []
            layout.addWidget(
                muted_label(
                    self.tr("The templates cannot be shown: {error}").format(error=exc), column
                )
            )
        for info in found:
            card = TemplateCard(info, gallery)
            card.clicked.connect(lambda _c=False, t=info: self.templateRequested.emit(t))
            self.gallery_layout.addWidget(card)
            self.cards.append(card)
        layout.addWidget(gallery)

        layout.addStretch(1)
        self.setWidget(body)
        self.set_library(False)
        self.set_can_go_back(False)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setMinimumWidth(max(110, button.sizeHint().width()))
        return button

    def _section(self, text: str) -> PlainLabel:
        label = PlainLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def set_library(self, available: bool) -> None:
        """With a library: Import and the Flownally buttons; without one, Open a file."""
        self.import_button.setVisible(available)
        self.open_button.setVisible(not available)
        self.account_section.setVisible(available)

    def set_can_go_back(self, can: bool) -> None:
        """Show "Back to journeys" when tabs are open behind the page."""
        self.back_button.setVisible(can)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back_button.isVisible():
            self.backRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def template_titles(self) -> list[str]:
        """The cards' titles as shown (in the reader's language)."""
        return [card.title for card in self.cards]
