"""Warnings: messages about conditions that are not worth an exception.

`warn()` finds where the warning is attributed (a caller's file and line,
by `stacklevel`), asks the filters what to do with it (`filters`, first
match wins, else `defaultaction`), and, when it is to be shown, remembers
it in the module's `__warningregistry__` (so "default" shows each location
once) and calls `showwarning()`, which writes `formatwarning()`'s text to
`sys.stderr`. `catch_warnings()` saves and restores all of that.
"""

import sys

__all__ = [
    "warn",
    "warn_explicit",
    "showwarning",
    "formatwarning",
    "filterwarnings",
    "simplefilter",
    "resetwarnings",
    "catch_warnings",
]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _source_line(filename, lineno, module_globals=None):
    """The text of a source line, from `linecache` if Kaa has it."""
    try:
        import linecache
    except ImportError:
        try:
            with open(filename, encoding="utf-8") as f:
                for i, line in enumerate(f, 1):
                    if i == lineno:
                        return line
        except (OSError, ValueError, UnicodeDecodeError):
            pass
        return ""
    return linecache.getline(filename, lineno, module_globals)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the
    source line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr (pythonw): nowhere to write.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _source_line(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        # Kaa has no tracemalloc: CPython's hint when it is not tracing.
        text += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return text


# What the module's users may replace, and the originals, so that a
# replaced showwarning/formatwarning is called with the old signature.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a WarningMessage, through a user's showwarning if set."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a WarningMessage, through a user's formatwarning if set."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter at the front of `filters` (at the end with append):
    `action` ("error", "ignore", "always", "default", "module", "once")
    applies to warnings of a subclass of `category` whose text matches the
    regex `message` (case-insensitively) from a module whose name matches
    the regex `module`, at line `lineno` (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front):
    one that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter moves to the front; appended, it stays where it is.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    """Apply one -W / PYTHONWARNINGS option: action:message:category:module:lineno."""
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append("")
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
    if message:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r"\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins as m

        klass = category
    else:
        module, _, klass = category.rpartition(".")
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _matches(pattern, text):
    """A filter's message or module test: None matches everything, a str
    (the built-in default filters') only itself, a compiled regex what it
    matches at the start."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    # The frame the warning is attributed to: stacklevel 1 is warn's caller.
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals["__name__"] if "__name__" in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(
    message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None
):
    """Issue a warning attributed to filename:lineno in module, with the
    given registry of warnings already shown."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        # The filters changed since this registry was filled.
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (
            _matches(msg, text)
            and issubclass(category, cat)
            and _matches(mod, module)
            and (ln == 0 or lineno == ln)
        ):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """One warning, as `catch_warnings(record=True)` records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message,
            self._category_name,
            self.filename,
            self.lineno,
            self.line,
        )


class catch_warnings(object):
    """A context manager that saves the warnings filters and showwarning
    on entry and restores them on exit. With record=True, warnings are
    collected in the list __enter__ returns instead of shown; action,
    category, lineno and append, if given, are passed to simplefilter()
    on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # A showwarning replaced earlier must not see recorded warnings.
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# The state: the filters, what happens when none matches, and the
# registry of "once" warnings. A version number tells registries filled
# under older filters to start again.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# CPython's defaults for a release build: DeprecationWarning shown in
# __main__ only; the noisy categories ignored.
if not getattr(sys, "warnoptions", None):
    filters.append(("default", None, DeprecationWarning, "__main__", 0))
    simplefilter("ignore", category=DeprecationWarning, append=True)
    simplefilter("ignore", category=PendingDeprecationWarning, append=True)
    simplefilter("ignore", category=ImportWarning, append=True)
    simplefilter("ignore", category=ResourceWarning, append=True)
_processoptions(getattr(sys, "warnoptions", []))


def _warn_unawaited_coroutine(coro):
    """Called by the interpreter when a coroutine that never ran is freed."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)
