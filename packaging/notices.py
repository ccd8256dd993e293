"""Third-party notices for the bundle, written from the installed packages' own metadata.

The spec calls :func:`write_notices` at build time, so versions and licences always match what
is bundled: one summary file (THIRD-PARTY-NOTICES.txt) plus each package's licence files under
``licenses/<package>/``. Run it alone to see the summary:

    .venv/bin/python packaging/notices.py
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT_DISTRIBUTION = "journey-builder"
#: Licence texts for components whose packages ship none (the Qt for Python wheels).
LICENCE_TEXTS = Path(__file__).resolve().parent / "licenses"
_LICENCE_FILE = re.compile(r"(?i)(^|/)(licen[cs]e|copying|notice|authors)[^/]*$")

#: Parts of the bundle that are not Python distributions.
NATIVE_COMPONENTS = (
    (
        "Python",
        sys.version.split()[0],
        "PSF-2.0",
        "The Python interpreter and standard library, https://www.python.org/",
    ),
    (
        "Qt",
        "(as in PySide6)",
        "LGPL-3.0-only (texts in licenses/qt)",
        "Qt libraries and plugins under _internal/PySide6/Qt, https://www.qt.io/. They are "
        "separate shared libraries: you may replace them with your own build of the same Qt "
        "version. Sources: https://download.qt.io/official_releases/qt/",
    ),
    (
        "ICU",
        "(as in Qt)",
        "Unicode-3.0",
        "International Components for Unicode, bundled with Qt, https://icu.unicode.org/",
    ),
)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = ROOT_DISTRIBUTION) -> list[Distribution]:
    """``root`` and everything it needs at run time on this platform (no extras)."""
    env = {k: str(v) for k, v in default_environment().items()}
    seen: dict[str, Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        if _key(name) in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        seen[_key(name)] = dist
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
                pending.append(req.name)
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def _licence(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return " / ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0][:80] if text else "see the licence files"


def _licence_files(dist: Distribution) -> list[Path]:
    found: list[Path] = []
    for file in dist.files or []:
        if _LICENCE_FILE.search(str(file)) and ".dist-info" in str(file):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found


def _copy_native_licences(folder: Path) -> None:
    """Qt's LGPL/GPL texts (PySide6 wheels carry none) and Python's own licence."""
    qt = folder / "qt"
    qt.mkdir(parents=True, exist_ok=True)
    for text in sorted(LICENCE_TEXTS.glob("*.txt")):
        shutil.copyfile(text, qt / text.name)
    python_licence = (
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt"
    )
    if not python_licence.is_file():  # Windows and framework builds keep it at the top
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if python_licence.is_file():
        (folder / "python").mkdir(exist_ok=True)
        shutil.copyfile(python_licence, folder / "python" / "LICENSE.txt")


def write_notices(target: Path) -> list[tuple[str, str]]:
    """Write the summary and licence files into ``target``; return (file, folder) pairs for
    PyInstaller's ``datas``."""
    target.mkdir(parents=True, exist_ok=True)
    lines = [
        "Journey Builder bundles the following third-party software.",
        "Each package's own licence files are in the licenses/ folder beside this file.",
        "",
    ]
    for name, version, licence, note in NATIVE_COMPONENTS:
        lines += [f"{name} {version}", f"  Licence: {licence}", f"  {note}", ""]
    _copy_native_licences(target / "licenses")
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if _key(name) == ROOT_DISTRIBUTION:
            continue
        home = dist.metadata.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in dist.metadata.get_all("Project-URL") or []),
            "",
        )
        lines += [f"{name} {dist.version}", f"  Licence: {_licence(dist)}"]
        if home:
            lines.append(f"  {home}")
        lines.append("")
        folder = target / "licenses" / _key(name)
        for file in _licence_files(dist):
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, folder / file.name)
    (target / "THIRD-PARTY-NOTICES.txt").write_text("\n".join(lines), encoding="utf-8")
    datas = [(str(target / "THIRD-PARTY-NOTICES.txt"), ".")]
    licences = target / "licenses"
    if licences.is_dir():
        for folder in sorted(p for p in licences.iterdir() if p.is_dir()):
            datas.append((str(folder), f"licenses/{folder.name}"))
    return datas


if __name__ == "__main__":
    for dist in runtime_distributions():
        print(f"{dist.metadata['Name']} {dist.version}: {_licence(dist)}")
