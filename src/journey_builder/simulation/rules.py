"""Rules ``{field, operator, value}`` compiled once and checked against a contact (DESIGN §3, §12).

Semantics, as the editor promises them: texts compare case-sensitively, as written; numbers
compare as numbers when both sides parse as numbers; a field that is missing, null or the
empty text is *not set* (``equals`` and the other positive tests are false on it, their
negations true); ``has_tag``/``not_has_tag`` look at the contact's tags. A broken rule (not an
object, unknown operator, no field) never matches, and its text says why.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_builder.model import RULE_OPERATORS

__all__ = ["Rule", "RuleSet", "as_number", "as_text", "compile_rules", "printable", "shown"]

_NUMBER = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*")
_NEGATED = {"not_equals": "equals", "not_contains": "contains", "not_has_tag": "has_tag"}
_VALUELESS = frozenset({"is_set", "is_not_set"})


def as_number(value: Any) -> float | None:
    """The value as a finite number when it is one or a text that reads as one; else None."""
    if type(value) is float:
        return value if math.isfinite(value) else None
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:  # beyond any float: not a number a rule can compare
            return None
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def as_text(value: Any) -> str:
    """The value as a rule compares it as text: JSON's spelling for true/false/null, 1 for 1.0."""
    if isinstance(value, str):
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    try:
        if isinstance(value, int | float):
            return str(value)
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (ValueError, TypeError, RecursionError):  # a huge int, odd keys, deep nesting
        return f"<{type(value).__name__}>"


