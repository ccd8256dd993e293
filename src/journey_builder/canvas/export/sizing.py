"""How big an exported drawing is: the scale, the pixel size, and the limits on PNGs.

``--scale`` gives pixels per canvas unit; ``--width``/``--height`` (either or both) fit the
drawing inside that box, keeping its aspect. The scene rectangle drawn is widened a fraction
of a unit so it maps onto whole pixels at one uniform scale (nothing is stretched).

PNG limits: the format allows 2^31-1 pixels a side, but we stop at :data:`MAX_PNG_SIDE`
(65,535): past it few programs open the file at all (browsers stop near 32,767, many editors
at 65,535 or below), and at :data:`MAX_PNG_PIXELS` (2^30, about a gigapixel: 3 GB of pixels to
compress, about a minute). Within those, a PNG of any size is written in bands, so memory stays
small (see :mod:`.raster`, which also keeps each painted tile inside QPainter's raster limit
of 32,767 device pixels). SVG and PDF are vector and have no pixel limit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journey_builder.canvas.export.plan import Area

__all__ = [
    "MAX_PNG_PIXELS",
    "MAX_PNG_SIDE",
    "MAX_SIZE_ARG",
    "OutputSize",
    "fit_size",
    "png_refusal",
]

MAX_PNG_SIDE = 65_535
MAX_PNG_PIXELS = 1 << 30
#: The largest ``--width``/``--height`` accepted at all (SVG and PDF included).
MAX_SIZE_ARG = 1_000_000


@dataclass(frozen=True, slots=True)
class OutputSize:
    """The drawing's pixel size, its scale, and the scene area mapped onto those pixels."""

    scale: float
    width: int
    height: int
    source: Area

    @property
    def pixels(self) -> int:
        return self.width * self.height


def fit_size(
    area: Area,
    *,
    scale: float | None = None,
    width: int | None = None,
    height: int | None = None,
) -> OutputSize:
    """The output for ``area`` at ``scale``, or fitted inside ``width`` × ``height``.

    Raises ValueError for a scale that is not a positive number, a width or height below 1,
    or a scale together with a width or height.
    """
    if scale is not None and (width is not None or height is not None):
        raise ValueError("give a scale or a width and height, not both")
    for name, value in (("width", width), ("height", height)):
        if value is not None and not 1 <= value <= MAX_SIZE_ARG:
            raise ValueError(f"the {name} must be a whole number from 1 to {MAX_SIZE_ARG:,}")
    area_w, area_h = max(area.width, 1e-6), max(area.height, 1e-6)
    if width is not None or height is not None:
        scale = min(
            width / area_w if width is not None else math.inf,
            height / area_h if height is not None else math.inf,
        )
    elif scale is None:
        scale = 1.0
    if not (scale > 0 and math.isfinite(scale)):
        raise ValueError("the scale must be a number above 0")
    out_w = max(1, math.ceil(area_w * scale - 1e-9))
    out_h = max(1, math.ceil(area_h * scale - 1e-9))
    if width is not None:
        out_w = min(out_w, width)
    if height is not None:
        out_h = min(out_h, height)
    # widen the area (evenly on both sides) so it covers the whole pixels at this one scale
    extra_w = out_w / scale - area.width
    extra_h = out_h / scale - area.height
    source = Area(
        area.left - extra_w / 2,
        area.top - extra_h / 2,
        area.left - extra_w / 2 + out_w / scale,
        area.top - extra_h / 2 + out_h / scale,
    )
    return OutputSize(scale, out_w, out_h, source)


def png_refusal(size: OutputSize) -> str | None:
    """Why a PNG of this size is refused (with what to do instead), or None if it is fine."""
    side = max(size.width, size.height)
    if side <= MAX_PNG_SIDE and size.pixels <= MAX_PNG_PIXELS:
        return None
    longest = "width" if size.width >= size.height else "height"
    if side > MAX_PNG_SIDE:
        fit = MAX_PNG_SIDE
        why = f"PNG output stops at {MAX_PNG_SIDE:,} pixels a side (few programs open more)"
    else:
        fit = math.floor(side * math.sqrt(MAX_PNG_PIXELS / size.pixels))
        why = f"PNG output stops at {MAX_PNG_PIXELS:,} pixels (about a gigapixel)"
    suggestion = min(fit, 16_000)
    scale_hint = size.scale * suggestion / side
    return (
        f"the image would be {size.width:,} × {size.height:,} pixels at scale {size.scale:.3g}; "
        f"{why}. Try --{longest} {suggestion} (or --scale {scale_hint:.3g}), "
        "or draw to .svg or .pdf, which have no pixel limit"
    )
