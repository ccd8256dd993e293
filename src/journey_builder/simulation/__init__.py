"""Preview a contact's path through a journey, offline and deterministically (DESIGN §12).

Qt-free, on the model only: the CLI's ``simulate`` verb and the editor's Preview panel both
call :func:`simulate` (one sample contact and an event script) and :func:`simulate_cohort`
(many contacts: counts per step and end). A simulation never raises on a journey the model
loads; bad contacts, events and cohort files raise :class:`SimulationInputError`.
"""

from journey_builder.errors import SimulationInputError
from journey_builder.simulation.cohort import simulate_cohort
from journey_builder.simulation.engine import DEFAULT_HORIZON, DEFAULT_MAX_STEPS, simulate
from journey_builder.simulation.generate import ANSWER_RATE, generate_contacts
from journey_builder.simulation.inputs import (
    EVENT_TYPES,
    parse_contact,
    parse_duration,
    parse_events,
    read_contact,
    read_contacts,
    read_events,
)
from journey_builder.simulation.reasons import format_at, human_duration
from journey_builder.simulation.results import (
    END_KINDS,
    CohortResult,
    SimEnd,
    SimStep,
    SimulationResult,
)

__all__ = [
    "ANSWER_RATE",
    "DEFAULT_HORIZON",
    "DEFAULT_MAX_STEPS",
    "END_KINDS",
    "EVENT_TYPES",
    "CohortResult",
    "SimEnd",
    "SimStep",
    "SimulationInputError",
    "SimulationResult",
    "format_at",
    "generate_contacts",
    "human_duration",
    "parse_contact",
    "parse_duration",
    "parse_events",
    "read_contact",
    "read_contacts",
    "read_events",
    "simulate",
    "simulate_cohort",
]
