"""One module per gap rule; the registry in :mod:`tk4.checks` lists them explicitly."""
