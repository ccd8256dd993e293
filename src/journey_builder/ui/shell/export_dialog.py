"""File › Export image: what to draw, how big, in which format and colours; then the export
itself, in slices behind a progress dialog that can cancel it.

What: the whole journey, the part of the canvas in view, or the selected steps. Size: a slide
(fits 1,920 × 1,080), 2,000 pixels wide, 100 %, or a custom width and/or height (the aspect
is always kept). Format: PNG, SVG or PDF (one page, or A4/Letter pages for printing). The
dialog says the size each choice gives, and why a PNG cannot be made, before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey_builder.canvas import JourneyView
from journey_builder.canvas.export.sizing import MAX_SIZE_ARG
from journey_builder.canvas.render import ImageExport, RenderResult, plan_drawing
from journey_builder.errors import JourneyBuilderError
from journey_builder.i18n import error_text
from journey_builder.model.texts import QT_TRANSLATE_NOOP
from journey_builder.ui.common.messages import show_error

__all__ = [
    "SIZE_PRESETS",
    "ExportChoice",
    "ExportImageDialog",
    "export_with_dialog",
    "run_export",
]

#: Size presets: key -> (label, scale, width, height); None where the preset leaves it open.
SIZE_PRESETS: dict[str, tuple[str, float | None, int | None, int | None]] = {
    "slide": (
        QT_TRANSLATE_NOOP("ExportImageDialog", "Slide (fits 1,920 × 1,080)"),
        None,
        1920,
        1080,
    ),
    "wide": (QT_TRANSLATE_NOOP("ExportImageDialog", "2,000 pixels wide"), None, 2000, None),
    "full": (QT_TRANSLATE_NOOP("ExportImageDialog", "100 %"), 1.0, None, None),
    "custom": (QT_TRANSLATE_NOOP("ExportImageDialog", "Custom size"), None, None, None),
}
_FORMATS = {
    ".png": QT_TRANSLATE_NOOP("ExportImageDialog", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("ExportImageDialog", "SVG drawing"),
    ".pdf": QT_TRANSLATE_NOOP("ExportImageDialog", "PDF document"),
}
_PAGES = {
    "": QT_TRANSLATE_NOOP("ExportImageDialog", "One page"),
    "a4": QT_TRANSLATE_NOOP("ExportImageDialog", "A4 pages"),
    "letter": QT_TRANSLATE_NOOP("ExportImageDialog", "Letter pages"),
}
_WHOLE, _VIEW, _SELECTION = "whole", "view", "selection"
_PROGRESS_STEPS = 1000


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog was set to: everything :class:`ImageExport` needs but the path."""

    what: str  # "whole", "view" or "selection"
    scale: float | None
    width: int | None
    height: int | None
    suffix: str  # ".png", ".svg" or ".pdf"
    pages: str | None
    theme: str
    area: QRectF | None
    steps: list[str] | None

    def export(self, view: JourneyView, path: str, **extra: object) -> ImageExport:
        """The export of ``view``'s journey to ``path`` (raises as :class:`ImageExport`)."""
        return ImageExport(
            view.document,
            path,
            scale=self.scale,
            width=self.width,
            height=self.height,
            steps=self.steps,
            neighbours=False,
            area=self.area,
            theme=self.theme,
            pages=self.pages,
            **extra,  # type: ignore[arg-type]
        )


