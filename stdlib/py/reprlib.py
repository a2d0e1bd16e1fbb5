"""repr() with size limits: long containers, strings and numbers are
shortened with "..." (Repr, repr), and recursive_repr guards a __repr__
against recursion."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from sys import maxsize as _MAXSIZE
from _thread import get_ident


def recursive_repr(fillvalue='...'):
    """Decorator to make a repr function return fillvalue for a recursive
    call (the same object, in the same thread, while its repr runs)."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        # What functools.wraps would copy (reprlib must not import it).
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _head_and_tail(s, limit, fillvalue):
    """s cut to its first and last characters around fillvalue, so that it
    is about limit characters long."""
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return s[:head] + fillvalue + s[len(s) - tail:]


def _take(iterable, count):
    """The first count items of iterable (itertools.islice's rules for
    count: an integer from 0 to sys.maxsize)."""
    try:
        count = count.__index__()
    except (AttributeError, TypeError):
        count = -1
    if not 0 <= count <= _MAXSIZE:
        raise ValueError('Stop argument for islice() must be None or an '
                         'integer: 0 <= x <= sys.maxsize.')
    items = []
    if count:
        for item in iterable:
            items.append(item)
            if len(items) >= count:
                break
    return items


def _possibly_sorted(x):
    # Sorted if the items can be compared, else in iteration order.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            pieces = [self.repr1(elem, level - 1)
                      for elem in _take(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return '%s%s%s' % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        header = "array('%s', [" % x.typecode
        return self._repr_iterable(x, level, header, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        x = _possibly_sorted(x)
        return self._repr_iterable(x, level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        x = _possibly_sorted(x)
        return self._repr_iterable(x, level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in _take(_possibly_sorted(x), self.maxdict):
            keyrepr = self.repr1(key, level - 1)
            valrepr = self.repr1(x[key], level - 1)
            pieces.append('%s: %s' % (keyrepr, valrepr))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (', '.join(pieces),)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = _head_and_tail(s, self.maxlong, self.fillvalue)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
            # Bugs in x.__repr__() can cause arbitrary exceptions; they
            # are not this module's to report.
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            s = _head_and_tail(s, self.maxother, self.fillvalue)
        return s


aRepr = Repr()
repr = aRepr.repr
