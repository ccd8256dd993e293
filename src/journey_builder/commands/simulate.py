"""CLI verb ``simulate``: walk a sample contact, or a cohort, through a journey (DESIGN §9, §12).

``simulate FILE --contact C.json [--events E.json]`` prints the path, one line per step;
``simulate FILE --cohort CONTACTS.csv|.jsonl`` prints how many contacts reached each step and
end (a contact's own ``events`` are its script; ``--events`` is that of the others). ``--json`` prints the simulation's own JSON. A journey the validator blocks is refused
(exit 1, problems on stderr) unless ``--anyway``. The journey file is only read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the verb imports its machinery when it runs, so every verb starts fast
    from journey_builder.model import JourneyDocument
    from journey_builder.simulation import CohortResult, SimulationResult

__all__ = ["register", "run_simulate"]

_BAR = "█"
_BAR_WIDTH = 30


def _horizon(text: str) -> float:
    from journey_builder.errors import SimulationInputError
    from journey_builder.simulation import parse_duration

    try:
        seconds = parse_duration(text)
    except SimulationInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError("the horizon must be longer than 0")
    return seconds


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "simulate",
        parents=[common],
        help="walk a sample contact (or a cohort of contacts) through a journey",
        description=(
            "Preview where a contact goes: walk a sample contact through the journey, in "
            "simulated time, with scripted events (answers, custom events, tags...), and print "
            "every step with the reason it was taken. With --cohort, count how many contacts "
            "of a CSV or JSON-lines file reach each step and end. Exit status: 0 done, 1 the "
            "journey has errors (see --anyway), 2 bad usage or an unreadable file."
        ),
    )
    p.add_argument("file", metavar="FILE", help="a journey file (any import shape); only read")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--contact",
        metavar="CONTACT.json",
        help='one sample contact: {"fields": {"plan": "pro"}, "tags": ["vip"]}',
    )
    who.add_argument(
        "--cohort",
        metavar="CONTACTS",
        help="many contacts: a .csv (a column per field, a 'tags' column split on ; or ,, an "
        "'events' column holding the contact's own event script as a JSON list), a .jsonl file "
        '(one contact per line: {"fields": …, "tags": …, "events": […]}) or a .json list',
    )
    p.add_argument(
        "--events",
        metavar="EVENTS.json",
        help='a script of events: [{"at": "2d3h", "event": "custom", "eventName": "upgraded"}, '
        '{"at": "1h", "event": "answer", "value": "5"}, ...]; with --cohort, the script of '
        "every contact that has no 'events' of its own",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        help="seed for random splits (default 0): same seed, same path",
    )
    p.add_argument(
        "--horizon",
        type=_horizon,
        default=365 * 86400.0,
        metavar="DURATION",
        help="how far to look ahead, e.g. 30d or 2w (default 365d); a contact still waiting "
        "then ends 'waiting'",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--anyway", action="store_true", help="simulate even a journey that has errors")
    p.set_defaults(func=run_simulate)


def run_simulate(args: argparse.Namespace) -> int:
    from journey_builder.simulation import read_contact, read_contacts, read_events
    from journey_builder.storage.files import load_journey

    document = load_journey(args.file)  # JourneyFileError -> exit 2 in cli.main
    contact = read_contact(args.contact) if args.contact is not None else None
    events = read_events(args.events) if args.events is not None else []
    if not _may_run(document, args.file, anyway=args.anyway):
        return 1
    if contact is not None:
        from journey_builder.simulation import simulate

        result = simulate(document, contact, events, seed=args.seed, horizon_seconds=args.horizon)
        if args.json:
            _dump(result.to_json())
        else:
            _print_path(document, result, args.seed)
        return 0
    from journey_builder.simulation import simulate_cohort

    cohort = simulate_cohort(
        document,
        read_contacts(args.cohort),
        seed=args.seed,
        events=events,
        horizon_seconds=args.horizon,
    )
    if args.json:
        _dump(cohort.to_json())
    else:
        _print_cohort(document, cohort, args.seed)
    return 0


def _dump(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _may_run(document: JourneyDocument, path: str, *, anyway: bool) -> bool:
    """Refuse a journey the validator blocks (problems on stderr), unless ``anyway``."""
    from journey_builder.validation import validate
    from journey_builder.validation.naming import clean_text

    errors = [p for p in validate(document) if p.is_error]
    if not errors:
        return True
    count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
    name = clean_text(path, 200)
    if anyway:
        print(f"journey-builder: {name} has {count}; simulating anyway", file=sys.stderr)
        return True
    print(
        f"journey-builder: {name} has {count}, so it is not simulated "
        f"(fix {'them' if len(errors) != 1 else 'it'}, or add --anyway to simulate it as it is):",
        file=sys.stderr,
    )
    titles = {n.id: _title(n.type, n.data) for n in reversed(document.nodes)}
    for problem in errors:
        where = ""
        if problem.nodeIds:
            node_id = problem.nodeIds[0]
            where = f"  {clean_text(titles.get(node_id, node_id), 40)} ({clean_text(node_id, 24)})"
        print(f"  error  {problem.code}{where}  {problem.message}", file=sys.stderr)
    return False


def _title(node_type: str, data: dict[str, Any]) -> str:
    from journey_builder.model import node_title

    return node_title(node_type, data)


def _step_name(document: JourneyDocument, index: int) -> str:
    """``Thank you — Email · tpl_welcome (thank_you)``: card title, summary and id."""
    from journey_builder.model import node_summary
    from journey_builder.validation.naming import clean_text

    node = document.nodes[index]
    title = _title(node.type, node.data)
    summary = node_summary(node.type, node.data)
    text = title if not summary or summary == title else f"{title} — {summary}"
    return f"{clean_text(text, 56)} ({clean_text(node.id, 24)})"


def _print_path(document: JourneyDocument, result: SimulationResult, seed: int) -> None:
    from journey_builder.simulation import format_at
    from journey_builder.validation.naming import clean_text

    rows = [
        (
            format_at(s.at),
            _step_name(document, s.node_index),
            f"→ {clean_text(s.handle, 20)}" if s.handle is not None else "",
            s.reason,
        )
        for s in result.steps
    ]
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(3)]
    print(f"{clean_text(document.display_name, 80)} · seed {seed}")
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells[:3], row[3]]).rstrip())
    end = result.end
    where = ""
    if end.node_index is not None:
        node = document.nodes[end.node_index]
        where = f" at '{clean_text(_title(node.type, node.data), 40)}' ({clean_text(node.id, 24)})"
    print(f"End: {end.kind} ({format_at(end.at)}){where}. {end.reason}")
    fields = ", ".join(
        f"{clean_text(k, 30)}={clean_text(json.dumps(v, ensure_ascii=False), 30)}"
        for k, v in result.contact["fields"].items()
    )
    tags = ", ".join(clean_text(t, 30) for t in result.contact["tags"])
    print(f"Contact: {fields or 'no fields'}; tags: {tags or 'none'}")


def _bar(count: int, total: int) -> str:
    if total <= 0 or count <= 0:
        return ""
    return _BAR * max(1, round(count / total * _BAR_WIDTH))


def _print_cohort(document: JourneyDocument, cohort: CohortResult, seed: int) -> None:
    from journey_builder.simulation import format_at
    from journey_builder.validation.naming import clean_text

    total = cohort.contacts
    plural = "s" if total != 1 else ""
    print(f"{clean_text(document.display_name, 80)} · {total:,} contact{plural} · seed {seed}")
    if total == 0:
        print("No contacts in the file: nothing to count.")
        return
    first: dict[str, int] = {}
    for i, node in enumerate(document.nodes):
        first.setdefault(node.id, i)
    names = {node_id: _step_name(document, i) for node_id, i in first.items()}
    rows: list[tuple[str, ...]] = []
    rows.append(("Ends", "", ""))
    for kind, count in cohort.ends.items():
        rows.append((f"  {kind}", f"{count:,}", f"{_bar(count, total)} {count / total:.1%}"))
    if cohort.exits:
        rows.append(("Exits", "", "median time"))
        for node_id, (count, median) in cohort.exits.items():
            rows.append((f"  {names.get(node_id, node_id)}", f"{count:,}", format_at(median)))
    rows.append(("Steps", "", ""))
    for node_id, count in cohort.nodes.items():
        rows.append((f"  {names.get(node_id, node_id)}", f"{count:,}", _bar(count, total)))
    name_width = max(len(r[0]) for r in rows)
    count_width = max(len(r[1]) for r in rows)
    for label, count_text, extra in rows:
        if not label.startswith(" "):
            print(f"\n{label.ljust(name_width)}  {''.rjust(count_width)}  {extra}".rstrip())
            continue
        print(f"{label.ljust(name_width)}  {count_text.rjust(count_width)}  {extra}".rstrip())
