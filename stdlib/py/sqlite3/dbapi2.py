"""sqlite3.dbapi2: the DB-API 2.0 interface over the native core `_sqlite3`.

`_sqlite3` holds the open database (`Database`) and prepared statements
(`Statement`): binding, stepping, rows as tuples. This module holds the
DB-API objects (Connection, Cursor, Row), CPython 3.11's implicit
transactions (a BEGIN before INSERT/UPDATE/DELETE/REPLACE unless
`isolation_level` is None), adapters and converters.
"""

import datetime
import time
import collections.abc
import _thread
from _thread import get_ident as _get_ident

import _sqlite3
from _sqlite3 import complete_statement, sqlite_version

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version_info = tuple(int(x) for x in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError,
             OperationalError, IntegrityError, InternalError,
             ProgrammingError, NotSupportedError):
    _cls.__module__ = "sqlite3"
del _cls


class PrepareProtocol:
    pass


PrepareProtocol.__module__ = "sqlite3"

adapters = {}
converters = {}


def register_adapter(type, adapter, /):
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(name, converter, /):
    converters[name.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=None, /):
    a = adapters.get((type(obj), proto))
    if a is not None:
        return a(obj)
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        r = conform(proto)
        if r is not None:
            return r
    if alt is not None:
        return alt
    raise ProgrammingError("can't adapt")


def _adapt_param(obj):
    # The native binder's hook for values that are not of a base type.
    a = adapters.get((type(obj), PrepareProtocol))
    if a is not None:
        return a(obj)
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        r = conform(PrepareProtocol)
        if r is not None:
            return r
    return obj


_sqlite3._setup({c.__name__: c for c in (
    Warning, Error, InterfaceError, DatabaseError, DataError,
    OperationalError, IntegrityError, InternalError, ProgrammingError,
    NotSupportedError)}, _adapt_param)


def enable_callback_tracebacks(flag, /):
    pass


def enable_shared_cache(do_enable):
    pass


Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


Binary = memoryview


def _register_adapters_and_converters():
    def adapt_date(val):
        return val.isoformat()

    def adapt_datetime(val):
        return val.isoformat(" ")

    def convert_date(val):
        return datetime.date(*map(int, val.split(b"-")))

    def convert_timestamp(val):
        datepart, timepart = val.split(b" ")
        year, month, day = map(int, datepart.split(b"-"))
        timepart_full = timepart.split(b".")
        hours, minutes, seconds = map(int, timepart_full[0].split(b":"))
        if len(timepart_full) == 2:
            microseconds = int("{:0<6.6}".format(timepart_full[1].decode()))
        else:
            microseconds = 0
        return datetime.datetime(year, month, day, hours, minutes, seconds, microseconds)

    register_adapter(datetime.date, adapt_date)
    register_adapter(datetime.datetime, adapt_datetime)
    register_converter("date", convert_date)
    register_converter("timestamp", convert_timestamp)


_register_adapters_and_converters()


