"""Yes/no tests of a step's settings, for the validator's pass over the steps.

Per known node type, a test that says True only when the settings rules (``invalid-config``,
``split-percent``) have nothing to say about a step's data: the usual case then costs one call
per step, and :func:`journey_builder.validation.settings.check_nodes` puts into words only the
steps a test does not pass. A jump's target needs the graph and is checked apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from journey_builder.model import CATALOGUE, data_checker

__all__ = ["QUIET_SETTINGS"]


def _split_ok(data: dict[str, Any]) -> bool:
    """True only when a split's branches give ``split-percent`` nothing to say: 2 to 5
    branches with whole percentages above 0 that add up to 100 (anything else: the words)."""
    branches = data.get("branches")
    if type(branches) is not list or not 2 <= len(branches) <= 5:
        return False
    total = 0
    for branch in branches:
        if type(branch) is not dict:
            return False
        percent = branch.get("percent")
        if type(percent) is not int or percent <= 0:
            return False
        total += percent
    return total == 100


def _both(
    first: Callable[[Any], bool], second: Callable[[dict[str, Any]], bool]
) -> Callable[[Any], bool]:
    return lambda data: first(data) and second(data)


#: Known type -> a test of a step's data (True: the settings rules have nothing to say).
QUIET_SETTINGS: dict[str, Callable[[Any], bool]] = {t: data_checker(t) for t in CATALOGUE}
QUIET_SETTINGS["random_split"] = _both(QUIET_SETTINGS["random_split"], _split_ok)
