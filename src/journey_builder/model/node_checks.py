"""Checking a node's data against its catalogue spec (DESIGN §3).

:func:`check_node_data` says, field by field and in words, what is wrong: the inspector's live
checks and the validator's ``invalid-config`` read it. :func:`data_checker` gives, per node
type, a yes/no test compiled once from the spec's fields: a handful of dict lookups for a
correct node, so the validator passes over the correct steps of a 100,000-step journey quickly
and asks :func:`check_node_data` only about the others. The test may say "no" to data that has
no issue (anything unusual: the words decide), never "yes" to data that has one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any
from urllib.parse import urlsplit

from journey_builder.model.catalogue import CATALOGUE, TIME_UNITS, DataIssue, FieldSpec, NodeSpec
from journey_builder.model.enums import RULE_OPERATORS, UNARY_OPERATORS
from journey_builder.model.summaries import nonempty as _nonempty
from journey_builder.model.summaries import short as _short
from journey_builder.model.texts import (
    QT_TRANSLATE_NOOP,
    VALIDATION_CONTEXT,
    Param,
    Phrase,
)

__all__ = ["check_node_data", "data_checker"]


def _url_ok(url: Any) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url.strip())
    return parts.scheme == "https" and bool(parts.netloc)


# --- in words ----------------------------------------------------------------------------------


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_one_of(value: Any, table: Mapping[str, str]) -> bool:
    """``value in table`` that a list or an object (unhashable) cannot crash."""
    return isinstance(value, str) and value in table


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | dict):
        return not value
    return False


_TEXT_KINDS = frozenset({"text", "multiline", "node_ref"})


def _words(template: str, **params: Param) -> Phrase:
    return Phrase(template, tuple(params.items()), VALIDATION_CONTEXT)


def _allowed(table: Mapping[str, str]) -> str:
    return ", ".join(table)


def _between(minimum: float, maximum: float) -> Phrase:
    return _words(
        QT_TRANSLATE_NOOP("Validation", "must be between {minimum} and {maximum}"),
        minimum=minimum,
        maximum=maximum,
    )


_REQUIRED = _words(QT_TRANSLATE_NOOP("Validation", "is required"))


def _check_field(spec: FieldSpec, value: Any) -> list[Phrase]:
    """Messages (without the field name) for one present, non-empty value."""
    kind = spec.kind
    if kind in ("text", "multiline", "node_ref"):
        return (
            []
            if isinstance(value, str)
            else [_words(QT_TRANSLATE_NOOP("Validation", "must be text"))]
        )
    if kind == "choice":
        if _is_one_of(value, spec.choices):
            return []
        return [
            _words(
                QT_TRANSLATE_NOOP("Validation", "'{value}' is not one of: {allowed}"),
                value=_short(value, 24),
                allowed=_allowed(spec.choices),
            )
        ]
    if kind == "integer":
        if not _is_number(value):
            return [_words(QT_TRANSLATE_NOOP("Validation", "must be a number"))]
        if not _is_int(value) and not (isinstance(value, float) and value.is_integer()):
            return [_words(QT_TRANSLATE_NOOP("Validation", "must be a whole number"))]
        if spec.minimum is not None and value < spec.minimum:
            if spec.maximum is not None:  # a range reads better than half of it
                return [_between(spec.minimum, spec.maximum)]
            return [
                _words(
                    QT_TRANSLATE_NOOP("Validation", "must be at least {minimum}"),
                    minimum=spec.minimum,
                )
            ]
        if spec.maximum is not None and value > spec.maximum:
            if spec.minimum is not None:
                return [_between(spec.minimum, spec.maximum)]
            return [
                _words(
                    QT_TRANSLATE_NOOP("Validation", "must be at most {maximum}"),
                    maximum=spec.maximum,
                )
            ]
        return []
    if kind == "tags":
        if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
            return [_words(QT_TRANSLATE_NOOP("Validation", "must be a list of non-empty names"))]
        return []
    if kind == "timeout":
        return _check_timeout(value)
    if kind == "rules":
        return _check_rules(value)
    if kind == "branches":
        return (
            []
            if isinstance(value, list)
            else [_words(QT_TRANSLATE_NOOP("Validation", "must be a list of branches"))]
        )
    if kind == "trigger":
        if not isinstance(value, Mapping):
            return [_words(QT_TRANSLATE_NOOP("Validation", "must be a trigger object"))]
        return (
            []
            if _nonempty(value.get("type"))
            else [_words(QT_TRANSLATE_NOOP("Validation", "needs a trigger type"))]
        )
    if kind == "url":
        return (
            []
            if _url_ok(value)
            else [_words(QT_TRANSLATE_NOOP("Validation", "must be a full https:// address"))]
        )
    if kind == "mapping":
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            return [_words(QT_TRANSLATE_NOOP("Validation", "must map names to text values"))]
        return []
    return []


def _check_timeout(value: Any) -> list[Phrase]:
    if not isinstance(value, Mapping):
        return [
            _words(QT_TRANSLATE_NOOP("Validation", "must say how long to wait (amount and unit)"))
        ]
    out: list[Phrase] = []
    amount = value.get("amount")
    if not isinstance(amount, int | float) or isinstance(amount, bool) or amount <= 0:
        out.append(_words(QT_TRANSLATE_NOOP("Validation", "amount must be a number above 0")))
    if not _is_one_of(value.get("unit"), TIME_UNITS):
        out.append(
            _words(
                QT_TRANSLATE_NOOP("Validation", "unit must be one of: {allowed}"),
                allowed=_allowed(TIME_UNITS),
            )
        )
    return out


def _check_rules(value: Any) -> list[Phrase]:
    if not isinstance(value, list):
        return [_words(QT_TRANSLATE_NOOP("Validation", "must be a list of rules"))]
    out: list[Phrase] = []
    for i, rule in enumerate(value, start=1):
        if not isinstance(rule, Mapping):
            out.append(
                _words(QT_TRANSLATE_NOOP("Validation", "rule {number} is not a rule"), number=i)
            )
            continue
        if not _nonempty(rule.get("field")):
            out.append(
                _words(QT_TRANSLATE_NOOP("Validation", "rule {number} needs a field"), number=i)
            )
        op = rule.get("operator")
        if not _is_one_of(op, RULE_OPERATORS):
            out.append(
                _words(
                    QT_TRANSLATE_NOOP(
                        "Validation", "rule {number} has an unknown operator '{operator}'"
                    ),
                    number=i,
                    operator=_short(op, 20),
                )
            )
        elif op not in UNARY_OPERATORS and _missing(rule.get("value")) and rule.get("value") != 0:
            out.append(
                _words(QT_TRANSLATE_NOOP("Validation", "rule {number} needs a value"), number=i)
            )
    return out


def check_node_data(node_type: str, data: Any) -> list[DataIssue]:
    """Field-level issues of a node's data; empty for a correct node or an unknown type."""
    spec = CATALOGUE.get(node_type)
    if spec is None:
        return []
    if _CHECKERS[node_type](data):
        return []
    if not isinstance(data, Mapping):
        return [
            DataIssue.of(
                "data", _words(QT_TRANSLATE_NOOP("Validation", "must be an object of settings"))
            )
        ]
    issues: list[DataIssue] = []
    for f in spec.fields:
        if f.when is not None and not f.applies(data):
            continue
        value = data.get(f.name)
        if value is None:
            if f.required and not (f.kind == "json" and f.name in data):
                issues.append(DataIssue.of(f.name, _REQUIRED))
            continue
        kind = f.kind
        if _missing(value) and not (kind == "json" and f.name in data):
            if f.required:
                issues.append(DataIssue.of(f.name, _REQUIRED))
            continue
        messages = _check_field(f, value)
        if messages:
            issues.extend(DataIssue.of(f.name, m) for m in messages)
    extra = spec.extra_checks(data)
    if extra:
        issues.extend(extra)
    return issues


