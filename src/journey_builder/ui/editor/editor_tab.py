"""One tab of the editor: a journey, its canvas, the minimap over it and the find bar.

The minimap (View › Minimap, remembered) appears only while part of the journey is out of
view: over a small journey that fits, it would only hide the cards; and it moves to another
corner when the selection or a drag comes under it. A large journey's cards are made a
slice at a time (the window answers meanwhile); a thin bar along the top of the canvas shows
how far that has come.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from journey_builder.canvas import JourneyView, MiniMap
from journey_builder.document import EditableJourney
from journey_builder.ui.editor.find_bar import FindBar

__all__ = ["MODIFIED_MARK", "EditorTab"]

#: Shown after the journey's name in the tab while it has unsaved changes.
MODIFIED_MARK = " •"
#: Journeys with more steps than this open a slice at a time (fewer take a few milliseconds).
SLICED_OPEN_STEPS = 300
_PROGRESS_HEIGHT = 3


class EditorTab(QWidget):
    """A journey being edited. ``doc`` owns the undo stack; ``view`` draws it."""

    def __init__(self, doc: EditableJourney, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        doc.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        sliced = len(doc.node_keys()) > SLICED_OPEN_STEPS
        self.view = JourneyView(doc, self, build="slices" if sliced else "now")
        self.view.setAccessibleName(self.tr("Canvas"))
        self.progress = QProgressBar(self.view)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Opening the journey"))
        self.progress.setFixedHeight(_PROGRESS_HEIGHT)
        self.progress.hide()
        self.view.buildProgress.connect(self._show_progress)
        self.view.buildFinished.connect(self.progress.hide)
        self.find_bar = FindBar(self.view, self)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.minimap = MiniMap(self.view, self.view)
        self.minimap.setAccessibleName(self.tr("Overview"))
        self.view.viewport().installEventFilter(self)
        # the minimap caches its drawing; a theme change must redraw it in the new colours
        self.minimap.installEventFilter(self)
        self._minimap_wanted = True
        # checked once per event-loop turn, after zooms, scrolls and edits have settled
        self._minimap_check = QTimer(self)
        self._minimap_check.setSingleShot(True)
        self._minimap_check.setInterval(0)
        self._minimap_check.timeout.connect(self._update_minimap)
        self.view.viewportChanged.connect(self._minimap_check.start)
        doc.changed.connect(self._minimap_check.start)
        doc.documentReset.connect(self._minimap_check.start)
        self._place_minimap()
        self._update_minimap()
        if self.view.building:
            self._show_progress(0, 1)

    @property
    def name(self) -> str:
        return self.doc.document.display_name

    @property
    def modified(self) -> bool:
        return not self.doc.undo_stack.isClean()

    def title(self) -> str:
        """The tab's text: the journey's name, with a mark while it has unsaved changes."""
        return self.name + (MODIFIED_MARK if self.modified else "")

    @property
    def opening(self) -> bool:
        """Whether the canvas is still making the journey's cards (it answers meanwhile)."""
        return self.view.building

    def _show_progress(self, done: int, total: int) -> None:
        """The cards made so far, as a thin bar along the top of the canvas."""
        if not self.view.building:
            self.progress.hide()
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(min(done, total))
        percent = 100 * done // max(1, total)
        self.progress.setToolTip(
            self.tr("Opening {name}: {percent} % of the steps drawn").format(
                name=self.name, percent=QLocale().toString(percent)
            )
        )
        if not self.progress.isVisibleTo(self):
            self._place_progress()
            self.progress.show()

    def set_minimap_visible(self, visible: bool) -> None:
        """Whether the user wants the overview; it shows while the journey overflows the view."""
        self._minimap_wanted = visible
        self._update_minimap()

    def journey_fits(self) -> bool:
        """Whether every step and connection is inside the visible part of the canvas."""
        content = self.view.journey_scene().content_rect()
        return content.isEmpty() or self.view.visible_scene_rect().contains(content)

    def _update_minimap(self) -> None:
        show = self._minimap_wanted and not self.journey_fits()
        if show != self.minimap.isVisibleTo(self):
            self.minimap.setVisible(show)
        if show:
            self._place_minimap()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_minimap()
            self._place_progress()
            self._minimap_check.start()
        elif watched is self.minimap and event.type() == QEvent.Type.PaletteChange:
            self.minimap.redraw()
        return False

    def _place_minimap(self) -> None:
        """In a corner of the canvas, away from the selection and a drag (see MiniMap.place)."""
        self.minimap.place()

    def _place_progress(self) -> None:
        area = self.view.viewport().geometry()
        self.progress.setGeometry(area.left(), area.top(), area.width(), _PROGRESS_HEIGHT)
        self.progress.raise_()
