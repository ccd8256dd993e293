"""Smoke-test the wheel: build it, install it into a fresh venv, run the installed program.

    .venv/bin/python packaging/wheel_test.py          (make wheel-test)

Checks that the wheel holds the app's own files (templates and their previews, icons, desktop
files), that the installed package finds them in its own folder (not in this checkout), and
that ``journey-builder --version``, ``validate`` on a template and ``render`` to PNG work there,
with every user folder pointed at a temporary directory and Qt offscreen. The venv stays in
build/wheel-test/venv for a look afterwards; its dependencies come from pip's cache when it
has them. Exits 1 if any check fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from package_test import Checks, isolated_env, png_size

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "wheel-test"
PIP = ["-m", "pip", "--disable-pip-version-check", "--no-input"]
RESOURCES = "journey_builder/resources/"


def step(what: str, command: list[str]) -> None:
    """Run a build step; its output only when it fails."""
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        raise SystemExit(f"wheel-test: {what} failed (exit code {result.returncode})")
    print(f"ok    {what} ({time.monotonic() - started:.0f} s)")


def build_wheel() -> Path:
    shutil.rmtree(WORK, ignore_errors=True)
    for stale in ("lib", "bdist.linux-x86_64"):  # setuptools' in-tree build folders
        shutil.rmtree(ROOT / "build" / stale, ignore_errors=True)
    wheels = WORK / "wheels"
    command = [sys.executable, *PIP, "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)]
    step("build the wheel", command)
    found = sorted(wheels.glob("journey_builder-*.whl"))
    if len(found) != 1:
        raise SystemExit(f"wheel-test: expected one wheel in {wheels}, found {found}")
    return found[0]


def wheel_resources(wheel: Path, checks: Checks) -> None:
    """The wheel holds every template the gallery lists, its preview, and the icons."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        index = json.loads(archive.read(RESOURCES + "templates/index.json"))
    wanted = {RESOURCES + "icons/journey-builder.svg", RESOURCES + "templates/index.json"}
    wanted |= {RESOURCES + f"translations/journey_builder_{lang}.qm" for lang in ("de", "es", "en")}
    for entry in index["templates"]:
        wanted.add(RESOURCES + "templates/" + entry["file"])
        if entry.get("preview"):
            wanted.add(RESOURCES + "templates/" + entry["preview"])
    missing = sorted(wanted - names)
    if missing:
        checks.fail("the wheel carries the resources", f"missing {missing}")
    else:
        count = sum(1 for n in names if n.startswith(RESOURCES))
        checks.ok(
            "the wheel carries the resources", f"{count} files, {len(index['templates'])} templates"
        )


def main() -> int:
    started = time.monotonic()
    wheel = build_wheel()
    venv = WORK / "venv"
    step("create a fresh venv", [sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    step(f"install {wheel.name}", [str(python), *PIP, "install", "--quiet", str(wheel)])
    program = bin_dir / ("journey-builder.exe" if os.name == "nt" else "journey-builder")

    with tempfile.TemporaryDirectory(prefix="jb-wheel-test-") as tmp:
        home = Path(tmp)
        checks = Checks(program, isolated_env(home))
        wheel_resources(wheel, checks)

        result = checks.run("--version", ["--version"])
        if result is not None:
            checks.ok("--version", result.stdout.strip())

        where = subprocess.run(
            [
                str(python),
                "-c",
                "from journey_builder.resources import resources_dir as r; print(r())",
            ],
            capture_output=True,
            text=True,
            cwd=home,  # not this checkout, whose src/ must play no part
            env=checks.env,
            check=False,
        )
        folder = Path(where.stdout.strip()) if where.returncode == 0 else None
        if folder is None or venv.resolve() not in folder.resolve().parents:
            checks.fail("resources found in the installed package", where.stdout + where.stderr)
            return 1
        checks.ok(
            "resources found in the installed package", str(folder.relative_to(venv.resolve()))
        )

        template = folder / "templates" / "welcome-series.journey.json"
        if checks.run("validate a template", ["validate", str(template)]):
            checks.ok("validate a template", template.name)
        out = home / "template.png"
        if checks.run("render a template to PNG", ["render", str(template), str(out)]):
            size = png_size(out)
            if size is None or out.stat().st_size == 0:
                checks.fail("render a template to PNG", f"{out.name} is not a PNG")
            else:
                checks.ok(
                    "render a template to PNG",
                    f"{size[0]}x{size[1]} px, {out.stat().st_size:,} bytes",
                )

    print(f"wheel-test: {len(checks.failures)} failed, in {time.monotonic() - started:.0f} s")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
