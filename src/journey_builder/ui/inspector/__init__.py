"""The inspector: the form for the selected step (generated from the node catalogue), the journey's name, trigger and entry mode, and raw JSON for what has no form."""
