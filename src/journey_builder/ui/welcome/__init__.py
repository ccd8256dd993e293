"""The welcome page shown on first run and when no journey is open: new, templates, import, sign in, try the sandbox."""
