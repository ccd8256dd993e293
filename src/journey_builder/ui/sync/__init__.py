"""Sync with the Journeys API: push, pull, publish, activate, pause, delete, the remote journeys list, conflicts, and the online/offline state."""
