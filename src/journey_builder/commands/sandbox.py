"""CLI verb ``sandbox``: run the local stand-in API on 127.0.0.1 until Ctrl-C.

It prints its base URL and its demo tokens (random, valid while it runs) to stdout.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from journey_builder.sandbox import HOSTILE_KINDS, Fault, Faults, Sandbox, SandboxState

#: ``--fault`` modes as users spell them.
FAULT_MODES = tuple(kind.replace("_", "-") for kind in HOSTILE_KINDS)


def _rate(value: str) -> float:
    try:
        rate = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= rate <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return rate


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= seconds <= 600.0:
        raise argparse.ArgumentTypeError("must be between 0 and 600 seconds")
    return seconds


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("must be between 0 and 65535 (0 picks a free port)")
    return port


def _page_cap(value: str) -> int:
    try:
        size = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 1 <= size <= 100:
        raise argparse.ArgumentTypeError("must be between 1 and 100")
    return size


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "sandbox",
        parents=[common],
        help="run the local stand-in API on 127.0.0.1",
        description="Run a local, stateful stand-in for the Journeys API on 127.0.0.1. It "
        "prints its base URL and demo tokens; stop it with Ctrl-C.",
    )
    p.add_argument(
        "--port", type=_port, default=8787, help="port to listen on (default 8787; 0 = any)"
    )
    p.add_argument("--state", metavar="FILE", help="keep the journeys in FILE across runs")
    p.add_argument("--max-page-size", type=_page_cap, default=100, help="cap on pageSize (1-100)")
    p.add_argument(
        "--full-lists",
        action="store_true",
        help="list items carry the whole journey (by default they are summaries)",
    )
    faults = p.add_argument_group("fault injection (to see how a client copes)")
    faults.add_argument(
        "--latency", type=_seconds, default=0.0, metavar="S", help="delay every answer"
    )
    faults.add_argument("--error-rate", type=_rate, default=0.0, metavar="P", help="share of 503s")
    faults.add_argument(
        "--rate-limit-rate",
        type=_rate,
        default=0.0,
        metavar="P",
        help="share of 429s (Retry-After: 1)",
    )
    faults.add_argument(
        "--malformed-rate",
        type=_rate,
        default=0.0,
        metavar="P",
        help="share of broken JSON answers",
    )
    faults.add_argument(
        "--drop-rate", type=_rate, default=0.0, metavar="P", help="share of dropped connections"
    )
    faults.add_argument("--seed", type=int, default=None, help="seed for the fault dice")
    faults.add_argument(
        "--fault",
        choices=FAULT_MODES,
        metavar="MODE",
        help="answer every request as a hostile server would: " + ", ".join(FAULT_MODES),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    state_path = Path(args.state) if args.state else None
    if state_path is not None and not state_path.parent.is_dir():
        print(f"journey-builder: {state_path.parent} does not exist", file=sys.stderr)
        return 2
    try:
        state = SandboxState(
            path=state_path,
            max_page_size=args.max_page_size,
            list_summaries=not args.full_lists,
        )
    except ValueError as exc:
        print(f"journey-builder: {exc}", file=sys.stderr)
        return 2
    faults = Faults(
        latency=args.latency,
        error_rate=args.error_rate,
        rate_limit_rate=args.rate_limit_rate,
        malformed_rate=args.malformed_rate,
        drop_rate=args.drop_rate,
        seed=args.seed,
        mode=Fault(args.fault.replace("-", "_")) if args.fault else None,
    )
    try:
        sandbox = Sandbox(port=args.port, state=state, faults=faults)
    except OSError as exc:
        print(
            f"journey-builder: cannot listen on 127.0.0.1:{args.port} ({exc.strerror})",
            file=sys.stderr,
        )
        return 2
    _announce(sandbox, state_path)
    stop = threading.Event()

    def _on_term(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, _on_term)
    sandbox.start()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
        signal.signal(signal.SIGTERM, previous)
    print("Sandbox stopped.", file=sys.stderr)
    return 0


def _announce(sandbox: Sandbox, state_path: Path | None) -> None:
    lines = [f"Flownally sandbox listening on {sandbox.base_url}"]
    lines.append(
        f"State: {state_path} ({sandbox.state.count()} journeys)"
        if state_path
        else "State: in memory"
    )
    if sandbox.faults.mode is not None:
        mode = sandbox.faults.mode.kind.replace("_", "-")
        lines.append(f"Fault: every answer is '{mode}' (a hostile server, on purpose)")
    lines.append("Tokens (random, valid until the sandbox stops):")
    for name, token in sandbox.tokens.items():
        scopes = " ".join(sorted(sandbox.scopes_of(name)))
        lines.append(f"  {name:<12} {token}   {scopes}")
    full = sandbox.tokens.get("full-access", "")
    lines.append("Try, in another terminal:")
    lines.append(f"  export FLOWNALLY_BASE_URL={sandbox.base_url} FLOWNALLY_TOKEN={full}")
    lines.append("  journey-builder list")
    lines.append("Stop with Ctrl-C.")
    print("\n".join(lines), flush=True)
