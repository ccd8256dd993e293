"""CLI verb ``render FILE OUT``: draw a journey to PNG or SVG without a window."""

from __future__ import annotations

import argparse
import math
import os
import sys
from typing import Any


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not (math.isfinite(value) and 0 < value <= 8):
        raise argparse.ArgumentTypeError("the scale must be above 0 and at most 8")
    return value


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "render",
        parents=[common],
        help="draw a journey to PNG or SVG (by OUT's extension), headless",
        description="Draw a journey file as the editor shows it, to PNG or SVG, "
        "chosen by OUT's extension. Needs no display.",
    )
    p.add_argument("file", metavar="FILE", help="a journey file (any import shape)")
    p.add_argument("out", metavar="OUT", help="the image to write: *.png or *.svg")
    p.add_argument(
        "--scale", type=_scale, default=1.0, help="pixels per canvas unit (default 1.0 = 100%%)"
    )
    p.add_argument(
        "--theme", choices=("light", "dark"), default="light", help="colours (default light)"
    )
    p.set_defaults(func=run_render)


def run_render(args: argparse.Namespace) -> int:
    out_ext = os.path.splitext(args.out)[1].lower()
    if out_ext not in (".png", ".svg"):
        print(
            f"journey-builder: cannot draw to {args.out}: OUT must end in .png or .svg",
            file=sys.stderr,
        )
        return 2
    from journey_builder.storage.files import load_journey

    document = load_journey(args.file)  # JourneyFileError -> exit 2 in cli.main
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless unless told otherwise
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "journey-builder"])
    from journey_builder.canvas.render import render_document

    result = render_document(document, args.out, scale=args.scale, theme=args.theme)
    if abs(result.scale - args.scale) > 1e-9:
        print(
            f"journey-builder: the image would be too large; drawn at scale {result.scale:.3g}",
            file=sys.stderr,
        )
    print(result.path)
    del app
    return 0
