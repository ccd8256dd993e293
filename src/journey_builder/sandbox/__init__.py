"""A local, stateful stand-in for the Journeys API (tests, demos). No Qt here."""
