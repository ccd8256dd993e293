"""Generated journeys: exactly the size asked for, valid, and the same for the same seed."""

from __future__ import annotations

import pytest

from journey_builder.document.generate import generate_journey
from journey_builder.validation import validate


@pytest.mark.parametrize("count", [2, 3, 5, 10, 60, 100, 1000])
def test_every_seed_gives_exactly_the_steps_asked_for(count: int) -> None:
    # Seeds 4 and 6 at 60 steps once stopped at 5: every branch had taken an early exit.
    sizes = {seed: len(generate_journey(count, seed=seed).nodes) for seed in range(30)}
    assert sizes == dict.fromkeys(range(30), count)


def test_a_generated_journey_has_no_errors_and_repeats_with_its_seed() -> None:
    doc = generate_journey(300, seed=6)
    assert [p for p in validate(doc) if p.severity == "error"] == []
    assert generate_journey(300, seed=6).to_json() == doc.to_json()
    assert generate_journey(300, seed=7).to_json() != doc.to_json()
