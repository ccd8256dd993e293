"""The problems panel: the validator's findings, checked live (on a worker thread for large journeys); a click selects and centres the step."""
