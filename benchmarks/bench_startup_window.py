"""Start-up benchmark: time from process start to the editor's empty main window being shown.

Runs ``python -m journey_builder`` (no verb: a new journey with a start step) offscreen in a
fresh home, several times, with JOURNEY_BUILDER_SMOKE_QUIT_MS=0: once the window is shown and
the event loop has run, the app prints "first window after N ms" (since the process started)
and quits. Prints each run, the first run and the median against the 1.5 s target.

    .venv/bin/python benchmarks/bench_startup_window.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.5
TIMEOUT_S = 60
SMOKE_LINE = re.compile(r"journey-builder: smoke: first window after (\d+) ms")


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWNALLY_", "JOURNEY_"))}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        JOURNEY_BUILDER_SETTINGS=str(home / "settings.ini"),
        JOURNEY_BUILDER_LIBRARY=str(home / "library.sqlite3"),
        JOURNEY_BUILDER_LOG_DIR=str(home / "logs"),
        JOURNEY_BUILDER_SMOKE_QUIT_MS="0",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def start_once() -> tuple[float, float, float]:
    """(seconds from process start to the shown window, seconds until the process exited,
    CPU seconds the process used: the figure that a busy machine does not inflate)."""
    with tempfile.TemporaryDirectory(prefix="jb-bench-window-") as tmp:
        cpu_before = _children_cpu()
        began = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "journey_builder"],
            env=_env(Path(tmp)),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        elapsed = time.perf_counter() - began
        cpu = _children_cpu() - cpu_before
    match = SMOKE_LINE.search(result.stderr)
    if result.returncode != 0 or match is None:
        tail = " / ".join(result.stderr.strip().splitlines()[-3:])
        raise RuntimeError(
            f"the editor did not report its window (exit {result.returncode}): {tail}"
        )
    return int(match[1]) / 1000, elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="how many starts (default 7)")
    args = parser.parse_args()
    shown: list[float] = []
    total: list[float] = []
    cpus: list[float] = []
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    for i in range(1, max(1, args.runs) + 1):
        window_s, exit_s, cpu_s = start_once()
        shown.append(window_s)
        total.append(exit_s)
        cpus.append(cpu_s)
        print(
            f"run {i}: window shown after {window_s:.3f} s, process done after {exit_s:.3f} s, "
            f"CPU {cpu_s:.3f} s"
        )
    median = statistics.median(shown)
    verdict = "OK" if median <= TARGET_S else "OVER TARGET"
    print(f"first run: {shown[0]:.3f} s")
    print(f"median of {len(shown)}: {median:.3f} s (target <= {TARGET_S:.1f} s) {verdict}")
    print(f"median process lifetime (start, show, quit): {statistics.median(total):.3f} s")
    print(f"median CPU time per start: {statistics.median(cpus):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
