"""Journey files: read any of the four import shapes, write the file format atomically.

Reading never changes the file it read. Every refusal is a :class:`JourneyFileError` that says
where the file went wrong and what was expected; no traceback reaches the user.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from json.encoder import encode_basestring, encode_basestring_ascii
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journey_builder.errors import (
    FileReadError,
    FileWriteError,
    ShapeError,
)
from journey_builder.model import JourneyDocument, WorkflowDefinition
from journey_builder.storage import file_errors
from journey_builder.storage.json_prescan import (
    MAX_NESTING,
    check_nesting,
    may_hold_non_finite,
    significant_bytes,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NESTING",
    "FileShape",
    "detect_shape",
    "document_to_text",
    "load_journey",
    "parse_journey_text",
    "save_journey",
]

MAX_FILE_BYTES = 50 * 1024 * 1024


class FileShape(StrEnum):
    """What an imported file turned out to be."""

    DOCUMENT = "journey file"
    JOURNEY = "journey from the API"
    VERSION = "journey version from the API"
    DEFINITION = "workflow definition"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _decode(raw: bytes, source: str | None) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise file_errors.not_utf8(raw[exc.start], exc.start, source) from None


def _plain_document(raw: bytes, significant: bytes) -> JourneyDocument | None:
    """The document, parsed and validated in one go by pydantic-core, when ``raw`` is plainly
    a journey file (or a journey from the API); None for anything else (another shape, bad
    JSON, a wrong field, NaN...), which the standard path then reads or refuses in words.

    Its result is the standard path's: same values, ints and floats, key order and duplicate
    keys (the last wins); the standard path costs a third more (every object is built twice).
    """
    if may_hold_non_finite(significant):
        return None
    try:
        doc = JourneyDocument.model_validate_json(raw)
    except ValidationError:  # bad JSON too: the standard path says what is wrong
        return None
    keys = dict.fromkeys(doc.model_fields_set)
    keys.update(dict.fromkeys(doc.extra_fields))
    try:
        shape = detect_shape(keys)
    except ShapeError:
        return None
    return doc if shape in (FileShape.DOCUMENT, FileShape.JOURNEY) else None


def _parse_json(text: str, source: str | None) -> Any:
    try:
        # Every float is checked (1e999 would become infinity): costs per float, where
        # scanning the text for large exponents first cost more than the whole parse.
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise file_errors.not_json(exc.msg, exc.lineno, exc.colno, source) from None
    except ValueError as exc:  # NaN, Infinity, a number too large
        message = str(exc)
        if "digits" in message:  # int() refuses numbers of more than 4,300 digits
            message = "a number is too long (more than 4300 digits)"
        raise ShapeError(message, source=source) from None


def detect_shape(obj: Any) -> FileShape:
    """Which of the four import shapes ``obj`` is; :class:`ShapeError` when none."""
    if not isinstance(obj, dict):
        raise file_errors.not_a_journey(obj)
    if "journeyId" in obj and "definition" in obj:
        return FileShape.VERSION
    if "nodes" in obj and "definition" not in obj:
        return FileShape.DEFINITION
    if "definition" in obj or "name" in obj:
        if "tenantId" in obj or "status" in obj or "createdAt" in obj:
            return FileShape.JOURNEY
        return FileShape.DOCUMENT
    raise file_errors.not_a_journey(obj)


def _path_text(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _shape_error(
    exc: ValidationError, prefix: tuple[int | str, ...], source: str | None
) -> ShapeError:
    err = exc.errors(include_url=False)[0]
    loc = prefix + tuple(err["loc"])
    kind = err["type"]
    if kind == "missing":
        msg = f'"{loc[-1]}" is missing'
        loc = loc[:-1]
    elif kind in ("string_type",):
        msg = f"expected text, found {file_errors.type_name(err.get('input'))}"
    elif kind in ("list_type",):
        msg = f"expected a list, found {file_errors.type_name(err.get('input'))}"
    elif kind in ("dict_type", "model_type", "model_attributes_type"):
        msg = f"expected an object, found {file_errors.type_name(err.get('input'))}"
    elif kind in ("int_type", "float_type", "int_from_float"):
        msg = f"expected a number, found {file_errors.type_name(err.get('input'))}"
    else:
        msg = err["msg"]
    more = exc.error_count() - 1
    if more:
        msg += f" (and {more} more problem{'s' if more > 1 else ''} of shape)"
    return ShapeError(msg, path=_path_text(loc), source=source)


def document_from_object(
    obj: Any, *, source: str | None = None, fallback_name: str | None = None
) -> JourneyDocument:
    """A journey document from parsed JSON of any import shape."""
    try:
        shape = detect_shape(obj)
    except ShapeError as exc:
        again = ShapeError(exc.detail, source=source)
        raise (again.worded(exc.phrase) if exc.phrase is not None else again) from None
    try:
        if shape is FileShape.DEFINITION:
            definition = WorkflowDefinition.model_validate(obj)
            doc = JourneyDocument(definition=definition)
            if fallback_name:
                doc.name = fallback_name
            return doc
        if shape is FileShape.VERSION:
            body = {k: obj[k] for k in ("triggerConfig", "entryMode", "definition") if k in obj}
            doc = JourneyDocument.model_validate(body)
            doc.name = fallback_name or f"Version {obj.get('id', '')}".strip()
            return doc
        if "definition" in obj and obj["definition"] is None:
            obj = {k: v for k, v in obj.items() if k != "definition"}
        return JourneyDocument.model_validate(obj)
    except ValidationError as exc:
        prefix: tuple[int | str, ...] = ("definition",) if shape is FileShape.DEFINITION else ()
        raise _shape_error(exc, prefix, source) from None


def parse_journey_text(
    text: str, *, source: str | None = None, fallback_name: str | None = None
) -> JourneyDocument:
    """A journey document from JSON text of any import shape."""
    if len(text) > MAX_FILE_BYTES:
        raise FileReadError(
            f"the text is {len(text) / 1e6:.0f} MB; journey files of at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB are accepted",
            source=source,
        )
    raw = text.encode("utf-8", "surrogatepass")
    significant = significant_bytes(raw)
    check_nesting(significant, source)
    with _gc_paused():
        doc = _plain_document(raw, significant)
        if doc is not None:
            return doc
        return document_from_object(
            _parse_json(text, source), source=source, fallback_name=fallback_name
        )


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cycle collector while a file becomes objects.

    Parsing makes hundreds of thousands of objects and no reference cycles; left on, the
    collector would walk the growing heap again and again (about half of the load time).
    Turned back on, its first pass would still walk every object the parse made (a third of
    the load time): when nothing is frozen, they are moved straight to the oldest generation
    instead (gc.freeze then gc.unfreeze, which only relink lists), where only the rare full
    collections look at them. When something is frozen (the app freezes its start-up
    objects), unfreezing would undo that, so the first pass takes its course.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0 and gc.get_count()[0] > _MANY_NEW_OBJECTS:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


#: Below this many new objects, the collector's first pass is short: left to it.
_MANY_NEW_OBJECTS = 20_000


def _name_from_path(path: Path) -> str:
    name = path.name
    for suffix in (".journey.json", ".json"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise file_errors.no_such_file(source) from None
    except OSError as exc:
        raise file_errors.cannot_read(exc.strerror, source) from None
    if path.is_dir():
        raise file_errors.is_a_folder(source)
    if size > MAX_FILE_BYTES:
        raise FileReadError(
            f"the file is {size / 1e6:.0f} MB; journey files of at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB are accepted",
            source=source,
        )
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise file_errors.cannot_read(exc.strerror, source) from None
    if len(raw) > MAX_FILE_BYTES:
        raise FileReadError("the file grew past 50 MB while being read", source=source)
    return raw


def load_journey(path_or_text: str | os.PathLike[str]) -> JourneyDocument:
    """Load a journey from a path or from JSON text; every import shape is accepted.

    A ``str`` whose first non-blank character is ``{`` or ``[`` is read as JSON text; any
    other ``str`` or path-like is a file path. The file is never changed.
    """
    if isinstance(path_or_text, str) and path_or_text.lstrip()[:1] in ("{", "["):
        return parse_journey_text(path_or_text, source="<text>")
    path = Path(path_or_text)
    raw = _read_bytes(path)
    text = _decode(raw, str(path))
    return parse_journey_text(text, source=str(path), fallback_name=_name_from_path(path))


def document_to_text(doc: JourneyDocument | Mapping[str, Any]) -> str:
    """The file form: UTF-8 JSON, 2-space indent, known keys in a stable order, a final newline.

    The text is exactly ``json.dumps(obj, indent=2, ensure_ascii=False)``: for a document,
    written by pydantic-core when that gives the same text (see _plain_text), else by a writer
    about three times faster than json.dumps. A lone surrogate (which JSON text may hold as
    ``\\ud800``) is written as that escape, so the file stays valid UTF-8 and reads back the
    same.
    """
    if isinstance(doc, JourneyDocument):
        text = _plain_text(doc)
        if text is not None:
            return text
    obj = doc.to_json() if isinstance(doc, JourneyDocument) else dict(doc)
    try:
        try:
            text = _indented_json(obj, encode_basestring)
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _indented_json(obj, _encode_keeping_surrogates)
        except (TypeError, RecursionError):  # not plain JSON types: the standard writer decides
            text = json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False)
            text.encode("utf-8")
    except (ValueError, TypeError, RecursionError) as exc:
        raise FileWriteError(f"the journey holds a value JSON cannot store ({exc})") from None
    return text + "\n"


def _float_shapes() -> tuple[bytes, bytes]:
    """Translate table and bytes to drop: digits become "0", exponent marks "e", "." and "-"
    stay, the ends of a value ("," newline "]" "}") become "_", every other byte goes."""
    table = bytearray(range(256))
    table[ord("0") : ord("9") + 1] = b"0" * 10
    table[ord("E")] = ord("e")
    for end in b",\n]}":
        table[end] = ord("_")
    keep = b"0123456789eE.-,\n]}"
    return bytes(table), bytes(b for b in range(256) if b not in keep)


_FLOAT_SHAPES, _NOT_FLOAT_BYTES = _float_shapes()


def _plain_text(doc: JourneyDocument) -> str | None:
    """The file form written by pydantic-core in one pass, when it is the very text the
    standard writer gives; None otherwise (the standard writer then decides).

    pydantic-core writes strings, ints and most floats as ``json.dumps`` does, but floats
    below 1e-4 otherwise (``0.00001`` and ``1e-5`` where Python writes ``1e-05``) and a
    position of infinity as ``null`` (the standard writer refuses it). Text that may hold one
    of those is left to the standard writer (dropping bytes only brings others together, so
    none is missed), and so is a lone surrogate, which pydantic-core cannot write.
    About three times faster than the standard writer.
    """
    if not _positions_finite(doc):
        return None
    try:
        raw = doc.__pydantic_serializer__.to_json(
            doc, indent=2, exclude_unset=True, by_alias=True, warnings=False
        )
    except ValueError:  # not serialisable (a lone surrogate...): the standard writer decides
        return None
    shapes = raw.translate(_FLOAT_SHAPES, _NOT_FLOAT_BYTES)
    if b"0.0000" in shapes or b"0e-0_" in shapes or b"0e0_" in shapes:
        return None  # a float below 1e-4, or one with an exponent of one digit
    return raw.decode() + "\n"


def _positions_finite(doc: JourneyDocument) -> bool:
    """No position is at infinity or NaN (pydantic-core would quietly write null)."""
    isfinite = math.isfinite
    for node in doc.nodes:
        position = node.position
        if position is not None:
            x, y = position.x, position.y
            if (type(x) is float and not isfinite(x)) or (type(y) is float and not isfinite(y)):
                return False
    return True


def _encode_keeping_surrogates(text: str) -> str:
    if text.isascii():
        return encode_basestring(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return encode_basestring_ascii(text)
    return encode_basestring(text)


_INF = float("inf")


def _indented_json(obj: Any, encode: Callable[[str], str]) -> str:
    """``json.dumps(obj, indent=2, ensure_ascii=False, allow_nan=False)`` for plain JSON values.

    The standard library writes indented JSON in pure Python, one generator per container;
    this writer appends to one list and handles scalars inline.
    """
    parts: list[str] = []
    append = parts.append

    def scalar(value: Any, kind: type) -> str:
        if kind is int:
            return int.__repr__(value)
        if kind is float:
            if value != value or value in (_INF, -_INF):
                raise ValueError("Out of range float values are not JSON compliant: " + repr(value))
            return float.__repr__(value)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        raise TypeError(f"{kind.__name__} is not a plain JSON value")

    def container(value: Any, kind: type, indent: str) -> None:
        inner = indent + "  "
        if kind is dict:
            if not value:
                append("{}")
                return
            sep = "{\n" + inner
            for key, item in value.items():
                if type(key) is not str:
                    raise TypeError("keys must be text")
                append(sep)
                sep = ",\n" + inner
                append(encode(key))
                append(": ")
                item_kind = type(item)
                if item_kind is str:
                    append(encode(item))
                elif item_kind is dict or item_kind is list:
                    container(item, item_kind, inner)
                else:
                    append(scalar(item, item_kind))
            append("\n" + indent + "}")
            return
        if not value:
            append("[]")
            return
        sep = "[\n" + inner
        for item in value:
            append(sep)
            sep = ",\n" + inner
            item_kind = type(item)
            if item_kind is str:
                append(encode(item))
            elif item_kind is dict or item_kind is list:
                container(item, item_kind, inner)
            else:
                append(scalar(item, item_kind))
        append("\n" + indent + "]")

    kind = type(obj)
    if kind is dict or kind is list:
        container(obj, kind, "")
    elif kind is str:
        append(encode(obj))
    else:
        append(scalar(obj, kind))
    return "".join(parts)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves either the old file or the new one."""
    target = Path(path)
    source = str(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise file_errors.folder_missing(source)
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else None
    except OSError:
        mode = None
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(directory)
    except (OSError, UnicodeEncodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise file_errors.not_written(reason, source) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_journey(doc: JourneyDocument, path: str | os.PathLike[str]) -> None:
    """Write ``doc`` as a journey file, atomically (temp file, fsync, replace)."""
    with _gc_paused():
        text = document_to_text(doc)
    atomic_write_text(path, text)
