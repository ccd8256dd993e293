"""CLI verbs that open the editor: ``open [FILE]`` (and no verb at all)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "open", parents=[common], help="open the editor, optionally on a file"
    )
    p.add_argument("file", nargs="?", help="a journey file to open")
    p.set_defaults(func=open_editor)


def open_editor(args: argparse.Namespace) -> int:
    from journey_builder.app import run_app

    return run_app(getattr(args, "file", None), library=getattr(args, "library", None))
