"""Local library (SQLite) and journey files. Depends on the model only; no Qt here."""
