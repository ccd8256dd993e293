"""Translations (docs/translations.md): every user-visible string goes through Qt's translation,
German and Spanish are complete and match the code, and the window in German or Spanish shows
no English in its menus, docks, palette, inspector and problems panel."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

import journey_builder
from journey_builder.i18n import Translators
from journey_builder.resources import resource_path
from journey_builder.ui.shell.main_window import MainWindow
from tests.qt.ui.app_support import WindowFactory

pytest_plugins = ["tests.qt.ui.app_support"]

SOURCE = Path(journey_builder.__file__).parent
TRANSLATIONS = resource_path("translations")
LANGUAGES = ("de", "es")
#: The flags of `make translations` (Makefile).
LUPDATE_FLAGS = ["-silent", "-locations", "none", "-sort-messages", "-no-obsolete"]


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing (it comes with PySide6)"
    return found


def _sources() -> list[str]:
    return sorted(str(p) for p in SOURCE.rglob("*.py"))


# --- the .ts files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def _messages(path: Path) -> dict[tuple[str, str, str], Message]:
    found: dict[tuple[str, str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type") or ""
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found[(name, source, comment)] = Message(
                name, source, comment, numerus, kind == "" and all(forms), forms
            )
    return found


def _lupdate(tmp_path: Path, language: str, *, plurals_only: bool = False) -> Path:
    """The committed .ts brought up to date with the code, in a copy (translations kept)."""
    committed = TRANSLATIONS / f"journey_builder_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    extra = ["-pluralonly"] if plurals_only else []
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *LUPDATE_FLAGS,
            *extra,
            *_sources(),
            *("-target-language", language, "-ts", str(fresh)),
        ],
        check=True,
        capture_output=True,
    )
    return fresh


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_the_committed_translations_match_the_code(tmp_path: Path, language: str) -> None:
    """Every string of the code is in the committed .ts, and nothing else (make translations)."""
    fresh = _messages(_lupdate(tmp_path, language, plurals_only=language == "en"))
    committed = _messages(TRANSLATIONS / f"journey_builder_{language}.ts")
    new = sorted(f"{c}: {s}" for c, s, _ in fresh.keys() - committed.keys())
    gone = sorted(f"{c}: {s}" for c, s, _ in committed.keys() - fresh.keys())
    assert not new, f"strings missing from {language}.ts (run make translations): {new[:20]}"
    assert not gone, f"{language}.ts has strings the code no longer has: {gone[:20]}"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_translation_is_finished(tmp_path: Path, language: str) -> None:
    """No unfinished, vanished or empty translation, and every plural form filled (lupdate's
    report of unfinished strings must be empty)."""
    fresh = _messages(_lupdate(tmp_path, language, plurals_only=language == "en"))
    open_ = sorted(f"{m.context}: {m.source}" for m in fresh.values() if not m.finished)
    assert not open_, f"{len(open_)} unfinished in {language}: {open_[:25]}"
    if language == "en":
        assert all(m.numerus for m in fresh.values())


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_0-9]*\}|%n|%\d", text))


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_translations_keep_their_placeholders(language: str) -> None:
    """A translation has the source's {name}, %1 and %n placeholders, no more and no less."""
    wrong = []
    for m in _messages(TRANSLATIONS / f"journey_builder_{language}.ts").values():
        wanted = _placeholders(m.source)
        for form in m.forms:
            got = _placeholders(form)
            # a plural's singular may say "one" instead of the number
            if got != wanted and not (m.numerus and got == [p for p in wanted if p != "%n"]):
                wrong.append(f"{m.context}: {m.source!r} -> {form!r}")
    assert not wrong, wrong[:20]


def _known_contexts() -> set[str]:
    """The classes of the code, and the contexts named in translate and QT_TRANSLATE_NOOP."""
    names: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and _call_name(node) in (
                "translate",
                "QT_TRANSLATE_NOOP",
            ):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names.add(first.value)
    return names


def test_contexts_are_class_names() -> None:
    """A string is found at run time only under its class's name (or the context it names):
    lupdate files ``parent.tr(...)`` under "parent", and a ``self.tr`` after a
    ``QCoreApplication.translate`` in the same method under "QCoreApplication.self"; such
    strings are never translated (docs/translations.md)."""
    contexts = {m.context for m in _messages(TRANSLATIONS / "journey_builder_de.ts").values()}
    assert not contexts - _known_contexts()


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_the_qm_files_are_built_from_the_ts(tmp_path: Path, language: str) -> None:
    ts = TRANSLATIONS / f"journey_builder_{language}.ts"
    built = tmp_path / "built.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    committed = TRANSLATIONS / f"journey_builder_{language}.qm"
    assert built.read_bytes() == committed.read_bytes(), "run make qm"


# --- strings in the code -------------------------------------------------------------------------

