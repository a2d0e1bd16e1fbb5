"""Parsing of time strings by a format: the engine of `time.strptime` and
`datetime.datetime.strptime`.

Written for Kaa from the documentation of `strptime` and CPython's observed
behaviour, for the C locale. A format is split into tokens (literal text,
runs of white space, directives); matching walks them left to right and
backtracks over the lengths a directive may take, so a string is accepted
exactly when CPython's regular expression for the format matches its
beginning. Field values are then combined as CPython does (`%I` with `%p`,
`%U`/`%W`/`%V` with a weekday, `%j`, the default year 1900, ...).
"""

import time as _time
import datetime as _datetime

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday")
_DAY_ABBRS = tuple(n[:3] for n in _DAY_NAMES)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november",
                "december")
_MONTH_ABBRS = tuple(n[:3] for n in _MONTH_NAMES)

# The composite directives of the C locale.
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

# Numeric directives: the (width, smallest, largest) forms a field may take,
# most preferred first, as the alternatives of CPython's patterns.
_NUMBERS = {
    "d": ((2, 1, 31), (1, 1, 9), (-1, 1, 9)),
    "m": ((2, 1, 12), (1, 1, 9)),
    "H": ((2, 0, 23), (1, 0, 9)),
    "I": ((2, 1, 12), (1, 1, 9)),
    "M": ((2, 0, 59), (1, 0, 9)),
    "S": ((2, 0, 61), (1, 0, 9)),
    "j": ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    "U": ((2, 0, 53), (1, 0, 9)),
    "W": ((2, 0, 53), (1, 0, 9)),
    "V": ((2, 1, 53), (1, 0, 9)),
    "w": ((1, 0, 6),),
    "u": ((1, 1, 7),),
    "y": ((2, 0, 99),),
    "Y": ((4, 0, 9999),),
    "G": ((4, 0, 9999),),
    "f": ((6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999),
          (2, 0, 99), (1, 0, 9)),
}

_NAMES = {
    "a": _DAY_ABBRS,
    "A": _DAY_NAMES,
    "b": _MONTH_ABBRS,
    "B": _MONTH_NAMES,
    "p": ("am", "pm"),
}


