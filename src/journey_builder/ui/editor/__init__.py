"""A journey's tab: the canvas view with its find bar, the palette of step types, read-only tabs, and the dialogs that add and connect steps from the keyboard."""
