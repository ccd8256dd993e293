"""One build step setuptools cannot be told in pyproject.toml: the wheel carries the app's own
files (icons, templates and their previews, desktop files, translations).

They live in ``resources/`` at the top of the checkout (the source tree, an editable install
and the PyInstaller bundle read them there), and a wheel holds only what sits in its packages.
So the ``resources/...`` patterns of ``[tool.setuptools.package-data] journey_builder`` are
read against the checkout and the files they match are copied into the built package as
``journey_builder/resources/...``, where :mod:`journey_builder.resources` finds them once
installed. Everything else (metadata, dependencies, entry points) is in pyproject.toml.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGE = "journey_builder"
PREFIX = "resources/"


def resource_patterns() -> list[str]:
    """The ``resources/...`` patterns of the package's data, from pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"][PACKAGE]
    return [p for p in patterns if p.startswith(PREFIX)]


def resource_files() -> list[Path]:
    """Every file of ``resources/`` those patterns take, relative to the checkout."""
    found: set[Path] = set()
    for pattern in resource_patterns():
        found.update(p for p in ROOT.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    return sorted(p.relative_to(ROOT) for p in found)


def main() -> None:
    # setuptools is imported here, so tests can read resource_files() without it.
    from setuptools import setup
    from setuptools.command.build_py import build_py

    class BuildPyWithResources(build_py):
        """build_py, then ``resources/`` into the built package (not for editable installs,
        which read the checkout's own folder)."""

        def run(self) -> None:
            super().run()
            if getattr(self, "editable_mode", False):
                return
            for relative in resource_files():
                target = Path(self.build_lib) / PACKAGE / relative
                self.mkpath(str(target.parent))
                self.copy_file(str(ROOT / relative), str(target), preserve_mode=False)

    setup(cmdclass={"build_py": BuildPyWithResources})


if __name__ == "__main__":
    main()
