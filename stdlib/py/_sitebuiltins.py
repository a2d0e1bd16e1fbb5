"""The helpers that CPython's site module adds to builtins for interactive
use: exit and quit whose repr tells how to leave, and help."""


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _Helper(object):
    """help: help(thing) prints the documentation of thing, help()
    starts an interactive help session (pydoc.help)."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)
