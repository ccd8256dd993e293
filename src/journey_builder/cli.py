"""The ``journey-builder`` command line (DESIGN §9).

Verbs live in :mod:`journey_builder.commands`, one module per area; each module has a
``register(subparsers, common)`` that adds its verbs. Messages go to stderr, data to stdout.
Exit codes: 0 done, 1 errors or refused, 2 bad usage or unreadable file, 3 auth, 4 unreachable.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from journey_builder import __version__
from journey_builder.errors import JourneyBuilderError

__all__ = ["build_parser", "main"]

#: Modules under journey_builder.commands that add verbs, in --help order.
_COMMAND_MODULES = ("files", "editor", "render", "simulate", "library", "sync", "sandbox")
#: Verbs that scripts run in loops, each alone in its module: ``journey-builder render ...``
#: registers only that module, not every verb's imports (HTTP, SQLite: a fifth of a second).
_SOLO_VERBS = {"render": "render"}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--profile",
        metavar="P",
        default=argparse.SUPPRESS,
        help="the sign-in profile to use (default: the current one)",
    )
    parser = argparse.ArgumentParser(
        prog="journey-builder",
        description="Design, check and sync customer journeys. With no verb, opens the editor.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"journey-builder {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="use this library file instead of the default (also JOURNEY_BUILDER_LIBRARY)",
    )
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in (only,) if only else _COMMAND_MODULES:
        module = importlib.import_module(f"journey_builder.commands.{name}")
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_SOLO_VERBS.get(words[0]) if words else None)
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from journey_builder.commands.editor import open_editor

        func = open_editor
    try:
        code: int = func(args)
        return code
    except JourneyBuilderError as exc:
        print(f"journey-builder: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("journey-builder: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