#: Calls whose arguments a user reads: name -> positions of the text arguments (None: any str
#: argument; list arguments are looked into).
_TEXT_CALLS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setIconText",
            "setLabelText",
            "setSpecialValueText",
            "setInformativeText",
            "setDetailedText",
            "showMessage",
            "addMenu",
            "addAction",
            "addRow",
            "addButton",
            "addItem",
            "addItems",
            "setHeaderLabels",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setTabText",
            "setTabToolTip",
            "setItemText",
            "addTab",
            "insertTab",
            "setPrefix",
            "setSuffix",
            "replace_document",
            "remove",
        ),
        None,
    ),
    **dict.fromkeys(
        (
            "QLabel",
            "QPushButton",
            "QToolButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QMenu",
            "QToolBar",
            "QDockWidget",
            "QAction",
            "QListWidgetItem",
            "QTreeWidgetItem",
            "QStandardItem",
            "PlainLabel",
            "muted_label",
            "IssueLabel",
            "show_error",
            "message_box",
            "information",
            "warning",
            "critical",
            "question",
            "getOpenFileName",
            "getOpenFileNames",
            "getSaveFileName",
            "getExistingDirectory",
        ),
        None,
    ),
}
#: Words that read the same in every language: the product's and the company's names, the
#: libraries' (About), a unit.
_SAME_EVERYWHERE = re.compile(
    r"Journey Builder|Flownally|flownally\.com|https://|Python|PySide6|Qt|px"
)
#: Functions that hide a literal from lupdate (a literal must be marked where it is written).
_HIDING = re.compile(r"^_+tr\w*$|^tr_\w+$")


def _words(text: str) -> bool:
    """Whether ``text`` has words a reader reads (markup, names and JSON examples aside)."""
    try:
        if isinstance(json.loads(text), dict | list):
            return False  # a JSON example: its keys are the API's
    except ValueError:
        pass
    text = _SAME_EVERYWHERE.sub("", re.sub(r"<[^>]*>", "", text))
    return bool(re.search(r"[A-Za-z]{2,}", text))


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal_words(node: ast.expr) -> Iterator[ast.expr]:
    """String literals (and f-strings with words of their own) in an argument."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _words(node.value):
        yield node
    elif isinstance(node, ast.JoinedStr):
        own = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _words(own):
            yield node
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literal_words(element)
    elif isinstance(node, ast.IfExp):
        yield from _literal_words(node.body)
        yield from _literal_words(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from _literal_words(node.left)
        yield from _literal_words(node.right)


def _item_text(args: list[ast.expr]) -> list[ast.expr]:
    """The text of ``addItem([icon,] text, data)``: the first argument that is not a call to
    something other than a translation (an icon)."""
    for argument in args[:2]:
        if isinstance(argument, ast.Call) and _call_name(argument) not in ("tr", "translate"):
            continue
        return [argument]
    return []


def _is_logging(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "_log", "logging", "warnings")
    )


def _unwrapped(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(SOURCE.parent)
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _call_name(call)
        if _HIDING.match(name) and call.args and isinstance(call.args[0], ast.Constant):
            yield f"{where}:{call.lineno}: {name}({call.args[0].value!r}) hides it from lupdate"
            continue
        if name not in _TEXT_CALLS or _is_logging(call):
            continue
        if name == "remove" and not any(k.arg == "text" for k in call.keywords):
            continue
        arguments = [*call.args, *(k.value for k in call.keywords if k.arg != "objectName")]
        if name in ("addItem", "insertItem"):  # (icon,) text, then the item's data
            arguments = _item_text(call.args)
        for argument in arguments:
            for literal in _literal_words(argument):
                yield f"{where}:{literal.lineno}: {ast.unparse(literal)[:70]} in {name}(…)"


def _watched_files() -> list[Path]:
    return sorted(
        p
        for folder in ("ui", "canvas", "document")
        for p in (SOURCE / folder).rglob("*.py")
        if "export" not in p.parts  # the export writers' errors are the command line's
    )


def test_every_user_visible_string_is_wrapped() -> None:
    """A literal passed to a text setter, a label or a message box is English for everyone."""
    found = [line for path in _watched_files() for line in _unwrapped(path)]
    assert not found, "\n".join(found)


def test_plural_tr_only_in_classes_nobody_subclasses() -> None:
    """PySide translates ``self.tr(text, "", n)`` only for the class itself: on a subclass's
    object the reader gets English (docs/translations.md)."""
    with_plurals: dict[str, str] = {}
    bases: set[str] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            bases.update(b.id for b in cls.bases if isinstance(b, ast.Name))
            bases.update(b.attr for b in cls.bases if isinstance(b, ast.Attribute))
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if (
                    isinstance(func, ast.Attribute)
                    and func.attr == "tr"
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                    and len(call.args) >= 3
                ):
                    with_plurals[cls.name] = f"{path.name}:{call.lineno}"
    assert not {name: at for name, at in with_plurals.items() if name in bases}


def test_plurals_are_not_hidden_in_translate() -> None:
    """``QCoreApplication.translate(ctx, text, "", n)`` with a variable ``n`` is extracted as a
    plain string (no plural forms): plurals go through ``SomeClass.tr``."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for call in (n for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Call)):
            plural = _call_name(call) == "translate" and len(call.args) >= 4
            if plural and not isinstance(call.args[3], ast.Constant):
                found.append(f"{path.name}:{call.lineno}")
    assert not found


