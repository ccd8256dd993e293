"""Creates the QApplication and opens the main window."""

from __future__ import annotations

import sys


def run_app(file: str | None = None, *, library: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Journey Builder")
    label = QLabel("Journey Builder — the editor is on its way.")
    label.setMargin(40)
    label.show()
    return int(app.exec())
