"""Dates and times: `date`, `time`, `datetime`, `timedelta`, `tzinfo` and
`timezone`, with CPython 3.11's arithmetic, formats and error messages.

Written for Kaa from the documentation of the `datetime` module and from
CPython's observed behaviour. Every value is kept as plain integer fields;
the calendar is the proleptic Gregorian one, day 1 being 0001-01-01.
"""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()


# ----- the calendar -----

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles, then the month.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    year = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# ----- argument checks -----

def _int_field(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return int(index(value))


def _parse_args(args, kwargs, names, required, npositional=None, fname=None):
    """CPython's keyword-argument parser, with its messages: a list of the
    values (None where missing) and a list of which were given."""
    total = len(args) + len(kwargs)
    where = "function" if fname is None else fname + "()"
    if npositional is not None and len(args) > npositional:
        raise TypeError("%s takes at most %d positional arguments (%d given)"
                        % (where, npositional, len(args)))
    if total > len(names):
        raise TypeError("%s takes at most %d arguments (%d given)"
                        % (where, len(names), total))
    values = list(args) + [None] * (len(names) - len(args))
    given = [True] * len(args) + [False] * (len(names) - len(args))
    for i, name in enumerate(names):
        if name in kwargs:
            if given[i]:
                raise TypeError("argument for %s given by name ('%s') and "
                                "position (%d)" % (where, name, i + 1))
            values[i] = kwargs[name]
            given[i] = True
        elif i < required and not given[i]:
            raise TypeError("%s missing required argument '%s' (pos %d)"
                            % (where, name, i + 1))
    for key in kwargs:
        if key not in names:
            if fname is None:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
            raise TypeError("'%s' is an invalid keyword argument for %s()"
                            % (key, fname))
    return values, given


def _check_date_fields(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    fold = _int_field(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _arg_type(obj):
    """How CPython's argument errors name the type of `obj`."""
    return "None" if obj is None else type(obj).__name__


def _type_name(obj):
    """The name CPython shows for one of the module's objects."""
    cls = type(obj)
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _check_offset(name, offset):
    """The result of a tzinfo's `utcoffset()` or `dst()`, checked."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    """`+HH:MM[:SS[.ffffff]]` for a timedelta (`''` for None)."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        text += "%s%02d" % (sep, ss)
        if off._microseconds:
            text += ".%06d" % off._microseconds
    return text


def _strftime(obj, fmt, timetuple):
    """`strftime` for the module's objects: `%f`, `%z` and `%Z` are filled in
    here, the rest by `time.strftime`."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _arg_type(fmt))
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif code == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif code == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append("" if name is None else name.replace("%", "%%"))
        else:
            out.append("%" + code)
    return _time.strftime("".join(out), timetuple)


def _format(obj, fmt):
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    if fmt:
        return obj.strftime(fmt)
    return str(obj)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd_to_ordinal(y, m, d) + 6) % 7
    yday = _ymd_to_ordinal(y, m, d) - _ymd_to_ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# ----- timedelta -----

# The keyword arguments in the order their parts are added up, with their
# size in microseconds.
_TD_UNITS = (("microseconds", 1), ("milliseconds", 1000),
             ("seconds", _US_PER_SECOND), ("minutes", 60 * _US_PER_SECOND),
             ("hours", 3600 * _US_PER_SECOND), ("days", _US_PER_DAY),
             ("weeks", 7 * _US_PER_DAY))
_TD_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes",
             "hours", "weeks")
_TD_NAME_SET = frozenset(_TD_NAMES)


def _round_half_away(x):
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _round_half_even(num, den):
    """num / den rounded to the nearest integer, ties to even."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _td_from_us(us, cls=None):
    days, us = divmod(us, _US_PER_DAY)
    seconds, us = divmod(us, _US_PER_SECOND)
    if not -2 ** 31 <= days < 2 ** 31:
        raise OverflowError("Python int too large to convert to C int")
    if abs(days) > 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
    self = object.__new__(timedelta if cls is None else cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if args or not kwargs.keys() <= _TD_NAME_SET:
            values, given = _parse_args(args, kwargs, _TD_NAMES, 0,
                                        fname="__new__")
            kwargs = {name: value for name, value, g
                      in zip(_TD_NAMES, values, given) if g}
        total = 0
        leftover = 0.0
        for name, factor in _TD_UNITS:
            if name not in kwargs:
                continue
            value = kwargs[name]
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                whole = int(value)
                total += whole * factor
                frac = value - whole
                if frac:
                    part = factor * frac
                    whole = int(part)
                    total += whole
                    leftover += part - whole
            else:
                raise TypeError("unsupported type for timedelta %s component:"
                                " %s" % (name, type(value).__name__))
        if leftover:
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _td_from_us(total, cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return ((self._days * 86400 + self._seconds) * _US_PER_SECOND
                + self._microseconds)

    def total_seconds(self):
        return self._to_us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds,
                                   self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        return _td_from_us(abs(self._to_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_round_half_even(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(_round_half_even(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td_from_us(r)
        return NotImplemented

    # comparisons

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ----- ISO 8601 parsing (3.11's formats) -----

def _digits(s, start, count):
    """The integer of `count` ASCII digits at `start`, or None."""
    part = s[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        return None
    return int(part)


def _parse_iso_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]."""
    year = _digits(s, 0, 4)
    if year is None:
        return None
    rest = s[4:]
    dash = rest[:1] == "-"
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        if week is None:
            return None
        tail = rest[3:]
        if tail == "":
            weekday = 1
        else:
            if dash:
                if tail[:1] != "-":
                    return None
                tail = tail[1:]
            if len(tail) != 1:
                return None
            weekday = _digits(tail, 0, 1)
            if weekday is None:
                return None
        try:
            return _isocalendar_to_ymd(year, week, weekday)
        except ValueError:
            return None
    if dash:
        if len(rest) != 5 or rest[2] != "-":
            return None
        month, day = _digits(rest, 0, 2), _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month, day = _digits(rest, 0, 2), _digits(rest, 2, 2)
    if month is None or day is None:
        return None
    return year, month, day


def _date_length(s):
    """How many characters of a datetime string make its date."""
    if len(s) > 4 and s[4] == "-":
        if len(s) > 5 and s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if len(s) > 4 and s[4] == "W":
        return 8 if len(s) > 7 and "0" <= s[7] <= "9" else 7
    return 8


def _parse_hms(s):
    """[hh, mm, ss, us] of HH[:MM[:SS[.f+]]] (or without colons), or None."""
    fields = [0, 0, 0, 0]
    pos = 0
    colons = None
    for i in range(3):
        value = _digits(s, pos, 2)
        if value is None:
            return None
        fields[i] = value
        pos += 2
        if pos == len(s):
            return fields
        ch = s[pos]
        if i == 2 or ch in ".,":
            break
        has_colon = ch == ":"
        if colons is None:
            colons = has_colon
        elif colons != has_colon:
            return None
        if has_colon:
            pos += 1
    if pos == len(s):
        return fields
    if s[pos] not in ".," or fields[2] is None or pos < 6:
        return None
    frac = s[pos + 1:]
    if not frac or not all("0" <= c <= "9" for c in frac):
        return None
    fields[3] = int((frac + "00000")[:6])
    return fields


def _parse_iso_time(s):
    """(hh, mm, ss, us, tzinfo) of a time string, or None."""
    cut = len(s)
    for i, ch in enumerate(s):
        if ch in "+-Z":
            cut = i
            break
    hms = _parse_hms(s[:cut])
    if hms is None:
        return None
    tz = None
    if cut < len(s):
        sign = s[cut]
        if sign == "Z":
            if cut + 1 != len(s):
                return None
            tz = timezone.utc
        else:
            off = _parse_hms(s[cut + 1:])
            if off is None:
                return None
            delta = timedelta(hours=off[0], minutes=off[1], seconds=off[2],
                              microseconds=off[3])
            if sign == "-":
                delta = -delta
            if not delta:
                tz = timezone.utc
            else:
                tz = timezone(delta)
    return hms + [tz]


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        last = week == 53 and (
            (_ymd_to_ordinal(year, 1, 1) + 6) % 7 == 3
            or ((_ymd_to_ordinal(year, 1, 1) + 6) % 7 == 2 and _is_leap(year)))
        if not last:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError("Year is out of range: %d" % year)
    return _ordinal_to_ymd(ordinal)


# ----- date -----

def _all_ints(args):
    for a in args:
        if type(a) is not int:
            return False
    return True


def _is_state(arg, size, index, limit):
    """Is `arg` the bytes of a pickled object?"""
    return (isinstance(arg, bytes) and len(arg) == size
            and 1 <= (arg[index] & 0x7F) <= limit)


def _new_date(cls, y, m, d, trusted=False):
    if cls is date or trusted:
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


def _local_fields(t):
    """Local broken-down time of the timestamp `t` (an int)."""
    return _time.localtime(t)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")) or abs(t) > 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(t)
        us = round((t - whole) * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    if isinstance(t, int):
        whole = int(t)
    else:
        if not hasattr(type(t), "__float__") and not hasattr(type(t), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        return _split_timestamp(float(t))
    if not -2 ** 63 <= whole < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return whole, 0


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if len(args) == 1 and not kwargs and _is_state(args[0], 4, 2, 12):
            # The pickled form (`__reduce__`).
            b = args[0]
            return _new_date(cls, b[0] * 256 + b[1], b[2], b[3], True)
        (year, month, day), _ = _parse_args(
            args, kwargs, ("year", "month", "day"), 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # constructors

    @classmethod
    def fromtimestamp(cls, t):
        whole, _ = _split_timestamp(t)
        tm = _local_fields(whole)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ordinal_to_ymd(n)[0])
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(s) in (7, 8, 10) and s.isascii():
            ymd = _parse_iso_date(s)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(_int_field(year), _int_field(week),
                                        _int_field(day)))

    # fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # formats

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_NAMES[weekday], _MONTH_NAMES[self._month], self._day,
            self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        return _format(self, fmt)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    # calendar

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(ordinal - monday, 7)
        elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, *args, **kwargs):
        values, given = _parse_args(
            args, kwargs, ("year", "month", "day"), 0, fname="replace")
        current = (self._year, self._month, self._day)
        return type(self)(*[v if g else c
                            for v, g, c in zip(values, given, current)])

    # comparisons and hashing

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, equality):
        """-1, 0 or 1; 2 for "unequal, not ordered"; None for
        NotImplemented. `datetime` overrides it."""
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other._days
            if not 0 < ordinal <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _date_state(self):
        return bytes((self._year // 256, self._year % 256, self._month,
                      self._day))

    def __reduce__(self):
        return (type(self), (self._date_state(),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The result of `isocalendar()`: a (year, week, weekday) tuple."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _type_name(self), self[0], self[1], self[2])


# ----- tzinfo and timezone -----

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError(
            "a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt += offset - dst
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                             "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base "
                        "type")

    def __new__(cls, *args, **kwargs):
        (offset, name), given = _parse_args(
            args, kwargs, ("offset", "name"), 1, fname="timezone")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta,"
                            " not %s" % _arg_type(offset))
        if given[1] and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _arg_type(name))
        if not given[1] and not offset:
            return timezone.utc
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError(
                "offset must be a timedelta strictly between "
                "-timedelta(hours=24) and timedelta(hours=24), not %r."
                % offset)
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (name, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        self._check_dt("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_dt("dst", dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


utc = timezone._create(timedelta(0))
timezone.utc = utc
UTC = utc
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
del utc


# ----- time -----

_TIME_NAMES = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")


def _time_repr(name, fields, tz, fold, fold_first=False):
    hh, mm, ss, us = fields
    if us:
        text = "%d, %d, %d, %d" % (hh, mm, ss, us)
    elif ss:
        text = "%d, %d, %d" % (hh, mm, ss)
    else:
        text = "%d, %d" % (hh, mm)
    if fold and fold_first:
        text += ", fold=1"
    if tz is not None:
        text += ", tzinfo=%r" % (tz,)
    if fold and not fold_first:
        text += ", fold=1"
    return name, text


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time
    object"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, *args, **kwargs):
        if (1 <= len(args) <= 2 and not kwargs
                and isinstance(args[0], bytes) and len(args[0]) == 6
                and (args[0][0] & 0x7F) < 24):
            # The pickled form (`__reduce__`).
            b = args[0]
            tz = args[1] if len(args) == 2 else None
            _check_tzinfo(tz)
            self = object.__new__(cls)
            self._hour = b[0] & 0x7F
            self._minute = b[1]
            self._second = b[2]
            self._microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
            self._tzinfo = tz
            self._fold = b[0] >> 7
            self._hashcode = -1
            return self
        values, given = _parse_args(args, kwargs, _TIME_NAMES, 0,
                                    npositional=5)
        hour, minute, second, microsecond, tz, fold = [
            v if g or i == 4 else 0
            for i, (v, g) in enumerate(zip(values, given))]
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        text = s[1:] if s[:1] == "T" else s
        parsed = _parse_iso_time(text) if text.isascii() else None
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*parsed)

    # time zone

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    # formats

    def __repr__(self):
        name, text = _time_repr(
            _type_name(self),
            (self._hour, self._minute, self._second, self._microsecond),
            self._tzinfo, self._fold)
        return "%s(%s)" % (name, text)

    def isoformat(self, timespec="auto"):
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        tt = _struct_time(1900, 1, 1, self._hour, self._minute, self._second,
                          -1)
        return _strftime(self, fmt, tt)

    def __format__(self, fmt):
        return _format(self, fmt)

    def replace(self, *args, **kwargs):
        values, given = _parse_args(args, kwargs, _TIME_NAMES, 0,
                                    npositional=5, fname="replace")
        current = (self._hour, self._minute, self._second, self._microsecond,
                   self._tzinfo, self._fold)
        new = [v if g else c for v, g, c in zip(values, given, current)]
        return type(self)(*new[:5], fold=new[5])

    # comparisons and hashing

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) \
            * _US_PER_SECOND + self._microsecond

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return None
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us_of_day(), other._us_of_day())
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return _cmp(self._us_of_day(), other._us_of_day())
        if a is None or b is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        return _cmp(self._us_of_day() - a._to_us(),
                    other._us_of_day() - b._to_us())

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._us_of_day())
            else:
                self._hashcode = hash(t._us_of_day() - off._to_us())
        return self._hashcode

    def __bool__(self):
        return True

    def _time_state(self, fold):
        us = self._microsecond
        return bytes((self._hour + 128 * fold, self._minute, self._second,
                      us >> 16, (us >> 8) & 0xFF, us & 0xFF))

    def __reduce_ex__(self, protocol):
        state = self._time_state(self._fold if protocol > 3 else 0)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----- datetime -----

_DATETIME_NAMES = ("year", "month", "day") + _TIME_NAMES


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold=0, trusted=False):
    if cls is datetime or trusted:
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _local_seconds(u):
    """Seconds from 1970-01-01 00:00 of the local wall time at UTC second u."""
    tm = _local_fields(u)
    days = _ymd_to_ordinal(tm[0], tm[1], tm[2]) - _EPOCH_ORDINAL
    return days * 86400 + tm[3] * 3600 + tm[4] * 60 + tm[5]


def _local_to_utc(t, fold):
    """The UTC second whose local wall time is t (seconds from the epoch in
    wall time); `fold` picks between the two candidates of an ambiguous or
    missing wall time, as PEP 495 says."""
    max_fold = 86400
    a = _local_seconds(t) - t
    u1 = t - a
    t1 = _local_seconds(u1)
    if t1 == t:
        u2 = u1 + (max_fold if fold else -max_fold)
        b = _local_seconds(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local_seconds(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,
    tzinfo]]]]])"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, *args, **kwargs):
        if not kwargs and 3 <= len(args) <= 7 and _all_ints(args):
            # The common call: plain int fields, checked here directly.
            y, m, d, hh, mm, ss, us = args + (0,) * (7 - len(args))
            if (MINYEAR <= y <= MAXYEAR and 1 <= m <= 12
                    and 1 <= d <= _days_in_month(y, m) and 0 <= hh <= 23
                    and 0 <= mm <= 59 and 0 <= ss <= 59
                    and 0 <= us <= 999999):
                return _new_datetime(cls, y, m, d, hh, mm, ss, us, None, 0,
                                     True)
        if (1 <= len(args) <= 2 and not kwargs
                and _is_state(args[0], 10, 2, 12)):
            # The pickled form (`__reduce__`).
            b = args[0]
            tz = args[1] if len(args) == 2 else None
            _check_tzinfo(tz)
            return _new_datetime(cls, b[0] * 256 + b[1], b[2] & 0x7F, b[3],
                                 b[4], b[5], b[6],
                                 (b[7] << 16) | (b[8] << 8) | b[9], tz,
                                 b[2] >> 7, True)
        values, given = _parse_args(args, kwargs, _DATETIME_NAMES, 3,
                                    npositional=8)
        values = [v if g or i == 7 else 0
                  for i, (v, g) in enumerate(zip(values, given))]
        year, month, day = _check_date_fields(*values[:3])
        hour, minute, second, microsecond, fold = _check_time_fields(
            *values[3:7], values[8])
        tz = values[7]
        _check_tzinfo(tz)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # constructors

    @classmethod
    def _from_seconds(cls, whole, us, utc, tz):
        tm = _time.gmtime(whole) if utc else _local_fields(whole)
        if not MINYEAR <= tm[0] <= MAXYEAR:
            raise ValueError("year %d is out of range" % tm[0])
        ss = min(tm[5], 59)
        result = _new_datetime(cls, tm[0], tm[1], tm[2], tm[3], tm[4], ss, us,
                               tz)
        if tz is None and not utc:
            # A wall time that repeats: is this its second occurrence?
            max_fold = 86400
            try:
                before = _local_seconds(whole - max_fold) - (whole - max_fold)
                here = _local_seconds(whole) - whole
                # Clocks went back by `before - here` seconds: the same wall
                # time was also shown that long ago.
                if here < before:
                    earlier = whole - (before - here)
                    if _local_seconds(earlier) == _local_seconds(whole):
                        result = result.replace(fold=1)
            except (OverflowError, ValueError, OSError):
                pass
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        whole, us = _split_timestamp(t)
        if tz is None:
            return cls._from_seconds(whole, us, False, None)
        result = cls._from_seconds(whole, us, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, us = _split_timestamp(t)
        return cls._from_seconds(whole, us, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()["date"]):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            "%s" % _arg_type(date))
        if not isinstance(time, globals()["time"]):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            "%s" % _arg_type(time))
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = None
        if s.isascii() or len(s) > 10:
            n = _date_length(s)
            ymd = _parse_iso_date(s[:n]) if s[:n].isascii() else None
            if ymd is not None:
                if len(s) == n:
                    parsed = list(ymd) + [0, 0, 0, 0, None]
                elif len(s) > n + 1 and s[n + 1:].isascii():
                    hms = _parse_iso_time(s[n + 1:])
                    if hms is not None:
                        parsed = list(ymd) + hms
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % s)
        return cls(*parsed)

    @classmethod
    def strptime(cls, date_string, format):
        for i, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (i + 1, _arg_type(arg)))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # parts

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, *args, **kwargs):
        values, given = _parse_args(args, kwargs, _DATETIME_NAMES, 0,
                                    npositional=8, fname="replace")
        current = (self._year, self._month, self._day, self._hour,
                   self._minute, self._second, self._microsecond,
                   self._tzinfo, self._fold)
        new = [v if g else c for v, g, c in zip(values, given, current)]
        return type(self)(*new[:8], fold=new[8])

    # time zone

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def _wall_seconds(self):
        """Seconds from 1970-01-01 00:00 of the wall time (no offset)."""
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 \
            + self._second

    def timestamp(self):
        if self._tzinfo is None:
            u = _local_to_utc(self._wall_seconds(), self._fold)
            return u + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            offset = self.utcoffset()
        if offset is None:
            mytz = self.replace(tzinfo=None)._local_timezone()
            offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            u = _local_to_utc(self._wall_seconds(), self._fold)
        else:
            u = (self - _EPOCH) // timedelta(seconds=1)
        tm = _local_fields(u)
        offset = timedelta(seconds=tm.tm_gmtoff)
        return timezone(offset, tm.tm_zone)

    # formats

    def __repr__(self):
        name, text = _time_repr(
            _type_name(self),
            (self._hour, self._minute, self._second, self._microsecond),
            self._tzinfo, self._fold, fold_first=True)
        return "%s(%d, %d, %d, %s)" % (name, self._year, self._month,
                                       self._day, text)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode "
                                "character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % type(sep).__name__)
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[weekday], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def utctimetuple(self):
        t = self
        offset = self.utcoffset()
        if offset:
            t = _add_us(self, -offset._to_us(), datetime)
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute,
                            t._second, 0)

    # comparisons and hashing

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _total_us(self):
        days = self.toordinal()
        secs = (self._hour * 60 + self._minute) * 60 + self._second
        return (days * 86400 + secs) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return 2
                raise TypeError("can't compare %s to %s"
                                % (_type_name(self), _type_name(other)))
            return None
        if self._tzinfo is other._tzinfo:
            return _cmp(self._key(), other._key())
        a, b = self.utcoffset(), other.utcoffset()
        if equality and a is not None and b is not None:
            # A time in a fold or gap equals no time of another zone.
            if self.replace(fold=not self._fold).utcoffset() != a:
                return 2
            if other.replace(fold=not other._fold).utcoffset() != b:
                return 2
        if a == b:
            return _cmp(self._key(), other._key())
        if a is None or b is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        return _cmp(self._total_us() - a._to_us(),
                    other._total_us() - b._to_us())

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._key())
            else:
                self._hashcode = hash(t._total_us() - off._to_us())
        return self._hashcode

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _add_us(self, other._to_us(), type(self))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _add_us(self, -other._to_us(), type(self))
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and "
                                "offset-aware datetimes")
            if a is not None:
                diff -= a._to_us() - b._to_us()
        return _td_from_us(diff)

    def __reduce_ex__(self, protocol):
        fold = self._fold if protocol > 3 else 0
        us = self._microsecond
        state = bytes((self._year // 256, self._year % 256,
                       self._month + 128 * fold, self._day, self._hour,
                       self._minute, self._second,
                       us >> 16, (us >> 8) & 0xFF, us & 0xFF))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _add_us(dt, us, cls):
    total = dt._total_us() + us
    days, rest = divmod(total, _US_PER_DAY)
    if not 0 < days <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    secs, us = divmod(rest, _US_PER_SECOND)
    mins, ss = divmod(secs, 60)
    hh, mm = divmod(mins, 60)
    y, m, d = _ordinal_to_ymd(days)
    return _new_datetime(cls, y, m, d, hh, mm, ss, us, dt._tzinfo)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
