"""CLI verbs on journey files: ``validate FILE... [--json]`` (DESIGN §9).

Problems are data (stdout); unreadable files are messages (stderr). Exit 0 when no file has
an error (warnings allowed), 1 when any has, 2 when any file cannot be read (2 wins over 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journey_builder.errors import JourneyFileError

if TYPE_CHECKING:  # the verb imports its machinery when it runs, so every verb starts fast
    from journey_builder.model import JourneyDocument, Node
    from journey_builder.validation import Problem

__all__ = ["FileReport", "register", "validate_files"]

_STDIN = "-"


@dataclass
class FileReport:
    """One file checked by ``validate``: its problems, or why it could not be read."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    document: JourneyDocument | None = None
    error: str | None = None

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "problems": [p.to_json() for p in self.problems]}
        if self.error is not None:
            out["error"] = self.error
        return out


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "validate",
        parents=[common],
        help="check journey files and print their problems",
        description=(
            "Check journey files against every rule of the editor and print their problems. "
            "Exit status: 0 no errors (warnings allowed), 1 errors, 2 a file could not be read."
        ),
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="journey files ('-' reads stdin)")
    p.add_argument(
        "--json",
        action="store_true",
        help='print {"files": [{"path", "problems": [...]}]} instead of text',
    )
    p.set_defaults(func=_validate_command)


def validate_files(paths: Sequence[str]) -> list[FileReport]:
    """Load and validate each file; an unreadable one gets ``error`` instead of problems."""
    from journey_builder.storage.files import load_journey, parse_journey_text
    from journey_builder.validation import validate

    reports = []
    for path in paths:
        report = FileReport(path)
        try:
            if path == _STDIN:
                report.document = parse_journey_text(sys.stdin.read(), source="<stdin>")
            else:
                report.document = load_journey(Path(path))
        except JourneyFileError as exc:
            report.error = str(exc)
        except UnicodeDecodeError as exc:  # stdin that is not UTF-8
            report.error = f"<stdin>: this is not UTF-8 text ({exc.reason})"
        else:
            report.problems = validate(report.document)
        reports.append(report)
    return reports


def _validate_command(args: argparse.Namespace) -> int:
    from journey_builder.validation.naming import clean_text

    reports = validate_files(args.files)
    for report in reports:
        if report.error is not None:
            print(f"journey-builder: {clean_text(report.error, 300)}", file=sys.stderr)
    if args.json:
        json.dump(
            {"files": [r.to_json() for r in reports]}, sys.stdout, indent=2, ensure_ascii=False
        )
        sys.stdout.write("\n")
    else:
        _print_text(reports)
    if any(r.error is not None for r in reports):
        return 2
    return 1 if any(r.errors for r in reports) else 0


def _counts(errors: int, warnings: int) -> str:
    if not errors and not warnings:
        return "no problems"
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)


def _step(nodes: dict[str, Node], problem: Problem) -> str:
    """``'Wait 2 days' (n4)``: the first step a problem names, with its id; ``-`` for none."""
    from journey_builder.model import node_title
    from journey_builder.validation.naming import clean_text, quoted

    if not problem.nodeIds:
        return "-"
    node_id = problem.nodeIds[0]
    node = nodes.get(node_id)
    text = f"({clean_text(node_id, 24)})"
    if node is not None:
        text = f"{quoted(node_title(node.type, node.data), 30)} {text}"
    more = len(problem.nodeIds) - 1
    return f"{text} +{more}" if more else text


def _print_text(reports: list[FileReport]) -> None:
    """One aligned line per problem, a summary per file, and one overall for several files."""
    from journey_builder.validation.naming import clean_text

    tables: list[list[tuple[str, ...]]] = []
    for report in reports:
        path = clean_text(report.path, 200)
        nodes: dict[str, Node] = {}
        if report.document is not None and report.problems:
            for node in report.document.nodes:
                nodes.setdefault(node.id, node)
        tables.append(
            [(f"{path}:", p.severity, p.code, _step(nodes, p), p.message) for p in report.problems]
        )
    widths = [max((len(row[i]) for t in tables for row in t), default=0) for i in range(4)]
    for report, table in zip(reports, tables, strict=True):
        for row in table:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            print("  ".join([*cells[:4], row[4]]))
        if report.error is None:
            print(f"{_counts(report.errors, report.warnings)} in {clean_text(report.path, 200)}")
    if len(reports) > 1:
        readable = [r for r in reports if r.error is None]
        unreadable = len(reports) - len(readable)
        total = _counts(sum(r.errors for r in readable), sum(r.warnings for r in readable))
        summary = f"{total} in {len(readable)} file{'s' if len(readable) != 1 else ''}"
        if unreadable:
            summary += f"; {unreadable} file{'s' if unreadable != 1 else ''} could not be read"
        print(summary)
