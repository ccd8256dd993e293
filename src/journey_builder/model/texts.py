"""Texts the Qt-free layers put in front of people, translatable without importing Qt.

The catalogue and the validator speak English (the command line and ``--json`` print it). Their
texts are marked with :func:`QT_TRANSLATE_NOOP`, the name ``pyside6-lupdate`` looks for, so the
translations live beside the ui's. A text built from data ("Wait {amount} days") is a
:class:`Phrase`: the English template, its parameters and its context; ``str(phrase)`` is the
English sentence, and the Qt side (``journey_builder.i18n``) translates the template and fills
in the (translated) parameters. Qt's ``%n`` plurals cannot be marked here (lupdate knows no
numerus marker for Python), so a count picks one of two templates, which suits English, German
and Spanish alike (:func:`counted`). See docs/translations.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "CATALOGUE_CONTEXT",
    "QT_TRANSLATE_NOOP",
    "VALIDATION_CONTEXT",
    "Param",
    "Phrase",
    "counted",
    "english",
    "english_params",
    "format_number",
    "phrase",
]

#: The translation context of step types, fields, choices, outputs, triggers and summaries.
CATALOGUE_CONTEXT = "Catalogue"
#: The translation context of validation messages and the inspector's field checks.
VALIDATION_CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; the English text is what is kept."""
    return text


@dataclass(frozen=True, slots=True)
class Phrase:
    """An English template with ``{name}`` parameters, translated by the ui when shown.

    A template that was never marked (the glue of a list, say) is shown as it is, with its
    parameters still translated.
    """

    template: str
    params: tuple[tuple[str, Param], ...] = ()
    context: str = CATALOGUE_CONTEXT

    def __str__(self) -> str:
        if not self.params:
            return self.template
        return self.template.format_map({name: english(value) for name, value in self.params})

    @property
    def param_map(self) -> dict[str, Param]:
        return dict(self.params)


#: A parameter: a ``str`` is shown as it is (a step's label, an id), a number in the reader's
#: format, a :class:`Phrase` translated in turn.
Param = str | int | float | Phrase


def phrase(template: str, context: str = CATALOGUE_CONTEXT, /, **params: Param) -> Phrase:
    """A :class:`Phrase` (``template`` should be marked with :func:`QT_TRANSLATE_NOOP`)."""
    return Phrase(template, tuple(params.items()), context)


def counted(
    count: Param, one: str, other: str, context: str = CATALOGUE_CONTEXT, /, **params: Param
) -> Phrase:
    """``one`` when ``count`` is 1, else ``other``; ``{count}`` is the number."""
    return Phrase(one if count == 1 else other, (("count", count), *params.items()), context)


def english(value: Param) -> str:
    """A parameter as the English text shows it."""
    if isinstance(value, str):
        return value
    if isinstance(value, Phrase):
        return str(value)
    return format_number(value)


def format_number(value: object) -> str:
    """``2`` for 2.0; other numbers as Python writes them (the ui uses the reader's locale)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def english_params(params: Mapping[str, Param]) -> dict[str, str]:
    """Every parameter as English text (what ``--json`` would say)."""
    return {name: english(value) for name, value in params.items()}