class ExportImageDialog(QDialog):
    """The options of File › Export image, with the size they give shown as they change."""

    def __init__(self, view: JourneyView, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self._view = view
        self._plan = plan_drawing(view.document.document)
        self._selected = [view.document.node(k).id for k in view.selected_node_keys()]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        what = QHBoxLayout()
        self.what_group = QButtonGroup(self)
        self.what_buttons: dict[str, QRadioButton] = {}
        count = len(self._selected)
        labels = {
            _WHOLE: self.tr("Whole journey"),
            _VIEW: self.tr("Current view"),
            _SELECTION: self.tr("Selection (1 step)")
            if count == 1
            else self.tr("Selection ({count} steps)").format(count=QLocale().toString(count)),
        }
        for key, label in labels.items():
            button = QRadioButton(label, self)
            self.what_group.addButton(button)
            self.what_buttons[key] = button
            what.addWidget(button)
        self.what_buttons[_SELECTION].setEnabled(count > 0)
        self.what_buttons[_WHOLE].setChecked(True)
        form.addRow(self.tr("Draw:"), what)

        self.size_combo = QComboBox(self)
        for key, (label, *_size) in SIZE_PRESETS.items():
            self.size_combo.addItem(self.tr(label), key)
        form.addRow(self.tr("Size:"), self.size_combo)
        custom = QHBoxLayout()
        self.width_spin = self._pixels_box(self.tr("any width"))
        self.height_spin = self._pixels_box(self.tr("any height"))
        self.width_spin.setAccessibleName(self.tr("Width"))
        self.height_spin.setAccessibleName(self.tr("Height"))
        self.width_spin.setValue(1920)
        custom.addWidget(self.width_spin)
        custom.addWidget(QLabel("×", self))
        custom.addWidget(self.height_spin)
        form.addRow(self.tr("Width × height:"), custom)

        self.format_combo = QComboBox(self)
        for suffix, label in _FORMATS.items():
            self.format_combo.addItem(self.tr(label), suffix)
        form.addRow(self.tr("Format:"), self.format_combo)
        self.pages_combo = QComboBox(self)
        for paper, label in _PAGES.items():
            self.pages_combo.addItem(self.tr(label), paper)
        form.addRow(self.tr("Pages:"), self.pages_combo)
        self.theme_combo = QComboBox(self)
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self.theme_combo.setCurrentIndex(1 if theme == "dark" else 0)
        form.addRow(self.tr("Colours:"), self.theme_combo)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the export gives"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.what_group.buttonToggled.connect(self._refresh)
        for combo in (self.size_combo, self.format_combo, self.pages_combo, self.theme_combo):
            combo.currentIndexChanged.connect(self._refresh)
        self.width_spin.valueChanged.connect(self._refresh)
        self.height_spin.valueChanged.connect(self._refresh)
        self._refresh()

    def _pixels_box(self, any_text: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, MAX_SIZE_ARG)
        box.setSingleStep(100)
        box.setSpecialValueText(any_text)  # 0: that side is free
        box.setSuffix(" px")
        box.setGroupSeparatorShown(True)
        return box

    def choice(self) -> ExportChoice:
        what = next(k for k, b in self.what_buttons.items() if b.isChecked())
        preset = str(self.size_combo.currentData())
        _label, scale, width, height = SIZE_PRESETS[preset]
        if preset == "custom":
            width = self.width_spin.value() or None
            height = self.height_spin.value() or None
            if width is None and height is None:
                scale = 1.0
        suffix = str(self.format_combo.currentData())
        return ExportChoice(
            what=what,
            scale=scale,
            width=width,
            height=height,
            suffix=suffix,
            pages=(str(self.pages_combo.currentData()) or None) if suffix == ".pdf" else None,
            theme=str(self.theme_combo.currentData()),
            area=self._view.visible_scene_rect() if what == _VIEW else None,
            steps=list(self._selected) if what == _SELECTION else None,
        )

    def _refresh(self) -> None:
        custom = self.size_combo.currentData() == "custom"
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        choice = self.choice()
        self.pages_combo.setEnabled(choice.suffix == ".pdf")
        try:
            export = choice.export(self._view, "preview" + choice.suffix, plan=self._plan)
        except (ValueError, JourneyBuilderError) as exc:
            self.summary.setText(self.tr("Cannot export this: {reason}").format(reason=exc))
            self.export_button.setEnabled(False)
            return
        size = export.size
        locale = QLocale()
        text = self.tr("{width} × {height} pixels at {percent} %").format(
            width=locale.toString(size.width),
            height=locale.toString(size.height),
            percent=locale.toString(round(size.scale * 100, 1)),
        )
        if choice.suffix != ".png":
            text += " " + self.tr("(vector: every card in full detail)")
        steps = len(export.step_ids)
        text += " · " + (
            self.tr("1 step")
            if steps == 1
            else self.tr("{count} steps").format(count=locale.toString(steps))
        )
        if choice.suffix == ".pdf" and choice.pages:
            from journey_builder.canvas.export.vector import pdf_pages

            pages = len(pdf_pages(size, choice.pages)[0])
            text += " · " + (
                self.tr("1 page")
                if pages == 1
                else self.tr("{count} pages").format(count=locale.toString(pages))
            )
        self.summary.setText(text)
        self.export_button.setEnabled(True)


def run_export(parent: QWidget, export: ImageExport) -> RenderResult | None:
    """Write the export a slice at a time behind a cancellable progress dialog (it shows only
    if the export takes a while); None if the user cancelled. Errors propagate."""
    progress = QProgressDialog(
        QCoreApplication.translate("ExportImageDialog", "Exporting the image…"),
        QCoreApplication.translate("ExportImageDialog", "Cancel"),
        0,
        _PROGRESS_STEPS,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("ExportImageDialog", "Export image"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    slices = export.steps()
    try:
        for share in slices:
            progress.setValue(int(share * _PROGRESS_STEPS))  # a modal dialog lets events in
            if progress.wasCanceled():
                slices.close()  # removes the half-written file
                return None
    finally:
        progress.close()
        progress.deleteLater()
    return export.result


def export_with_dialog(parent: QWidget, view: JourneyView, theme: str, base: str) -> str | None:
    """The whole of File › Export image: options, then where to save, then the export.

    ``base`` is the suggested file name without its extension. Returns a line for the status
    bar, or None when the user cancelled; errors are shown plainly and nothing is written.
    """
    dialog = ExportImageDialog(view, theme, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
    finally:
        dialog.deleteLater()
    name = QCoreApplication.translate("ExportImageDialog", _FORMATS[choice.suffix])
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportImageDialog", "Export image"),
        base + choice.suffix,
        f"{name} (*{choice.suffix})",
    )
    if not path:
        return None
    if not path.lower().endswith(choice.suffix):
        path += choice.suffix
    try:
        result = run_export(parent, choice.export(view, path))
    except (ValueError, JourneyBuilderError) as exc:
        show_error(
            parent,
            QCoreApplication.translate("ExportImageDialog", "Cannot export the image"),
            error_text(exc),
        )
        return None
    if result is None:
        return QCoreApplication.translate(
            "ExportImageDialog", "Export cancelled; nothing was written"
        )
    locale = QLocale()
    text = QCoreApplication.translate(
        "ExportImageDialog", "Exported {width} × {height} image to {file}"
    ).format(width=locale.toString(result.width), height=locale.toString(result.height), file=path)
    if result.pages > 1:
        text += " " + QCoreApplication.translate("ExportImageDialog", "({count} pages)").format(
            count=locale.toString(result.pages)
        )
    return text