# --- the window in German and Spanish ------------------------------------------------------------

#: Shown texts that may equal an English source because the word is the same in German:
#: "Journey" is the term German marketing software uses, "Start" names the start step, "Name"
#: and "Problem" are German words (a field's and a column's title).
_SAME_WORDS: dict[str, set[str]] = {"de": {"Journey", "Start", "Name", "Problem"}, "es": set()}
_NAMES = {"WhatsApp", "Messenger", "SMS", "GET", "POST", "PUT", "PATCH", "DELETE", "URL", "JSON"}


def _plain(text: str) -> str:
    return re.sub(r"&(?=\w)", "", text).strip().rstrip("…").rstrip(":").strip()


def _english(language: str) -> set[str]:
    sources = {_plain(m.source) for m in _messages(TRANSLATIONS / "journey_builder_de.ts").values()}
    return {s for s in sources if re.search(r"[A-Za-z]{2,}", s)} - _SAME_WORDS[language] - _NAMES


def _menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    yield path, menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_texts(sub, f"{path} › {sub.title()}")
        else:
            yield f"{path} › {action.text()}", action.text()
            if action.toolTip() != action.text().replace("&", ""):
                yield f"{path} › {action.text()} (tip)", action.toolTip()


def _widget_texts(root: QWidget, where: str) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{where}/{type(widget).__name__}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{name} (placeholder)", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name} item", widget.itemText(i)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield f"{name} header", header.text(column)
            tops = (widget.topLevelItem(i) for i in range(widget.topLevelItemCount()))
            items: list[QTreeWidgetItem] = [item for item in tops if item is not None]
            while items:
                item = items.pop()
                for column in range(widget.columnCount()):
                    yield f"{name} item", item.text(column)
                    yield f"{name} tip", item.toolTip(column)
                children = (item.child(i) for i in range(item.childCount()))
                items.extend(child for child in children if child is not None)
        if widget.toolTip():
            yield f"{name} (tip)", widget.toolTip()
        if widget.accessibleName():
            yield f"{name} (name)", widget.accessibleName()


def _english_left(window: MainWindow, language: str) -> list[str]:
    """Every text of the menus, docks, palette, inspector and problems that is English."""
    english = _english(language)
    texts: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts.extend(_menu_texts(menu, menu.title()))
    for action in window.toolbar.actions():
        texts.append(("toolbar", action.iconText()))
    for dock in window.findChildren(QDockWidget):
        texts.append(("dock title", dock.windowTitle()))
    texts.extend(_widget_texts(window.palette_panel, "palette"))
    texts.extend(_widget_texts(window.inspector, "inspector"))
    texts.extend(_widget_texts(window.problems, "problems"))
    texts.extend(_widget_texts(window.statusBar(), "status bar"))
    return sorted({f"{where}: {text!r}" for where, text in texts if _plain(text) in english})


@pytest.fixture
def in_language(qapp: Any) -> Iterator[Any]:
    """Switch the app's translations to a language for one test (English again after)."""
    translators = Translators()

    def switch(language: str) -> None:
        assert translators.install(language)

    yield switch
    translators.remove()
    Translators().install("en")  # numbers back in the English format


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_shows_no_english(
    qtbot: Any, make_window: WindowFactory, in_language: Any, language: str
) -> None:
    in_language(language)
    window = make_window()
    template = resource_path("templates", "post-purchase-follow-up.journey.json")
    tab = window.open_path(str(template))
    assert tab is not None
    doc = tab.doc
    # a step nothing leads to and that leads nowhere: problems to list
    lost = doc.add_node("send_message", (900.0, 900.0))
    window.problems.check_now()
    qtbot.waitUntil(lambda: bool(window.problems.problems))
    left = _english_left(window, language)
    assert not left, "\n".join(left)
    # a step's form in the inspector, and a condition's (its choices and outputs)
    for node_type in ("send_message", "condition", "delay"):
        key = next((k for k in doc.node_keys() if doc.node(k).type == node_type), lost)
        tab.view.select_keys([key], [])
        qtbot.waitUntil(lambda k=key: getattr(window.inspector.form, "key", None) == k)
        left = _english_left(window, language)
        assert not left, f"{node_type}:\n" + "\n".join(left)
    # the journey's own settings (nothing selected)
    tab.view.select_keys([], [])
    left = _english_left(window, language)
    assert not left, "\n".join(left)