def _tokenize(fmt):
    """The tokens of a format: ("lit", text), ("ws",) or ("dir", code)."""
    tokens = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[i + 1]
            i += 2
            if code == "%":
                tokens.append(("lit", "%"))
            elif code in _EXPANSIONS:
                tokens.extend(_tokenize(_EXPANSIONS[code]))
            elif code in _NUMBERS or code in _NAMES or code in "zZ":
                tokens.append(("dir", code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (code, fmt))
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(("ws",))
        else:
            tokens.append(("lit", ch.lower()))
            i += 1
    return tokens


def _is_digit(ch):
    return "0" <= ch <= "9"


def _number_ends(code, s, pos):
    ends = []
    for width, lo, hi in _NUMBERS[code]:
        if width == -1:
            # " 7": a space and one digit (`%d`).
            if s[pos:pos + 1] == " " and _is_digit(s[pos + 1:pos + 2]):
                ends.append(pos + 2)
            continue
        part = s[pos:pos + width]
        if len(part) == width and all(_is_digit(c) for c in part) \
                and lo <= int(part) <= hi:
            ends.append(pos + width)
    return ends


def _name_ends(names, s, pos):
    # Longest names first, as CPython's patterns list them.
    ends = []
    for name in sorted(names, key=len, reverse=True):
        if s[pos:pos + len(name)].lower() == name:
            ends.append(pos + len(name))
    return ends


def _zone_names():
    names = {"utc", "gmt"}
    for name in _time.tzname:
        names.add(name.lower())
    return names


def _two_digits(s, pos, first):
    c = s[pos:pos + 1]
    return c != "" and c in first and _is_digit(s[pos + 1:pos + 2])


def _offset_ends(s, pos):
    """Ends of a `%z` field: Z or +HH[:]MM[[:]SS[.ffffff]], longest first."""
    sign = s[pos:pos + 1]
    if sign == "Z":
        return [pos + 1]
    if sign not in ("+", "-") or not _two_digits(s, pos + 1, "0123456789"):
        return []
    p = pos + 3
    if s[p:p + 1] == ":":
        p += 1
    if not _two_digits(s, p, "012345"):
        return []
    p += 2
    ends = [p]
    q = p + 1 if s[p:p + 1] == ":" else p
    if _two_digits(s, q, "012345"):
        q += 2
        ends.insert(0, q)
        if s[q:q + 1] == ".":
            r = q + 1
            while r < len(s) and r < q + 7 and _is_digit(s[r]):
                r += 1
            ends[0:0] = range(r, q + 1, -1)
    return ends


def _candidates(token, s, pos):
    kind = token[0]
    if kind == "lit":
        text = token[1]
        if s[pos:pos + len(text)].lower() == text:
            return [pos + len(text)]
        return []
    if kind == "ws":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        return list(range(end, pos, -1))
    code = token[1]
    if code in _NUMBERS:
        return _number_ends(code, s, pos)
    if code in _NAMES:
        return _name_ends(_NAMES[code], s, pos)
    if code == "Z":
        return _name_ends(_zone_names(), s, pos)
    return _offset_ends(s, pos)


def _match(tokens, s):
    """The (code, text) fields of the first way the tokens match the start of
    `s`, and where the match ends; None if there is none. Backtracking is
    kept on an explicit stack of [start, candidate ends, next candidate]."""
    stack = []
    pos = 0
    while len(stack) < len(tokens):
        stack.append([pos, _candidates(tokens[len(stack)], s, pos), 0])
        while stack and stack[-1][2] >= len(stack[-1][1]):
            stack.pop()
        if not stack:
            return None
        top = stack[-1]
        pos = top[1][top[2]]
        top[2] += 1
    fields = []
    for token, (start, ends, taken) in zip(tokens, stack):
        if token[0] == "dir":
            fields.append((token[1], s[start:ends[taken - 1]]))
    return fields, pos


def _check_repeats(tokens):
    """A directive may appear once (CPython's pattern names a group after
    each)."""
    seen = set()
    for token in tokens:
        if token[0] == "dir":
            if token[1] in seen:
                try:
                    from re import error
                except ImportError:
                    error = ValueError
                raise error("redefinition of group name %r" % token[1])
            seen.add(token[1])


def _parse_offset(text):
    """Seconds and microseconds of a `%z` field."""
    if text == "Z":
        return 0, 0
    body = text[1:]
    if ":" in body:
        if body[2] != ":" or (len(body) > 5 and body[5] != ":"):
            raise ValueError("Inconsistent use of : in %s" % text)
        body = body.replace(":", "")
    hours, minutes = int(body[0:2]), int(body[2:4])
    seconds = int(body[4:6] or 0)
    frac = body[7:]
    micro = int((frac + "000000")[:6]) if frac else 0
    total = (hours * 60 + minutes) * 60 + seconds
    if text[0] == "-":
        return -total, -micro
    return total, micro


def _ordinal(year, month, day):
    return _datetime.date(year, month, day).toordinal()


def _parse(data_string, format):
    for i, value in enumerate((data_string, format)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (i, type(value)))
    tokens = _tokenize(format)
    _check_repeats(tokens)
    found = _match(tokens, data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    fields, end = found
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    values = dict(fields)
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week = week_start = None
    weekday = julian = None
    for code, text in fields:
        if code == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif code == "Y":
            year = int(text)
        elif code == "G":
            iso_year = int(text)
        elif code == "m":
            month = int(text)
        elif code == "B":
            month = _MONTH_NAMES.index(text.lower()) + 1
        elif code == "b":
            month = _MONTH_ABBRS.index(text.lower()) + 1
        elif code == "d":
            day = int(text)
        elif code == "H":
            hour = int(text)
        elif code == "I":
            hour = int(text)
            if values.get("p", "am").lower() == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif code == "M":
            minute = int(text)
        elif code == "S":
            second = int(text)
        elif code == "f":
            fraction = int((text + "00000")[:6])
        elif code == "A":
            weekday = _DAY_NAMES.index(text.lower())
        elif code == "a":
            weekday = _DAY_ABBRS.index(text.lower())
        elif code == "w":
            weekday = (int(text) + 6) % 7
        elif code == "u":
            weekday = int(text) - 1
        elif code == "j":
            julian = int(text)
        elif code in "UW":
            week = int(text)
            week_start = code
        elif code == "V":
            iso_week = int(text)
        elif code == "z":
            gmtoff, gmtoff_fraction = _parse_offset(text)
        elif code == "Z":
            name = text.lower()
            tzname = [n.lower() for n in _time.tzname]
            if name in ("utc", "gmt"):
                isdst = 0
            elif not (_time.daylight and tzname[0] == tzname[1]):
                if name == tzname[0]:
                    isdst = 0
                elif name == tzname[1]:
                    isdst = 1

    weekday_directives = "('%A', '%a', '%w', or '%u')"
    if iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive " + weekday_directives + ".")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive " + weekday_directives + ".")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    # Without a year, February 29 is read in a leap year (1904), then shown
    # in 1900 as CPython does.
    leap_fudge = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fudge else 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_start)
        elif iso_year is not None:
            year = iso_year
            monday = _datetime.date.fromisocalendar(iso_year, 1, 1) \
                if 1 <= iso_year <= 9999 else None
            if monday is None:
                raise ValueError("Year is out of range: %d" % iso_year)
            ordinal = monday.toordinal() + (iso_week - 1) * 7 + weekday
            julian = ordinal - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _datetime._is_leap(year) else 365

    first = _ordinal(year, 1, 1)
    if julian is None:
        julian = _ordinal(year, month, day) - first + 1
    else:
        d = _datetime.date.fromordinal(first + julian - 1)
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _datetime.date(year, month, day).weekday()
    if leap_fudge:
        year = 1900
    tzname = values.get("Z")
    return ((year, month, day, hour, minute, second, weekday, julian, isdst,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _julian_from_week(year, week, weekday, start):
    """Day of the year of a `%U` (weeks from Sunday) or `%W` (from Monday)
    week number and a weekday (Monday is 0)."""
    first = _datetime.date(year, 1, 1).weekday()
    if start == "U":
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    week0_days = (7 - first) % 7
    return 1 + week0_days + 7 * (week - 1) + weekday


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """`time.strptime`."""
    values = _parse(data_string, format)[0]
    return _time.struct_time(values)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """`datetime.datetime.strptime`: an instance of `cls`."""
    values, fraction, gmtoff_fraction = _parse(data_string, format)
    tzname, gmtoff = values[-2:]
    args = values[:6] + (fraction,)
    if gmtoff is not None:
        delta = _datetime.timedelta(seconds=gmtoff,
                                    microseconds=gmtoff_fraction)
        if tzname:
            tz = _datetime.timezone(delta, tzname)
        else:
            tz = _datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
