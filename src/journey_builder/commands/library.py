"""CLI verbs for the local library: ``import FILE``, ``export ID-or-NAME OUT``, ``library``.

The library is ``--library PATH``, else ``JOURNEY_BUILDER_LIBRARY``, else the default file in
the user data directory. Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from journey_builder.errors import JourneyFileError
from journey_builder.model import JourneyDocument
from journey_builder.storage.base_files import read_base, write_base
from journey_builder.storage.files import document_to_text, load_journey, save_journey
from journey_builder.storage.library import Library, LibraryEntry


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add ``import``, ``export`` and ``library``."""
    p = subparsers.add_parser(
        "import",
        parents=[common],
        help="add a journey file to the local library",
        description=(
            "Add a journey to the local library from a file: a journey file, a journey or a "
            "journey version as the API returns them, or a bare workflow definition. Prints "
            "the new entry's id and name. The file is not changed. Its base copy "
            "(.FILE.base, kept by pull and push) comes along into the library."
        ),
    )
    p.add_argument("file", metavar="FILE", help="the file to import")
    p.add_argument("--json", action="store_true", help="print the new entry as JSON")
    p.set_defaults(func=import_file)

    p = subparsers.add_parser(
        "export",
        parents=[common],
        help="write a library journey to a journey file",
        description=(
            "Write a journey of the local library to a journey file, atomically (the old file "
            "stays whole if anything fails). Unknown fields are written back unchanged. "
            "A journey synced with the server gets its base copy beside OUT (.OUT.base), so "
            "that 'push OUT' compares three ways. OUT '-' prints the journey to stdout."
        ),
    )
    p.add_argument("journey", metavar="ID-or-NAME", help="local id, remote id, or name")
    p.add_argument("out", metavar="OUT", help="the file to write, or - for stdout")
    p.set_defaults(func=export_journey)

    p = subparsers.add_parser(
        "library",
        parents=[common],
        help="list the journeys of the local library",
        description="List the journeys of the local library with their sync state.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON array of entries")
    p.add_argument("--search", metavar="TEXT", help="only names (any case) containing TEXT")
    p.add_argument(
        "--sort",
        choices=("modified", "created", "name"),
        default="modified",
        help="order: last changed first (default), last created first, or by name",
    )
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.set_defaults(func=list_library)


def _library(args: argparse.Namespace) -> Library:
    return Library(getattr(args, "library", None))


def import_file(args: argparse.Namespace) -> int:
    doc = load_journey(args.file)
    base = _sidecar_base(args.file, doc.id)
    with _library(args) as library:
        entry = library.create(doc)
        if base is not None:
            library.set_base(entry.id, base)
    if args.json:
        print(json.dumps(entry.to_json(), indent=2, ensure_ascii=False))
    else:
        print(f"{entry.id}\t{_one_line(entry.name)}")
    print(f'Imported "{entry.name}" into {library.path}', file=sys.stderr)
    return 0


def export_journey(args: argparse.Namespace) -> int:
    with _library(args) as library:
        entry = library.find(args.journey)
        doc = library.load(entry.id)
        base = library.get_base(entry.id) if entry.remote_id else None
    if args.out == "-":
        sys.stdout.write(document_to_text(doc))
        return 0
    save_journey(doc, args.out)
    if base is not None:
        write_base(args.out, base)
    print(f'Exported "{entry.name}" to {args.out}', file=sys.stderr)
    return 0


def _sidecar_base(path: str, remote_id: str | None) -> JourneyDocument | None:
    """The file's base copy when it is of the same remote journey (else None)."""
    if not remote_id:
        return None
    try:
        base = read_base(path)
    except JourneyFileError as exc:
        print(f"warning: the base copy was left out: {exc}", file=sys.stderr)
        return None
    return base if base is not None and base.id == remote_id else None


def list_library(args: argparse.Namespace) -> int:
    with _library(args) as library:
        entries = library.list(search=args.search, sort=args.sort, only_trash=args.trash)
    if args.json:
        print(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
        return 0
    if not entries:
        print("The trash is empty." if args.trash else "The library is empty.", file=sys.stderr)
        return 0
    print(_table(entries))
    return 0


def _one_line(text: str) -> str:
    """A name fit for one table row: control characters shown as escapes."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


def _table(entries: list[LibraryEntry]) -> str:
    rows = [("ID", "STATE", "CHANGED (UTC)", "NAME")]
    for e in entries:
        rows.append(
            (e.id, e.sync_state.value, f"{e.modified_at:%Y-%m-%d %H:%M}", _one_line(e.name))
        )
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(r[:3], widths, strict=True))
        + "  "
        + r[3]
        for r in rows
    )