class Row:
    """A row with access by index and by (case-insensitive) column name."""

    __slots__ = ("_cursor", "_data", "_keys")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self._cursor = cursor
        self._data = data
        d = cursor.description
        self._keys = [c[0] for c in d] if d else []

    def keys(self):
        return list(self._keys)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, str):
            k = key.upper()
            for i, name in enumerate(self._keys):
                if name.upper() == k:
                    return self._data[i]
            raise IndexError("No item with that key")
        return self._data[key]

    def __hash__(self):
        return hash(tuple(self._keys)) ^ hash(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._keys == other._keys and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def _cmp(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return None

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__


Row.__module__ = "sqlite3"
collections.abc.Sequence.register(Row)

_UNSET = object()


class Connection:
    """A connection to an SQLite database."""

    def __init__(self, database, timeout=5.0, detect_types=0,
                 isolation_level="", check_same_thread=True, factory=None,
                 cached_statements=128, uri=False):
        if hasattr(database, "__fspath__"):
            database = database.__fspath__()
        if isinstance(database, bytes):
            database = database.decode()
        if not isinstance(database, str):
            raise TypeError("expected str, bytes or os.PathLike object, not %s"
                            % type(database).__name__)
        self._db = None
        self._db = _sqlite3.Database(database, bool(uri), float(timeout))
        self._thread = _thread.get_ident()
        self._check_thread = bool(check_same_thread)
        self._detect_types = detect_types
        self._cache = {}
        self._cache_size = cached_statements
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str
        self.Warning = Warning
        self.Error = Error
        self.InterfaceError = InterfaceError
        self.DatabaseError = DatabaseError
        self.DataError = DataError
        self.OperationalError = OperationalError
        self.IntegrityError = IntegrityError
        self.InternalError = InternalError
        self.ProgrammingError = ProgrammingError
        self.NotSupportedError = NotSupportedError

    # -- checks --

    def _check(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        if self._check_thread and _thread.get_ident() != self._thread:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that "
                "same thread. The object was created in thread id %d and this "
                "is thread id %d." % (self._thread, _thread.get_ident()))

    # -- attributes --

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        if value is None:
            if self._db is not None and not self._db.autocommit():
                self._run("COMMIT")
            self._isolation_level = None
            return
        if not isinstance(value, str):
            raise TypeError("isolation_level must be str or None, not %s" % type(value).__name__)
        if value.upper() not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError("isolation_level string must be '', 'DEFERRED', "
                             "'IMMEDIATE', or 'EXCLUSIVE'")
        self._isolation_level = value

    @property
    def in_transaction(self):
        self._check()
        return not self._db.autocommit()

    @property
    def total_changes(self):
        self._check()
        return self._db.total_changes()

    # -- statements --

    def _statement(self, sql):
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        st = self._cache.get(sql)
        if st is not None and not st.busy and not st.has_row:
            return st
        st, rest = self._db.prepare(sql)
        if st is None:
            return None
        if rest.strip() and _has_statement(rest):
            st.finalize()
            raise ProgrammingError("You can only execute one statement at a time.")
        if self._cache_size > 0:
            if len(self._cache) >= self._cache_size and sql not in self._cache:
                del self._cache[next(iter(self._cache))]
            self._cache[sql] = st
        return st

    def _run(self, sql):
        st, _ = self._db.prepare(sql)
        if st is not None:
            st.execute(())
            st.finalize()

    def _begin(self):
        if self._isolation_level is not None and self._db.autocommit():
            self._run("BEGIN " + self._isolation_level)

    # -- API --

    def cursor(self, factory=None):
        self._check()
        if factory is None:
            factory = Cursor
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cur).__name__)
        if self.row_factory is not None and cur.row_factory is None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if not self._db.autocommit():
            self._run("COMMIT")

    def rollback(self):
        self._check()
        if not self._db.autocommit():
            self._run("ROLLBACK")

    def close(self):
        if self._db is not None:
            if self._check_thread and _thread.get_ident() != self._thread:
                self._check()
            self._cache.clear()
            self._db.close()
            self._db = None

    def interrupt(self):
        self._check()
        self._db.interrupt()

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        if func is not None and not callable(func):
            raise TypeError("parameter must be callable")
        self._db.create_function(name, narg, func, deterministic)

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        self._db.create_aggregate(name, n_arg, aggregate_class)

    def create_collation(self, name, callable, /):
        self._check()
        if callable is not None and not builtins_callable(callable):
            raise TypeError("parameter must be callable")
        self._db.create_collation(name, callable)

    def iterdump(self):
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self._check()
            self.rollback()
        return False

    def __call__(self, sql):
        raise NotSupportedError("not supported")

    def __del__(self):
        db = getattr(self, "_db", None)
        if db is not None:
            self._cache.clear()
            db.close()
            self._db = None


import builtins as _builtins
builtins_callable = _builtins.callable
Connection.__module__ = "sqlite3"


def _has_statement(rest):
    """Whether `rest` (text after a statement) holds more than comments."""
    s = rest
    while True:
        s = s.lstrip()
        if s.startswith("--"):
            i = s.find("\n")
            s = "" if i < 0 else s[i + 1:]
        elif s.startswith("/*"):
            i = s.find("*/")
            s = "" if i < 0 else s[i + 2:]
        elif s.startswith(";"):
            s = s[1:]
        else:
            return bool(s)


