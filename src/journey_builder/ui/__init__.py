"""The window and its panels, one sub-package (room) per feature.

``shell`` (main window) uses every other room; ``common`` is used by all and uses none. The
import-linter contract "Rooms of the ui" in pyproject.toml fixes the order; docs/architecture.md
draws it.
"""
