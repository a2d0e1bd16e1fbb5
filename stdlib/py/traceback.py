"""Extract, format and print stack traces and exceptions.

Written for Kaa from the documentation of CPython 3.11's `traceback` and
its observed output.  Kaa records no column positions, so no `^^^^`
markers are printed under source lines (CPython omits them too when the
failing expression is the whole line); `FrameSummary.end_lineno`,
`colno` and `end_colno` are None for frames of tracebacks and stacks.
The output otherwise equals what Kaa prints for an uncaught exception.
"""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_CAUSE_MESSAGE = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_CONTEXT_MESSAGE = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")

_sentinel = object()


# -- the functions of the module --------------------------------------------

def print_list(extracted_list, file=None):
    """Print the entries of a list of FrameSummary objects or
    (filename, lineno, name, line) tuples, as extract_tb gives."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The strings print_list would print, one per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_pairs(
        _walk_tb_with_full_positions(tb), limit=limit, lookup_lines=True,
        capture_locals=False)


def _value_and_tb(exc, value, tb):
    """Support both signatures: (exc) and (etype, value, tb)."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(
            f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback (and its chained exceptions
    when `chain` is true) to `file`, sys.stderr by default."""
    value, tb = _value_and_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception would print, each ending in a newline."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report: 'Type: message' (with the source line
    and caret of a SyntaxError, and any notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """print_exception for the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc's output as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception for sys.last_type/last_value/last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (the caller's by default) outwards,
    most recent call last."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from `f` outwards, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the locals of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass          # the frame is still running
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from `f` through its callers."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            f = getattr(f, 'f_back', None)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    """Yield (frame, (lineno, end_lineno, colno, end_colno)) for each entry
    of a traceback: where in the line the failing instruction is."""
    while tb is not None:
        positions = _code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _code_position(code, lasti):
    if lasti < 0:
        return None, None, None, None
    for i, position in enumerate(code.co_positions()):
        if i == lasti // 2:
            return position
    return None, None, None, None


# -- FrameSummary and StackSummary ------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line
    (and the reprs of the frame's locals when captured)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        # The line as given or as read (with its whitespace): the markers
        # are placed in it.
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready to be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from (frame, lineno) pairs, as walk_tb
        and walk_stack give; `limit` keeps the first (or, negative, the
        last) entries."""
        # The pairs go through one more generator and function, so that
        # walk_stack(None) finds its caller's frame four frames out, as in
        # CPython.
        def with_positions():
            for f, lineno in frame_gen:
                yield f, lineno
        return klass._extract_pairs(with_positions(), limit=limit,
                                    lookup_lines=lookup_lines,
                                    capture_locals=capture_locals)

    @classmethod
    def _extract_pairs(klass, frame_gen, *, limit, lookup_lines,
                       capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        filenames = set()
        for f, position in frame_gen:
            if isinstance(position, tuple):
                lineno, end_lineno, colno, end_colno = position
            else:
                lineno, end_lineno, colno, end_colno = position, None, None, None
            co = f.f_code
            filename = co.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            if capture_locals:
                f_locals = f.f_locals
            else:
                f_locals = None
            result.append(FrameSummary(filename, lineno, co.co_name,
                                       lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its 'File' line, source line and
        captured locals."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    {}\n'.format(line.strip()))
            markers = _marker_line(frame_summary)
            if markers:
                row.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name,
                                                         value=value))
        return ''.join(row)

    def format(self):
        """One string per entry; runs of more than three identical entries
        (a recursion) end in '[Previous line repeated N more times]'."""
        result = []
        last = None
        count = 0

        def flush():
            if count > _RECURSIVE_CUTOFF:
                n = count - _RECURSIVE_CUTOFF
                result.append('  [Previous line repeated {} more time{}]\n'
                              .format(n, 's' if n > 1 else ''))

        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
            else:
                flush()
                last = key
                count = 1
            if count > _RECURSIVE_CUTOFF:
                continue
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            result.append(text)
        flush()
        return result


# -- TracebackException -------------------------------------------------------

class _GroupContext:
    """Where the drawing of an exception group is: lines inside a group are
    indented two spaces per level and get a margin character."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin='|'):
        prefix = self.indent()
        if self.depth:
            prefix += margin + ' '
        if isinstance(text, str):
            text = [text]
        for chunk in text:
            yield ''.join(prefix + line
                          for line in chunk.splitlines(keepends=True))


def _char_offset(text, byte_offset):
    return len(text.encode('utf-8')[:byte_offset].decode('utf-8', 'replace'))


def _marker_line(fs):
    """The '^^^^' line under an entry's source line: under the failing
    expression when it is not the whole line, with '~' around the operator
    of a binary operation or the brackets of a subscript."""
    if fs.colno is None or fs.end_colno is None:
        return None
    original = fs._original_line
    stripped = original.strip()
    leading = len(original) - len(original.lstrip())
    start = _char_offset(original, fs.colno)
    anchors = None
    if fs.lineno == fs.end_lineno:
        end = _char_offset(original, fs.end_colno)
        try:
            import _traceback
            anchors = _traceback._caret_anchors(original[start:end])
        except Exception:
            anchors = None
    else:
        end = leading + len(stripped)
    if end <= start or start < leading:
        return None
    width = end - start
    if width >= len(stripped) and not (anchors and anchors[1] > anchors[0]):
        return None
    row = '    ' + ' ' * (start - leading)
    if anchors:
        left, right = min(anchors[0], width), min(anchors[1], width)
        row += '~' * left + '^' * (right - left) + '~' * (width - right)
    else:
        row += '^' * width
    return row + '\n'


class TracebackException:
    """An exception, its traceback and its chained exceptions, captured in
    a form that can be formatted later (no frames or exception kept)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # Only the outermost call walks the chain; the TracebackExceptions
        # it makes for chained exceptions (given `_seen`) leave it to it,
        # so a long chain needs no deep recursion.
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        self.stack = StackSummary._extract_pairs(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        # The chain is built without recursion: a queue of the exceptions
        # whose __cause__/__context__ still have to be captured.
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)
        self.__cause__ = self.__context__ = self.exceptions = None
        if is_recursive_call:
            return
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            if (e is not None and e.__cause__ is not None
                    and id(e.__cause__) not in _seen):
                cause = TracebackException(
                    type(e.__cause__), e.__cause__,
                    e.__cause__.__traceback__, _seen=_seen, **options)
            else:
                cause = None
            if compact:
                need_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                need_context = True
            if (e is not None and e.__context__ is not None
                    and need_context and id(e.__context__) not in _seen):
                context = TracebackException(
                    type(e.__context__), e.__context__,
                    e.__context__.__traceback__, _seen=_seen, **options)
            else:
                context = None
            te.__cause__ = cause
            te.__context__ = context
            # An exception group: one TracebackException per sub-exception,
            # whose own chains are captured through the queue too.
            if e is not None and isinstance(e, BaseExceptionGroup):
                te.exceptions = [
                    TracebackException(type(sub), sub, sub.__traceback__,
                                       _seen=_seen, **options)
                    for sub in e.exceptions]
                queue.extend(zip(te.exceptions, e.exceptions))
            if cause:
                queue.append((te.__cause__, e.__cause__))
            if context:
                queue.append((te.__context__, e.__context__))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line(s) of this exception, without its
        traceback or chain."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)

        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end is None or end == 0:
                    end = start
                if start == end or end == -1:
                    end = start + 1
                colno = start - 1 - spaces
                end_colno = end - 1 - spaces
                if colno >= 0:
                    pad = ''.join(c if c.isspace() else ' '
                                  for c in ltext[:colno])
                    yield '    {}{}\n'.format(pad, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report, as print_exception prints it:
        the chained exceptions first (with CPython's separator texts),
        then this one's traceback and 'Type: message'. The sub-exceptions
        of a group are drawn as a tree of numbered boxes."""
        if _ctx is None:
            _ctx = _GroupContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _CAUSE_MESSAGE
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None
                      and not exc.__suppress_context__):
                    chained_msg = _CONTEXT_MESSAGE
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > exc.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {exc.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        toplevel = _ctx.depth == 0
        if toplevel:
            _ctx.depth += 1
        if self.stack:
            yield from _ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin='+' if toplevel else '|')
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # A nested group drawn last closes the box itself.
                _ctx.need_close = True
            cut = i >= width
            title = '...' if cut else str(i + 1)
            yield (_ctx.indent() + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
            _ctx.depth += 1
            if cut:
                more = count - width
                yield from _ctx.emit(
                    f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + '+------------------------------------\n'
                _ctx.need_close = False
            _ctx.depth -= 1
        if toplevel:
            _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
