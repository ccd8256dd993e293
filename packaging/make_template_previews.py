"""Draw the preview picture of every template for the "New from template" gallery.

Run after changing a template or the look of the canvas, then commit the pictures:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_template_previews.py

Each preview is the template drawn by the canvas itself (light theme, no grid), at a scale
that keeps the file small; the paths come from resources/templates/index.json.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from journey_builder.canvas import render_document
from journey_builder.storage.files import load_journey

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "templates"
#: Canvas units to pixels: a 10-step template comes out about 500 px wide.
PREVIEW_SCALE = 0.5
PREVIEW_MARGIN = 24.0


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    index = json.loads((TEMPLATES / "index.json").read_text(encoding="utf-8"))
    for entry in index["templates"]:
        target = TEMPLATES / entry["preview"]
        target.parent.mkdir(parents=True, exist_ok=True)
        result = render_document(
            load_journey(TEMPLATES / entry["file"]),
            target,
            scale=PREVIEW_SCALE,
            margin=PREVIEW_MARGIN,
        )
        size = target.stat().st_size
        print(f"wrote {entry['preview']} ({result.width}x{result.height} px, {size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
