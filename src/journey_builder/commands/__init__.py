"""CLI verbs, one module per area; :mod:`journey_builder.cli` wires them together."""
