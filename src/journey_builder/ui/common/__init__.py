"""Pieces every room uses: plain-text widgets, background workers, icons, the theme, settings, message boxes, document snapshots for workers, journey badges."""
