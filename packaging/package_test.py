"""Smoke-test a built bundle: it starts, checks and draws a template, pushes it to the bundled
sandbox over HTTP, opens the editor and quits.

    .venv/bin/python packaging/package_test.py dist/journey-builder      (make package-test)

Runs the bundled program, not the source tree, with every user folder pointed at a temporary
directory (library, logs, config, keyring off) and Qt offscreen. Exits 1 if any check fails.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

EDITOR_QUIT_MS = 1500
TIMEOUT_S = 60
SMOKE_LINE = re.compile(r"journey-builder: smoke: first window after (\d+) ms")


def find_program(bundle: Path) -> Path:
    """The command-line program inside a one-folder bundle (or a macOS .app)."""
    for candidate in (
        bundle / "journey-builder",
        bundle / "journey-builder.exe",
        bundle / "Contents" / "MacOS" / "journey-builder",
    ):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit(f"package-test: no journey-builder program in {bundle}; run `make package`")


def bundled_templates(bundle: Path) -> list[Path]:
    index = next(bundle.rglob("resources/templates/index.json"), None)
    if index is None:
        raise SystemExit(f"package-test: the bundle in {bundle} has no resources/templates")
    return sorted(index.parent.glob("*.journey.json"))


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a fresh user: nothing of ours leaks in, nothing of theirs is touched."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLOWNALLY_", "JOURNEY_"))}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        JOURNEY_BUILDER_LIBRARY=str(home / "library.sqlite3"),
        JOURNEY_BUILDER_LOG_DIR=str(home / "logs"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


class Checks:
    def __init__(self, program: Path, env: dict[str, str]) -> None:
        self.program = program
        self.env = env
        self.failures: list[str] = []

    def run(
        self, name: str, args: Sequence[str], extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str] | None:
        env = {**self.env, **(extra_env or {})}
        try:
            result = subprocess.run(
                [str(self.program), *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            self.fail(name, f"still running after {TIMEOUT_S} s")
            return None
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip().splitlines()[-5:]
            self.fail(name, f"exit code {result.returncode}: " + " / ".join(detail))
            return None
        return result

    def fail(self, name: str, why: str) -> None:
        self.failures.append(name)
        print(f"FAIL  {name}: {why}")

    def ok(self, name: str, note: str = "") -> None:
        print(f"ok    {name}" + (f" ({note})" if note else ""))


def png_size(path: Path) -> tuple[int, int] | None:
    head = path.read_bytes()[:24] if path.is_file() else b""
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def sync_check(checks: Checks, template: Path, home: Path) -> None:
    """Push a template to the bundled sandbox and find it in the list: HTTP works frozen."""
    name = "push a template to the sandbox"
    sandbox = subprocess.Popen(
        [str(checks.program), "sandbox", "--port", "0"],
        env=checks.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    watchdog = threading.Timer(TIMEOUT_S, sandbox.kill)
    watchdog.start()
    try:
        assert sandbox.stdout is not None
        exports = None
        for line in sandbox.stdout:
            if line.strip().startswith("export FLOWNALLY_BASE_URL="):
                exports = dict(pair.split("=", 1) for pair in line.split()[1:])
                break
        if exports is None:
            checks.fail(name, "the sandbox did not start")
            return
        copy = home / template.name
        shutil.copyfile(template, copy)
        pushed = checks.run(name, ["push", str(copy)], exports)
        listed = checks.run("list remote journeys", ["list", "--json"], exports)
        if pushed is not None and listed is not None:
            names = [j.get("name") for j in json.loads(listed.stdout)]
            if json.loads(copy.read_text(encoding="utf-8")).get("name") in names:
                checks.ok(name, f"id {pushed.stdout.strip()}, listed back")
            else:
                checks.fail(name, f"pushed, but the list holds only {names}")
    finally:
        watchdog.cancel()
        if sandbox.poll() is None:
            sandbox.send_signal(signal.SIGINT)
            try:
                sandbox.wait(timeout=10)
            except subprocess.TimeoutExpired:
                sandbox.kill()
                sandbox.wait()
        if sandbox.stdout is not None:
            sandbox.stdout.close()


def missing_system_libraries(bundle: Path) -> dict[str, set[str]]:
    """Per Qt platform plugin, the shared libraries neither the bundle nor this system has."""
    if platform.system() != "Linux" or shutil.which("ldd") is None:
        return {}
    internal = bundle / "_internal"
    search = [internal, internal / "PySide6" / "Qt" / "lib"]
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(map(str, search))}
    found: dict[str, set[str]] = {}
    for plugin in sorted((internal / "PySide6" / "Qt" / "plugins").rglob("*.so")):
        out = subprocess.run(
            ["ldd", str(plugin)], env=env, capture_output=True, text=True, check=False
        ).stdout
        missing = {line.split()[0] for line in out.splitlines() if "not found" in line}
        if missing:
            found[plugin.name] = missing
    return found


def main(argv: Sequence[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/journey-builder").resolve()
    program = find_program(bundle)
    templates = bundled_templates(bundle)
    print(f"package-test: {program} with {len(templates)} templates")
    with tempfile.TemporaryDirectory(prefix="jb-package-test-") as tmp:
        home = Path(tmp)
        checks = Checks(program, isolated_env(home))

        from_source = _source_version()
        result = checks.run("--version", ["--version"])
        if result is not None:
            printed = result.stdout.strip()
            if from_source and printed != f"journey-builder {from_source}":
                checks.fail("--version", f"printed {printed!r}, expected {from_source}")
            else:
                checks.ok("--version", printed)

        if checks.run("validate every template", ["validate", *map(str, templates)]):
            checks.ok("validate every template", f"{len(templates)} files, exit 0")

        out = home / "template.png"
        if checks.run("render a template to PNG", ["render", str(templates[0]), str(out)]):
            size = png_size(out)
            if size is None or min(size) < 100:
                checks.fail("render a template to PNG", f"{out.name} is not a real picture")
            else:
                checks.ok("render a template to PNG", f"{size[0]}x{size[1]} px")

        sync_check(checks, templates[0], home)

        result = checks.run(
            "open the editor and quit",
            ["open", str(templates[0])],
            {"JOURNEY_BUILDER_SMOKE_QUIT_MS": str(EDITOR_QUIT_MS)},
        )
        if result is not None:
            match = SMOKE_LINE.search(result.stderr)
            if match is None:
                checks.fail(
                    "open the editor and quit",
                    "exited without showing a window (does app.py call "
                    "diagnostics.arm_smoke_quit after showing the main window?)",
                )
            else:
                checks.ok("open the editor and quit", f"first window after {match[1]} ms")
        log = home / "logs" / "journey-builder.log"
        if log.is_file():
            text = log.read_text(encoding="utf-8", errors="replace")
            if "Traceback" in text or " CRITICAL " in text:
                checks.fail("clean log", f"{log.name} holds an error:\n{text[-2000:]}")
            else:
                checks.ok("clean log")

    for plugin, libs in missing_system_libraries(bundle).items():
        print(
            f"note  {plugin} needs system libraries this machine lacks: {', '.join(sorted(libs))}"
        )
    if checks.failures:
        print(f"package-test: {len(checks.failures)} check(s) failed")
        return 1
    print("package-test: all checks passed")
    return 0


def _source_version() -> str | None:
    init = Path(__file__).resolve().parent.parent / "src" / "journey_builder" / "__init__.py"
    match = re.search(r'__version__ = "([^"]+)"', init.read_text(encoding="utf-8"))
    return match[1] if match else None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
