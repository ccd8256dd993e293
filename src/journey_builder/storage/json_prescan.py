"""Checks on the raw bytes of a journey file before any JSON parser sees them.

One pass keeps the bytes that matter (:func:`significant_bytes`); from them, the nesting depth
is checked (:func:`check_nesting`, so that no parser recurses 100,000 levels deep) and the fast
parser is told whether the text may hold NaN, Infinity or an overflowing number
(:func:`may_hold_non_finite`). Everything runs at C speed (``bytes.translate``/``replace``).
"""

from __future__ import annotations

from array import array
from itertools import accumulate

from journey_builder.errors import NestingTooDeepError

__all__ = ["MAX_NESTING", "check_nesting", "may_hold_non_finite", "significant_bytes"]

MAX_NESTING = 200

# For the nesting check: every byte but quotes and brackets is dropped, then the strings,
# then brackets become +1/-1 (signed bytes) whose running sum is the depth.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_SIGNED_BRACKETS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")


# The bytes the checks before parsing look at: quotes and brackets (nesting), and those that
# can spell NaN, Infinity or a number (see may_hold_non_finite). One pass over the text.
_NUMBER_BYTES = b"0123456789eENaIinfty"
_NOT_SIGNIFICANT = bytes(b for b in range(256) if b not in b'"[]{}' + _NUMBER_BYTES)


def significant_bytes(raw: bytes) -> bytes:
    """The quotes, brackets and number bytes of ``raw``, in order, escapes dropped first.

    Dropping escaped quotes and backslashes leaves every quote opening or closing a string;
    UTF-8 never hides a quote or bracket inside a multi-byte character.
    """
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    return raw.translate(None, _NOT_SIGNIFICANT)


def _structure(significant: bytes) -> bytes:
    """The brackets outside strings, in order, at C speed (bytes.replace/translate/count)."""
    structure = significant.translate(None, _NOT_STRUCTURE)
    quotes = structure.count(b'"')
    if not quotes:
        return structure
    # A string without brackets leaves two adjacent quotes. When all the quotes pair up so,
    # no string holds a bracket (one that did would leave a quote unpaired): drop them all.
    if structure.count(b'""') * 2 == quotes:
        return structure.translate(None, b'"')
    # Adjacent quotes are an empty string or the end of one and the start of the next: either
    # way no bracket sits between them, so dropping them keeps what is inside strings inside.
    structure = structure.replace(b'""', b"")
    return b"".join(structure.split(b'"')[::2])  # keep only what lies between strings


def _depth(structure: bytes) -> int:
    """The deepest nesting of these brackets (linear, at C speed)."""
    if not structure:
        return 0
    return max(0, max(accumulate(array("b", structure.translate(_SIGNED_BRACKETS)))))


def _nested_at_most(structure: bytes, levels: int) -> bool:
    """True when the brackets surely nest at most ``levels`` deep (False: count them).

    Each round drops the innermost pairs, ``[]`` then ``{}``: at most two levels a round, so
    emptying in ``levels // 2`` rounds proves the point. A journey file takes a handful of
    rounds, each on a shorter text, where counting the depth walks every bracket.
    """
    for _ in range(levels // 2):
        if not structure:
            return True
        shorter = structure.replace(b"[]", b"").replace(b"{}", b"")
        if len(shorter) == len(structure):
            return False  # brackets that do not pair up: the JSON parser will say so
        structure = shorter
    return not structure


def check_nesting(significant: bytes, source: str | None) -> None:
    """Refuse JSON nested deeper than MAX_NESTING, before any parser recurses into it."""
    structure = _structure(significant)
    # Proving "16 levels at most" takes at most 8 rounds; deeper files are counted exactly,
    # which keeps the check linear whatever the file.
    if _nested_at_most(structure, min(16, MAX_NESTING)):
        return
    depth = _depth(structure)
    if depth > MAX_NESTING:
        raise NestingTooDeepError(
            f"the JSON is nested {depth} levels deep; at most {MAX_NESTING} are accepted",
            source=source,
        )


# For the fast path: digits become "0" and "E" becomes "e", quotes and brackets go (signs and
# the rest are already gone): a number with an exponent of three digits or more reads "0e000".
_NUMBERS_ONLY = bytes.maketrans(b"0123456789E", b"0000000000e")


def may_hold_non_finite(significant: bytes) -> bool:
    """Whether the text may hold NaN, Infinity or a number too large for a float.

    The fast parser (pydantic-core) reads those as floats where the standard one refuses them,
    so such text takes the standard path. A number overflows only with an exponent of three
    digits or more, or with hundreds of digits. Dropping bytes only brings others together,
    so nothing is missed; the test may say yes for text that merely looks so ("NaN" in a
    label), which then takes the slower path.
    """
    kept = significant.translate(_NUMBERS_ONLY, b'"[]{}')
    return b"NaN" in kept or b"Infinity" in kept or b"0e000" in kept or b"0" * 200 in kept
