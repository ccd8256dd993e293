"""Bundle benchmark: the size of the packaged app and how fast it opens its first window.

Run ``make package`` first, then: ``.venv/bin/python benchmarks/bench_startup.py [--runs N]``.
Prints the size of dist/journey-builder on disk and as a tar.gz, and the time from process start
to the first window (offscreen; the app reports it when JOURNEY_BUILDER_SMOKE_QUIT_MS is set),
for the first run and as the median of N runs, against the targets. Without a bundle it says
so and exits 0, so that ``make bench`` does not need a packaging build.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "journey-builder"
TARGET_DISK_MB = 150
TARGET_COMPRESSED_MB = 60
TARGET_FIRST_WINDOW_S = 2.0
TIMEOUT_S = 60
SMOKE_LINE = re.compile(r"journey-builder: smoke: first window after (\d+) ms")


def _mb(size: int) -> float:
    return size / 1_000_000


def disk_size(folder: Path) -> tuple[int, int]:
    """(bytes of file contents, bytes of disk blocks used) under ``folder``."""
    content = blocks = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            content += stat.st_size
            blocks += stat.st_blocks * 512
    return content, blocks


def compressed_size(folder: Path) -> int:
    """Bytes of a gzip-compressed tar of ``folder`` (what a download would weigh)."""
    with tempfile.TemporaryDirectory(prefix="jb-bench-") as tmp:
        archive = Path(tmp) / "journey-builder.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def _fresh_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWNALLY_", "JOURNEY_"))}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        JOURNEY_BUILDER_LIBRARY=str(home / "library.sqlite3"),
        JOURNEY_BUILDER_LOG_DIR=str(home / "logs"),
        JOURNEY_BUILDER_SMOKE_QUIT_MS="0",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def start_once(program: Path) -> tuple[float, float]:
    """(seconds from process start to the first window, seconds until the process exited)."""
    with tempfile.TemporaryDirectory(prefix="jb-bench-home-") as tmp:
        began = time.perf_counter()
        result = subprocess.run(
            [str(program)],
            env=_fresh_env(Path(tmp)),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        elapsed = time.perf_counter() - began
    match = SMOKE_LINE.search(result.stderr)
    if result.returncode != 0 or match is None:
        tail = " / ".join(result.stderr.strip().splitlines()[-3:])
        raise RuntimeError(
            f"the bundled app did not report its first window (exit {result.returncode}): {tail}"
        )
    return int(match[1]) / 1000, elapsed


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-ups to time (default 5)")
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the one-folder bundle")
    args = parser.parse_args()
    program = args.bundle / ("journey-builder.exe" if os.name == "nt" else "journey-builder")
    if not program.is_file():
        print(f"bench_startup: no bundle at {args.bundle}; run `make package` first (skipped)")
        return 0

    content, blocks = disk_size(args.bundle)
    packed = compressed_size(args.bundle)
    print(f"bundle: {args.bundle}")
    print(
        f"size on disk:        {_mb(content):6.1f} MB  ({_mb(blocks):.1f} MB in disk blocks)"
        f"   target <= {TARGET_DISK_MB} MB   {_verdict(_mb(content) <= TARGET_DISK_MB)}"
    )
    print(
        f"compressed (tar.gz): {_mb(packed):6.1f} MB"
        f"                            target <= {TARGET_COMPRESSED_MB} MB    "
        f"{_verdict(_mb(packed) <= TARGET_COMPRESSED_MB)}"
    )

    try:
        runs = [start_once(program) for _ in range(max(1, args.runs))]
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"start-up: not measured: {exc}")
        return 1
    windows = [w for w, _ in runs]
    exits = [e for _, e in runs]
    median = statistics.median(windows)
    print(
        f"first window (offscreen): first run {windows[0]:.2f} s, median of {len(runs)} "
        f"{median:.2f} s (min {min(windows):.2f}, max {max(windows):.2f})"
        f"   target <= {TARGET_FIRST_WINDOW_S:g} s   {_verdict(median <= TARGET_FIRST_WINDOW_S)}"
    )
    print(f"start to exit (wall clock): median {statistics.median(exits):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
