"""Published versions: the versions panel, opening one read-only, comparing it with the draft on the canvas, restoring it."""
