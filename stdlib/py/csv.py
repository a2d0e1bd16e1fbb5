"""CSV reading and writing (CPython 3.11's csv module).

The record parser and writer are native (`_csv`, `stdlib/src/csv.rs`);
this module validates dialects (the `_csv.Dialect` objects the reader and
writer read their settings from), keeps the dialect registry, and holds
`DictReader`, `DictWriter` and `Sniffer`.
"""

import re
from io import StringIO
import _csv
from _csv import (Error, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                  field_size_limit, __version__)

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")
_MISSING = object()
_dialects = {}


def _char(name, v, default):
    if v is _MISSING:
        return default
    if not isinstance(v, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


def _char_or_none(name, v, default):
    if v is _MISSING:
        return default
    if v is None:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is _Dialect and cls is _Dialect and not kwargs:
                return dialect
        got = {}
        for name in _ATTRS:
            if name in kwargs:
                got[name] = kwargs[name]
            elif dialect is not None:
                got[name] = getattr(dialect, name, _MISSING)
            else:
                got[name] = _MISSING
        self = object.__new__(cls)
        set_ = object.__setattr__
        set_(self, "_delimiter", _char("delimiter", got["delimiter"], ","))
        v = got["doublequote"]
        set_(self, "_doublequote", True if v is _MISSING else bool(v))
        set_(self, "_escapechar", _char_or_none("escapechar", got["escapechar"], None))
        v = got["lineterminator"]
        if v is _MISSING:
            v = "\r\n"
        elif v is None:
            pass
        elif not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, "_lineterminator", v)
        set_(self, "_quotechar", _char_or_none("quotechar", got["quotechar"], '"'))
        v = got["quoting"]
        if v is _MISSING:
            q = QUOTE_MINIMAL
        elif type(v) is not int:
            raise TypeError('"quoting" must be an integer')
        else:
            q = v
        set_(self, "_quoting", q)
        v = got["skipinitialspace"]
        set_(self, "_skipinitialspace", False if v is _MISSING else bool(v))
        v = got["strict"]
        set_(self, "_strict", False if v is _MISSING else bool(v))
        if got["quotechar"] is None and got["quoting"] is _MISSING:
            set_(self, "_quoting", QUOTE_NONE)
        if self._quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    __delattr__ = __setattr__

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


_Dialect.__name__ = _Dialect.__qualname__ = "Dialect"
_Dialect.__module__ = "_csv"


def reader(*args, **kwargs):
    """csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    it = iter(args[0])
    if len(args) == 2:
        return _csv._reader(it, _Dialect(args[1], **kwargs))
    return _csv._reader(it, _Dialect(**kwargs))


def writer(*args, **kwargs):
    """csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    if not hasattr(args[0], "write"):
        raise TypeError('argument 1 must have a "write" method')
    if len(args) == 2:
        return _csv._writer(args[0], _Dialect(args[1], **kwargs))
    return _csv._writer(args[0], _Dialect(**kwargs))


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names."""
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    # The getter, `__next__` and `DictWriter.writerow` are native (`_csv`),
    # with the attribute lookups of CPython's Python code.
    fieldnames = property(_csv._dictreader_fieldnames)

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    __next__ = _csv._dictreader_next


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    writerow = _csv._dictwriter_writerow

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


_csv._set_dict_to_list(DictWriter._dict_to_list)


class Sniffer:
    """"Sniffs" the format of a CSV file (i.e. delimiter, quotechar).
    Returns a Dialect object.
    """

    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Returns a dialect (or None) corresponding to the sample"""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._delimiter_by_counts(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _quote_and_delimiter(self, data, delimiters):
        """Find a quote character used around fields: a quote that follows
        the start of a line or a delimiter (plus optional space) and is
        followed by a delimiter or the end of a line. The most frequent
        quote wins, then the delimiter seen most often with it."""
        patterns = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        matches = []
        for pat in patterns:
            regexp = re.compile(pat, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        groupindex = regexp.groupindex
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            q = m[groupindex['quote'] - 1]
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            d = m[groupindex['delim'] - 1] if 'delim' in groupindex else ''
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if 'space' in groupindex and m[groupindex['space'] - 1]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A doubled quote inside a quoted field means doublequote.
        dq = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _delimiter_by_counts(self, data, delimiters):
        """The character that occurs the same number of times on the most
        lines (in chunks of ten lines), preferring the usual delimiters."""
        lines = list(filter(None, data.split('\n')))
        ascii_chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        iteration = 0
        freqs = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for ch in ascii_chars:
                    meta = freqs.setdefault(ch, {})
                    n = line.count(ch)
                    meta[n] = meta.get(n, 0) + 1
            for ch in freqs.keys():
                items = list(freqs[ch].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    modes[ch] = max(items, key=lambda x: x[1])
                    items.remove(modes[ch])
                    modes[ch] = (modes[ch][0], modes[ch][1]
                                 - sum(item[1] for item in items))
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * iteration, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0:
                        if ((v[1] / total) >= consistency and
                                (delimiters is None or k in delimiters)):
                            delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (data.split('\n')[0].count(delim)
                                    == data.split('\n')[0].count("%c " % delim))
                return (delim, skipinitialspace)
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (data.split('\n')[0].count(d)
                                        == data.split('\n')[0].count("%c " % d))
                    return (d, skipinitialspace)
        items = [(v, k) for (k, v) in delims.items()]
        items.sort()
        delim = items[-1][1]
        skipinitialspace = (data.split('\n')[0].count(delim)
                            == data.split('\n')[0].count("%c " % delim))
        return (delim, skipinitialspace)

    def has_header(self, sample):
        """Guess whether the first row is a header: a column whose values
        (after the first row) all have one type or one length, and whose
        first-row value differs from it, votes for a header."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                thing = row[col]
                for this_type in (int, float, complex):
                    try:
                        this_type(thing)
                        break
                    except (ValueError, OverflowError):
                        pass
                else:
                    this_type = len(thing)
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        votes = 0
        for col, col_type in column_types.items():
            if type(col_type) is int:
                if len(header[col]) != col_type:
                    votes += 1
                else:
                    votes -= 1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


reader.__module__ = writer.__module__ = "_csv"