# --- yes or no, fast -----------------------------------------------------------------------------
# Each test takes a present value (not None) and whether the field is required, and accepts
# only plain JSON types (dict, list, str, int, float, bool): anything else goes to the words.


def _blank(text: str) -> bool:
    return not text or text.isspace()  # what ``not text.strip()`` says, without a copy


def _tags_ok(value: Any, required: bool) -> bool:
    if type(value) is not list:
        return False
    if not value:
        return not required
    for tag in value:  # (a loop: all() over a generator costs more for a few tags)
        if type(tag) is not str or not tag or tag.isspace():
            break
    else:
        return True
    return False


def _timeout_ok(value: Any, required: bool) -> bool:
    if type(value) is not dict:
        return False
    if not value:
        return not required
    amount = value.get("amount")
    unit = value.get("unit")
    return (
        (type(amount) is int or type(amount) is float)
        and amount > 0
        and type(unit) is str
        and unit in TIME_UNITS
    )


def _rule_value_ok(value: Any) -> bool:
    kind = type(value)
    if kind is str:
        return not _blank(value)
    if kind is list or kind is dict:
        return bool(value)
    return kind is int or kind is float or kind is bool


def _rules_ok(value: Any, required: bool) -> bool:
    if type(value) is not list:
        return False
    if not value:
        return not required
    for rule in value:
        if type(rule) is not dict:
            return False
        name = rule.get("field")
        op = rule.get("operator")
        if type(name) is not str or _blank(name) or type(op) is not str:
            return False
        if op not in RULE_OPERATORS:
            return False
        if op not in UNARY_OPERATORS and not _rule_value_ok(rule.get("value")):
            return False
    return True


