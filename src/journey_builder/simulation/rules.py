"""Rules ``{field, operator, value}`` compiled once and checked against a contact (DESIGN §3, §12).

Semantics, as the editor promises them: texts compare case-sensitively, as written; numbers
compare as numbers when both sides parse as numbers; a field that is missing, null or the
empty text is *not set* (``equals`` and the other positive tests are false on it, their
negations true); ``has_tag``/``not_has_tag`` look at the contact's tags. A broken rule (not an
object, unknown operator, no field) never matches, and its text says why.

The words a reason quotes (a rule, why it held, a value) are phrases (``Phrase``), so the Preview
panel can show them in the reader's language; ``str()`` of one is the English the CLI prints.
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
from journey_builder.model.texts import CATALOGUE_CONTEXT, QT_TRANSLATE_NOOP, Param, Phrase

__all__ = [
    "SIMULATION_CONTEXT",
    "Rule",
    "RuleSet",
    "as_number",
    "as_text",
    "compile_rules",
    "glue",
    "printable",
    "say",
    "shown",
    "shown_param",
]

#: The translation context of the simulator's reasons.
SIMULATION_CONTEXT = "Simulation"

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


def say(template: str, /, **params: Param) -> Phrase:
    """A reason's words: ``template`` must be marked ``QT_TRANSLATE_NOOP("Simulation", …)``."""
    return Phrase(template, tuple(params.items()), SIMULATION_CONTEXT)


def glue(template: str, /, **params: Param) -> Phrase:
    """Punctuation around phrases ("{text}."), the same in every language: not translated."""
    return Phrase(template, tuple(params.items()), "")


_NOT_SET = say(QT_TRANSLATE_NOOP("Simulation", "not set"))


def shown_param(value: Any, limit: int = 30) -> Param:
    """:func:`shown` as a phrase's parameter: "not set" translated, a value as written."""
    return _NOT_SET if value is None else shown(value, limit)


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
    broken: Phrase | None

    def describe(self) -> Phrase:
        """The rule in words: ``plan equals 'pro'``, ``has tag 'vip'``."""
        if self.broken is not None and self.operator not in RULE_OPERATORS:
            field = printable(str(self.field or "?"), 30)
            return glue("{field} {operator} ?", field=field, operator=printable(self.operator, 20))
        op = Phrase(RULE_OPERATORS[self.operator], (), CATALOGUE_CONTEXT)
        if self.operator in ("has_tag", "not_has_tag"):
            return glue("{operator} '{tag}'", operator=op, tag=printable(self.text_value, 30))
        field = printable(self.field or "?", 30)
        if self.operator in _VALUELESS:
            return glue("{field} {operator}", field=field, operator=op)
        return glue("{field} {operator} {value}", field=field, operator=op, value=shown(self.value))

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


_NOT_A_RULE = say(QT_TRANSLATE_NOOP("Simulation", "it is not a rule object"))
_NO_TAG = say(QT_TRANSLATE_NOOP("Simulation", "it names no tag"))
_NO_FIELD = say(QT_TRANSLATE_NOOP("Simulation", "it names no field"))


def compile_rule(raw: Any) -> Rule:
    """A rule from a node's or trigger's data, however broken (broken rules never match)."""
    if not isinstance(raw, Mapping):
        return Rule(None, "?", None, "", None, _NOT_A_RULE)
    op = raw.get("operator")
    field = raw.get("field")
    value = raw.get("value")
    if not isinstance(op, str) or op not in RULE_OPERATORS:
        text_op = op if isinstance(op, str) else as_text(op)
        name = field if isinstance(field, str) else None
        why = say(
            QT_TRANSLATE_NOOP("Simulation", "'{operator}' is not an operator"), operator=text_op
        )
        return Rule(name, text_op or "?", value, "", None, why)
    if op in ("has_tag", "not_has_tag"):
        tag = value if _is_set(value) else field  # some editors put the tag in "field"
        if not _is_set(tag):
            return Rule(None, op, value, "", None, _NO_TAG)
        return Rule(None, op, value, as_text(tag), None, None)
    if not isinstance(field, str) or not field:
        return Rule(None, op, value, as_text(value), as_number(value), _NO_FIELD)
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

    def explain(self, matched: bool, index: int, seen: Any) -> Phrase:
        """Why :meth:`decide` said what it said, for a reason line; ``seen`` is the
        :meth:`witness` taken at that moment."""
        count = len(self.rules)
        if not count:
            return say(QT_TRANSLATE_NOOP("Simulation", "there are no rules"))
        if index < 0 and count > 1:
            if matched:
                return say(QT_TRANSLATE_NOOP("Simulation", "all {count} rules hold"), count=count)
            return say(
                QT_TRANSLATE_NOOP("Simulation", "none of the {count} rules holds"), count=count
            )
        rule = self.rules[max(index, 0)]
        what = rule.describe()
        text: Phrase
        if rule.broken is not None:
            text = say(
                QT_TRANSLATE_NOOP("Simulation", "{rule}, is broken: {why}"),
                rule=what,
                why=rule.broken,
            )
        else:
            if matched:
                text = say(QT_TRANSLATE_NOOP("Simulation", "{rule}, holds"), rule=what)
            else:
                text = say(QT_TRANSLATE_NOOP("Simulation", "{rule}, does not hold"), rule=what)
            if rule.field is not None:
                saw = say(
                    QT_TRANSLATE_NOOP("Simulation", "{field} is {value}"),
                    field=printable(rule.field, 30),
                    value=shown_param(seen),
                )
                text = glue("{text} ({seen})", text=text, seen=saw)
        if count > 1:
            return say(
                QT_TRANSLATE_NOOP("Simulation", "rule {number}, {text}"),
                number=index + 1,
                text=text,
            )
        return text


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
