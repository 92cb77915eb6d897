"""Errors that reach the user as a Dutch message and exit code 2, never as a traceback."""


class Tk4UserError(Exception):
    """A usage or I/O problem the user can fix: bad option, unknown version, unreadable path.

    The message is Dutch and complete; the CLI prints it without a traceback and exits 2.
    """
