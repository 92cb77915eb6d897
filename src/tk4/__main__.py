"""Allow ``python -m tk4``."""

from tk4.cli import main

main()