class Cursor:
    """A cursor: runs statements and fetches their rows."""

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.rowcount = -1
        self.lastrowid = None
        self.description = None
        self._st = None
        self._conv = None
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def _text_factory(self):
        tf = self.connection.text_factory
        return None if tf is str else tf

    def _prepare(self, sql, many):
        self._check()
        if self._st is not None:
            self._st.reset()
            self._st = None
        con = self.connection
        self.description = None
        self.rowcount = -1
        st = con._statement(sql)
        if st is None:
            return None
        if st.is_dml:
            con._begin()
        return st

    def _describe(self, st):
        cols = st.columns()
        if not cols:
            self.description = None
            self._conv = None
            return
        dt = self.connection._detect_types
        conv = None
        if dt:
            conv = []
            found = False
            for name, decl in cols:
                c = None
                if dt & PARSE_COLNAMES:
                    i = name.find("[")
                    if i >= 0:
                        j = name.find("]", i)
                        if j >= 0:
                            c = converters.get(name[i + 1:j].upper())
                if c is None and dt & PARSE_DECLTYPES and decl:
                    key = decl.split("(")[0].strip().split(" ")[0]
                    c = converters.get(key.upper())
                if c is not None:
                    found = True
                conv.append(c)
            if not found:
                conv = None
        self._conv = conv
        self.description = st.description(dt & PARSE_COLNAMES)

    def execute(self, sql, parameters=(), /):
        # The checks of _prepare and _check, inlined: this runs per query.
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        con = self.connection
        if con._db is None or (con._check_thread and _get_ident() != con._thread):
            con._check()
        st = self._st
        if st is not None:
            st.reset()
            self._st = None
        self.description = None
        self.rowcount = -1
        # A hit in the statement cache without a method call.
        st = con._cache.get(sql) if sql.__class__ is str else None
        if st is None or st.has_row or st.busy:
            st = con._statement(sql)
            if st is None:
                return self
        is_dml = st.is_dml
        if is_dml and con._isolation_level is not None and con._db.autocommit():
            con._begin()
        has_row = st.execute(parameters)
        # After the first step: SQLite prepares the statement again there
        # if the schema changed, and its columns may be others now.
        if con._detect_types:
            self._describe(st)
        else:
            self._conv = None
            self.description = st.description(False)
        db = con._db
        if is_dml:
            self.rowcount = db.changes()
        self.lastrowid = db.last_insert_rowid()
        if has_row:
            self._st = st
        return self

    def executemany(self, sql, seq_of_parameters, /):
        st = self._prepare(sql, True)
        if st is None:
            return self
        if not st.is_dml and st.columns():
            st.reset()
            raise ProgrammingError("executemany() can only execute DML statements.")
        n = st.executemany(seq_of_parameters)
        if st.is_dml:
            self.rowcount = n
        return self

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        con = self.connection
        if not con._db.autocommit():
            con._run("COMMIT")
        rest = sql_script
        while True:
            st, rest = con._db.prepare(rest)
            if st is None:
                break
            try:
                if st.execute(()):
                    st.fetch(None, None, -1)
            finally:
                st.finalize()
            if not rest.strip():
                break
        return self

    def _make(self, row):
        rf = self.row_factory
        if rf is not None:
            return rf(self, row)
        return row

    def fetchone(self):
        # _check and _text_factory inlined: this runs per row.
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        con = self.connection
        if con._db is None or (con._check_thread and _get_ident() != con._thread):
            con._check()
        st = self._st
        if st is None:
            return None
        tf = con.text_factory
        row = st.fetchone(self._conv, None if tf is str else tf)
        if not st.has_row:
            self._st = None
        if row is None:
            return None
        rf = self.row_factory
        if rf is not None:
            return rf(self, row)
        return row

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        st = self._st
        if st is None:
            return []
        rows = st.fetch(self._conv, self._text_factory(), size)
        if not st.has_row:
            self._st = None
        rf = self.row_factory
        if rf is not None:
            rows = [rf(self, r) for r in rows]
        return rows

    def fetchall(self):
        self._check()
        st = self._st
        if st is None:
            return []
        rows = st.fetch(self._conv, self._text_factory(), -1)
        self._st = None
        rf = self.row_factory
        if rf is not None:
            rows = [rf(self, r) for r in rows]
        return rows

    def __iter__(self):
        return self

    def __next__(self):
        # fetchone, inlined.
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        con = self.connection
        if con._db is None or (con._check_thread and _get_ident() != con._thread):
            con._check()
        st = self._st
        if st is None:
            raise StopIteration
        tf = con.text_factory
        row = st.fetchone(self._conv, None if tf is str else tf)
        if not st.has_row:
            self._st = None
        if row is None:
            raise StopIteration
        rf = self.row_factory
        if rf is not None:
            return rf(self, row)
        return row

    def close(self):
        if self._st is not None:
            self._st.reset()
            self._st = None
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


Cursor.__module__ = "sqlite3"


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128,
            uri=False):
    return factory(database, timeout, detect_types, isolation_level,
                   check_same_thread, None, cached_statements, uri)
