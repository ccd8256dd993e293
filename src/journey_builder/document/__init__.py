"""The editable journey: the one object that mutates it, and its undo commands."""
