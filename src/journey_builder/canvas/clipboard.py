"""The canvas's clipboard format: definition JSON (``{"nodes": [...], "edges": [...]}``) as
text and under :data:`~journey_builder.document.FRAGMENT_MIME_TYPE`, so copied steps paste into
a text editor, another tab or another window; and where pasted steps go."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF
from PySide6.QtGui import QGuiApplication

from journey_builder.canvas.geometry import GRID, NODE_HEIGHT
from journey_builder.document import FRAGMENT_MIME_TYPE, fragment_from_text
from journey_builder.model import WorkflowDefinition

__all__ = ["clipboard_fragment", "paste_offset", "put_fragment_text", "release_clipboard"]


def put_fragment_text(text: str) -> None:
    """Put copied steps (their definition JSON) on the clipboard, as text and as our format."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(FRAGMENT_MIME_TYPE, text.encode("utf-8"))
    QGuiApplication.clipboard().setMimeData(mime)


def clipboard_fragment() -> tuple[str, WorkflowDefinition] | None:
    """The steps on the clipboard (and their text), or None when it holds none."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(FRAGMENT_MIME_TYPE):
        text = bytes(mime.data(FRAGMENT_MIME_TYPE).data()).decode("utf-8", "replace")
    elif mime.hasText():
        text = mime.text()
    else:
        return None
    fragment = fragment_from_text(text)
    if fragment is None or not fragment.nodes:
        return None
    return text, fragment


def paste_offset(fragment: WorkflowDefinition, at: QPointF, snap: bool) -> tuple[float, float]:
    """How far to move pasted steps so their top-left card sits at ``at`` (its middle height)."""
    xs = [float(n.position.x) for n in fragment.nodes if n.position is not None]
    ys = [float(n.position.y) for n in fragment.nodes if n.position is not None]
    left, top = (min(xs), min(ys)) if xs else (0.0, 0.0)
    x, y = at.x(), at.y() - NODE_HEIGHT / 2
    if snap:
        x, y = round(x / GRID) * GRID, round(y / GRID) * GRID
    return x - left, y - top


def release_clipboard() -> None:
    """Hand the clipboard a copy made by Qt before Python shuts down.

    The QMimeData that ``copy_selection`` puts there has a Python wrapper; Qt's clipboard may
    outlive the interpreter (it is a global of the platform plugin) and deleting the wrapper
    then crashes the process at exit. Plain text survives for other apps to paste.
    """
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(FRAGMENT_MIME_TYPE):
        clipboard.setText(mime.text())
