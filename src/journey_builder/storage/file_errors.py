"""The errors of reading and writing journey files that people meet most, worded twice: the
English sentence ``str(error)`` holds (the CLI prints it) and the same sentence as a phrase the
window translates (``error.phrase``, templates in the context "Errors"; file names, OS and JSON
parser words stay as they are). docs/translations.md.
"""

from __future__ import annotations

from typing import Any

from journey_builder.errors import FileReadError, FileWriteError, JSONSyntaxError, ShapeError
from journey_builder.model.texts import QT_TRANSLATE_NOOP, Param, Phrase

__all__ = [
    "ERRORS_CONTEXT",
    "EXPECTED",
    "cannot_read",
    "folder_missing",
    "is_a_folder",
    "no_such_file",
    "not_a_journey",
    "not_json",
    "not_utf8",
    "not_written",
    "type_name",
]

#: The translation context of error sentences.
ERRORS_CONTEXT = "Errors"


def _said(template: str, /, **params: Param) -> Phrase:
    return Phrase(template, tuple(params.items()), ERRORS_CONTEXT)


#: What an import accepts, as the refusal of anything else says it.
EXPECTED = _said(
    QT_TRANSLATE_NOOP(
        "Errors",
        'expected a journey file (an object with "name" and "definition"), a journey or a '
        "journey version as the API returns them, or a workflow definition (an object with "
        '"nodes" and "edges")',
    )
)

_TYPE_WORDS: dict[type, Phrase] = {
    dict: _said(QT_TRANSLATE_NOOP("Errors", "an object")),
    list: _said(QT_TRANSLATE_NOOP("Errors", "a list")),
    str: _said(QT_TRANSLATE_NOOP("Errors", "text")),
    bool: _said(QT_TRANSLATE_NOOP("Errors", "true/false")),
    int: _said(QT_TRANSLATE_NOOP("Errors", "a number")),
    float: _said(QT_TRANSLATE_NOOP("Errors", "a number")),
}


def _type_words(value: Any) -> Param:
    if value is None:
        return "null"
    return _TYPE_WORDS.get(type(value), type(value).__name__)


def type_name(value: Any) -> str:
    """What a JSON value is, in words ("an object", "a list", "null")."""
    return str(_type_words(value))


def no_such_file(source: str) -> FileReadError:
    said = _said(QT_TRANSLATE_NOOP("Errors", "no such file"))
    return FileReadError(str(said), source=source).worded(said)


def cannot_read(reason: str | None, source: str) -> FileReadError:
    """The OS refused (permissions, a broken disk); ``reason`` is its own words."""
    said = _said(QT_TRANSLATE_NOOP("Errors", "cannot read it ({reason})"), reason=str(reason))
    return FileReadError(str(said), source=source).worded(said)


def is_a_folder(source: str) -> FileReadError:
    said = _said(QT_TRANSLATE_NOOP("Errors", "this is a folder, not a journey file"))
    return FileReadError(str(said), source=source).worded(said)


def not_utf8(byte: int, offset: int, source: str | None) -> FileReadError:
    said = _said(
        QT_TRANSLATE_NOOP(
            "Errors",
            "this is not UTF-8 text (byte {byte} at offset {offset}); journey files are JSON in "
            "UTF-8",
        ),
        byte=f"0x{byte:02x}",
        offset=offset,
    )
    return FileReadError(str(said), source=source).worded(said)


def not_json(problem: str, line: int, column: int, source: str | None) -> JSONSyntaxError:
    """Broken JSON; ``problem`` is the parser's words ("Expecting ',' delimiter")."""
    said = _said(
        QT_TRANSLATE_NOOP(
            "Errors", "line {line}, column {column}: {problem} — the file is not valid JSON"
        ),
        line=line,
        column=column,
        problem=problem,
    )
    error = JSONSyntaxError(
        f"{problem} — the file is not valid JSON", line=line, column=column, source=source
    )
    return error.worded(said)


def not_a_journey(obj: Any, source: str | None = None) -> ShapeError:
    """Valid JSON of none of the import shapes: what was expected, and what was found."""
    if isinstance(obj, dict):
        keys = ", ".join(sorted(obj)[:8])
        found: Param = (
            _said(QT_TRANSLATE_NOOP("Errors", "an object with {keys}"), keys=keys)
            if keys
            else _said(QT_TRANSLATE_NOOP("Errors", "an object with no keys"))
        )
    else:
        found = _type_words(obj)
    said = _said(
        QT_TRANSLATE_NOOP("Errors", "{expected}; found {found}"), expected=EXPECTED, found=found
    )
    return ShapeError(str(said), source=source).worded(said)


def folder_missing(source: str) -> FileWriteError:
    said = _said(QT_TRANSLATE_NOOP("Errors", "the folder does not exist"))
    return FileWriteError(str(said), source=source).worded(said)


def not_written(reason: str, source: str) -> FileWriteError:
    """Writing failed (disk full, no permission); ``reason`` is the OS's words."""
    said = _said(
        QT_TRANSLATE_NOOP("Errors", "could not write the file ({reason}); nothing was changed"),
        reason=reason,
    )
    return FileWriteError(str(said), source=source).worded(said)
