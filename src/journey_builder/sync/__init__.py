"""The Journeys API client, credentials and push/pull. Depends on the model only; no Qt here."""
