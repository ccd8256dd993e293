"""The local library in the window: the journeys panel, opening drafts in tabs, and autosave of every edit within about a second."""