def printable(text: str, limit: int = 40) -> str:
    """One line without control, format or bidi characters, cut to ``limit``: safe to print."""
    clean = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    flat = " ".join(clean.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def shown(value: Any, limit: int = 30) -> str:
    """A value as a reason shows it: ``'pro'``, ``3``, ``true``, ``not set``."""
    if value is None:
        return "not set"
    if isinstance(value, str):
        return f"'{printable(value, limit)}'"
    return printable(as_text(value), limit)


def _is_set(value: Any) -> bool:
    return value is not None and value != ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled rule. ``broken`` says why it can never match (None when it is sound)."""

    field: str | None
    operator: str
    value: Any
    text_value: str
    number: float | None
    broken: str | None

    def describe(self) -> str:
        """The rule in words: ``plan equals 'pro'``, ``has tag 'vip'``."""
        if self.broken is not None and self.operator not in RULE_OPERATORS:
            return f"{printable(str(self.field or '?'), 30)} {printable(self.operator, 20)} ?"
        op = RULE_OPERATORS[self.operator]
        if self.operator in ("has_tag", "not_has_tag"):
            return f"{op} '{printable(self.text_value, 30)}'"
        field = printable(self.field or "?", 30)
        if self.operator in _VALUELESS:
            return f"{field} {op}"
        return f"{field} {op} {shown(self.value)}"

    def seen(self, fields: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> Any:
        """What the rule looked at: the field's value (event data first), None when not set."""
        if self.field is None:
            return None
        if extra is not None and self.field in extra:
            return extra[self.field]
        return fields.get(self.field)

    def test(
        self, fields: Mapping[str, Any], tags: Any, extra: Mapping[str, Any] | None = None
    ) -> bool:
        """Whether the rule holds for a contact's ``fields`` and ``tags`` (a set or list)."""
        op = self.operator
        if self.broken is not None:
            return False
        if op == "has_tag":
            return self.text_value in tags
        if op == "not_has_tag":
            return self.text_value not in tags
        value = self.seen(fields, extra)
        if op == "is_set":
            return _is_set(value)
        if op == "is_not_set":
            return not _is_set(value)
        if op in _NEGATED:
            return not self._positive(_NEGATED[op], value)
        return self._positive(op, value)

    def _positive(self, op: str, value: Any) -> bool:
        if not _is_set(value):
            return False
        if op == "equals":
            if self.number is not None:
                number = as_number(value)
                if number is not None:
                    return number == self.number
            return as_text(value) == self.text_value
        if op == "contains":
            if isinstance(value, list):
                return any(as_text(item) == self.text_value for item in value)
            return self.text_value in as_text(value)
        if op == "starts_with":
            return as_text(value).startswith(self.text_value)
        # greater_than / less_than: numbers when both parse, texts (ISO dates) when neither does
        number = as_number(value)
        if self.number is not None and number is not None:
            return number > self.number if op == "greater_than" else number < self.number
        if self.number is None and number is None and isinstance(value, str):
            return value > self.text_value if op == "greater_than" else value < self.text_value
        return False


def compile_rule(raw: Any) -> Rule:
    """A rule from a node's or trigger's data, however broken (broken rules never match)."""
    if not isinstance(raw, Mapping):
        return Rule(None, "?", None, "", None, "it is not a rule object")
    op = raw.get("operator")
    field = raw.get("field")
    value = raw.get("value")
    if not isinstance(op, str) or op not in RULE_OPERATORS:
        text_op = op if isinstance(op, str) else as_text(op)
        name = field if isinstance(field, str) else None
        return Rule(name, text_op or "?", value, "", None, f"'{text_op}' is not an operator")
    if op in ("has_tag", "not_has_tag"):
        tag = value if _is_set(value) else field  # some editors put the tag in "field"
        if not _is_set(tag):
            return Rule(None, op, value, "", None, "it names no tag")
        return Rule(None, op, value, as_text(tag), None, None)
    if not isinstance(field, str) or not field:
        return Rule(None, op, value, as_text(value), as_number(value), "it names no field")
    return Rule(field, op, value, as_text(value), as_number(value), None)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Rules with their ``match``: all (the default) or any. Empty means no conditions."""

    rules: tuple[Rule, ...]
    any: bool

    def decide(
        self, fields: Mapping[str, Any], tags: Any, extra: Mapping[str, Any] | None = None
    ) -> tuple[bool, int]:
        """``(matched, deciding rule index)``: the first failing rule for all, the first
        matching one for any; -1 when no single rule decided (all matched / none did)."""
        if self.any:
            for i, rule in enumerate(self.rules):
                if rule.test(fields, tags, extra):
                    return True, i
            return False, -1
        for i, rule in enumerate(self.rules):
            if not rule.test(fields, tags, extra):
                return False, i
        return True, -1

    def witness(
        self, index: int, fields: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> Any:
        """The value :meth:`explain` will quote for a decision: what the deciding rule (or the
        only rule) looked at. Taken when the rule runs, since the contact changes later."""
        if index < 0:
            if len(self.rules) != 1:
                return None
            index = 0
        return self.rules[index].seen(fields, extra)

    def explain(self, matched: bool, index: int, seen: Any) -> str:
        """Why :meth:`decide` said what it said, for a reason line; ``seen`` is the
        :meth:`witness` taken at that moment."""
        if not self.rules:
            return "there are no rules"
        if index < 0 and len(self.rules) > 1:
            return (
                f"all {len(self.rules)} rules hold"
                if matched
                else (f"none of the {len(self.rules)} rules holds")
            )
        rule = self.rules[max(index, 0)]
        what = rule.describe()
        lead = f"rule {index + 1}, " if len(self.rules) > 1 else ""
        if rule.broken is not None:
            return f"{lead}{what}, is broken: {rule.broken}"
        verdict = "holds" if matched else "does not hold"
        saw = f" ({printable(rule.field, 30)} is {shown(seen)})" if rule.field is not None else ""
        return f"{lead}{what}, {verdict}{saw}"


def compile_rules(raw: Any) -> RuleSet:
    """Conditions as triggers and waits hold them (``{match, rules}``, ``{}`` = none), or a
    bare list of rules (match all). Anything else counts as no conditions."""
    if isinstance(raw, list):
        return RuleSet(tuple(compile_rule(r) for r in raw), False)
    if not isinstance(raw, Mapping):
        return RuleSet((), False)
    rules = raw.get("rules")
    if not isinstance(rules, list):
        return RuleSet((), raw.get("match") == "any")
    return RuleSet(tuple(compile_rule(r) for r in rules), raw.get("match") == "any")
