"""CLI verb ``render FILE OUT``: draw a journey to PNG, SVG or PDF without a window.

Scripts run this in loops, so it loads only what the drawing needs: a zoomed-out PNG (cards
under 40 % of their size) is drawn from a plan of the journey with QtGui alone, without
QtWidgets, a QApplication or a graphics scene.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from typing import Any

_FORMATS = (".png", ".svg", ".pdf")


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not (math.isfinite(value) and 0 < value <= 8):
        raise argparse.ArgumentTypeError("the scale must be above 0 and at most 8")
    return value


def _pixels(text: str) -> int:
    from journey_builder.canvas.export.sizing import MAX_SIZE_ARG

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of pixels") from None
    if not 1 <= value <= MAX_SIZE_ARG:
        raise argparse.ArgumentTypeError(f"pixels must be from 1 to {MAX_SIZE_ARG:,}")
    return value


def _steps(text: str) -> list[str]:
    steps = [s.strip() for s in text.split(",") if s.strip()]
    if not steps:
        raise argparse.ArgumentTypeError("name at least one step id")
    return steps


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "render",
        parents=[common],
        help="draw a journey to PNG, SVG or PDF (by OUT's extension), headless",
        description="Draw a journey file as the editor shows it, to PNG, SVG or PDF, chosen by "
        "OUT's extension. Needs no display. Give --scale, or --width and/or --height to fit the "
        "drawing inside that many pixels (its aspect is kept).",
    )
    p.add_argument("file", metavar="FILE", help="a journey file (any import shape)")
    p.add_argument("out", metavar="OUT", help="the file to write: *.png, *.svg or *.pdf")
    p.add_argument(
        "--scale", type=_scale, default=None, help="pixels per canvas unit (default 1.0 = 100%%)"
    )
    p.add_argument("--width", type=_pixels, metavar="W", help="fit inside W pixels wide")
    p.add_argument("--height", type=_pixels, metavar="H", help="fit inside H pixels high")
    p.add_argument(
        "--region",
        type=_steps,
        metavar="STEP_ID[,STEP_ID...]",
        help="draw only these steps and the steps connected to them",
    )
    p.add_argument(
        "--pages",
        choices=("a4", "letter"),
        help="PDF only: tile the drawing over A4 or Letter sheets (default: one page)",
    )
    p.add_argument(
        "--theme", choices=("light", "dark"), default="light", help="colours (default light)"
    )
    p.set_defaults(func=run_render)


def _usage(message: str) -> int:
    print(f"journey-builder render: {message}", file=sys.stderr)
    return 2


def run_render(args: argparse.Namespace) -> int:
    out_ext = os.path.splitext(args.out)[1].lower()
    if out_ext not in _FORMATS:
        return _usage(f"cannot draw to {args.out}: OUT must end in .png, .svg or .pdf")
    if args.scale is not None and (args.width is not None or args.height is not None):
        return _usage("give --scale, or --width/--height, not both")
    if args.pages is not None and out_ext != ".pdf":
        return _usage("--pages applies to PDF output only")
    from journey_builder.storage.files import load_journey

    document = load_journey(args.file)  # JourneyFileError -> exit 2 in cli.main
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless unless told otherwise
    from journey_builder.canvas.render import ImageExport

    try:
        export = ImageExport(
            document,
            args.out,
            scale=args.scale,
            width=args.width,
            height=args.height,
            steps=args.region,
            theme=args.theme,
            pages=args.pages,
        )  # RenderError (steps not found, PNG too large) -> exit 2 in cli.main
    except ValueError as exc:
        return _usage(str(exc))
    app = _application(widgets=export.needs_scene)
    result = export.run()
    print(result.path)
    del app
    return 0


def _application(*, widgets: bool) -> object:
    """The Qt application the drawing needs: QApplication for the scene, else QtGui's."""
    if widgets:
        from PySide6.QtWidgets import QApplication

        return QApplication.instance() or QApplication(_argv())
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(_argv())


def _argv() -> list[str]:
    return [sys.argv[0] if sys.argv else "journey-builder"]
