"""Journey Builder: design, check and sync customer journeys for the Flownally Journeys API.

The scripting API (DESIGN §9)::

    from journey_builder import load_journey, save_journey, validate
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "load_journey", "save_journey", "validate"]

if TYPE_CHECKING:
    from journey_builder.storage.files import load_journey, save_journey
    from journey_builder.validation import validate


def __getattr__(name: str) -> Any:
    # Imported lazily so that `journey-builder --version` and the model stay quick to import.
    if name in ("load_journey", "save_journey"):
        from journey_builder.storage import files

        return getattr(files, name)
    if name == "validate":
        from journey_builder.validation import validate

        return validate
    raise AttributeError(f"module 'journey_builder' has no attribute {name!r}")
