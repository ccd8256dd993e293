"""Accounts: profiles, signing in, and tokens kept in the OS keyring (or for this session only)."""
