# A tzinfo subclass with DST: utcoffset/dst/tzname, fromutc, astimezone, fold
from datetime import tzinfo, timedelta, datetime, time, timezone

HOUR = timedelta(hours=1)


class Eastern(tzinfo):
    """US Eastern rules since 2007 (DST from 2nd Sunday of March 2:00 to
    1st Sunday of November 2:00)."""

    def _dst_range(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return timedelta(0) if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else timedelta(0)
        return timedelta(0)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'


et = Eastern()
for h in range(4, 8):
    u = datetime(2023, 11, 5, h, 30, tzinfo=timezone.utc)
    loc = u.astimezone(et)
    print(u.time(), '->', loc, loc.tzname(), loc.fold, loc.astimezone(timezone.utc).time())
x = datetime(2023, 11, 5, 1, 30, tzinfo=et)
print(x.utcoffset(), x.replace(fold=1).utcoffset(), x == x.replace(fold=1))
print(x.timetuple().tm_isdst, x.replace(fold=1).timetuple().tm_isdst)
y = datetime(2023, 7, 1, 12, tzinfo=et)
print(y, y.tzname(), y.dst(), y.utctimetuple()[:6], time(1, tzinfo=et).utcoffset())
print(y.astimezone(timezone.utc), y - datetime(2023, 7, 1, 12, tzinfo=timezone.utc))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(days=2)


b = datetime(2020, 1, 1, tzinfo=Bad())
for f in [b.utcoffset, b.tzname, b.dst, tzinfo().utcoffset, tzinfo().fromutc]:
    try:
        print(f(None) if f.__self__.__class__ is tzinfo else f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    tzinfo().fromutc(datetime(2020, 1, 1))
except Exception as e:
    print(type(e).__name__, e)
