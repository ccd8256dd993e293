"""Main window, panels, dialogs and background workers."""