def _branches_ok(value: Any, required: bool) -> bool:
    return type(value) is list and (bool(value) or not required)


def _trigger_ok(value: Any, required: bool) -> bool:
    if type(value) is not dict:
        return False
    if not value:
        return not required
    ttype = value.get("type")
    return type(ttype) is str and not _blank(ttype)


def _url_value_ok(value: Any, required: bool) -> bool:
    if type(value) is not str:
        return False
    if _blank(value):
        return not required
    return _url_ok(value)


def _mapping_ok(value: Any, required: bool) -> bool:
    if type(value) is not dict:
        return False
    if not value:
        return not required
    return all(type(v) is str for v in value.values())


def _json_ok(_value: Any, _required: bool) -> bool:
    return True  # any present value, even an empty one, is a JSON value


_VALUE_TESTS: Mapping[str, Callable[[Any, bool], bool]] = {
    "tags": _tags_ok,
    "timeout": _timeout_ok,
    "rules": _rules_ok,
    "branches": _branches_ok,
    "trigger": _trigger_ok,
    "url": _url_value_ok,
    "mapping": _mapping_ok,
    "json": _json_ok,
}

_NO_EXTRA_CHECKS = next(f.default for f in fields(NodeSpec) if f.name == "extra_checks")


def _value_test(f: FieldSpec, i: int, namespace: dict[str, Any]) -> str:
    """The Python expression that is True when a present ``value`` of field ``f`` is fine."""
    if f.kind in _TEXT_KINDS:
        if f.required:
            return "type(value) is str and not _blank(value)"
        return "type(value) is str"
    if f.kind == "choice":
        namespace[f"choices{i}"] = f.choices
        return f"type(value) is str and value in choices{i}"
    if f.kind == "integer":
        namespace[f"low{i}"], namespace[f"high{i}"] = f.minimum, f.maximum
        test = "type(value) is int"
        if f.minimum is not None:
            test += f" and value >= low{i}"
        if f.maximum is not None:
            test += f" and value <= high{i}"
        return test
    namespace[f"test{i}"] = _VALUE_TESTS[f.kind]
    return f"test{i}(value, {f.required})"


def _compile(spec: NodeSpec) -> Callable[[Any], bool]:
    """The yes/no test of one node type: True only when :func:`check_node_data` finds nothing.

    Written out as straight-line code, one block per field, for instance::

        def data_ok(data):
            if type(data) is not dict:
                return False
            get = data.get
            value = get(name1)                     # channel: a required choice
            if value is None:
                return False
            if not (type(value) is str and value in choices1):
                return False
            value = get(name4)                     # subject: optional text, when channel=email
            if value is not None and not (type(value) is str) and get(other4) in values4:
                return False
            return not extra(data)

    A loop over the fields, deciding each one's kind as it goes, took twice as long; the
    validator runs this on every step of the journey.
    """
    namespace: dict[str, Any] = {"_blank": _blank}
    lines = [
        "def data_ok(data):",
        "    if type(data) is not dict:",
        "        return False",
        "    get = data.get",
    ]
    for i, f in enumerate(spec.fields):
        namespace[f"name{i}"] = f.name
        test = _value_test(f, i, namespace)
        lines.append(f"    value = get(name{i})")
        if f.required:
            lines += ["    if value is None:", "        return False"]
            fails = f"not ({test})"
        else:
            fails = f"value is not None and not ({test})"
        if f.when is not None:  # a field that does not apply is not checked
            namespace[f"other{i}"], namespace[f"values{i}"] = f.when
            fails += f" and get(other{i}) in values{i}"
        lines += [f"    if {fails}:", "        return False"]
    if spec.extra_checks is _NO_EXTRA_CHECKS:
        lines.append("    return True")
    else:
        namespace["extra"] = spec.extra_checks
        lines.append("    return not extra(data)")
    exec(compile("\n".join(lines), f"<data check of {spec.type}>", "exec"), namespace)
    data_ok: Callable[[Any], bool] = namespace["data_ok"]
    return data_ok


def _unknown_type(_data: Any) -> bool:
    return True  # a type outside the catalogue is kept and not checked


_CHECKERS: dict[str, Callable[[Any], bool]] = {t: _compile(s) for t, s in CATALOGUE.items()}


def data_checker(node_type: str) -> Callable[[Any], bool]:
    """The yes/no test of a node type's data: True means :func:`check_node_data` finds nothing.

    False means "ask :func:`check_node_data`" (it may still find nothing). An unknown type's
    test always says True: such nodes are kept and not checked.
    """
    return _CHECKERS.get(node_type, _unknown_type)
