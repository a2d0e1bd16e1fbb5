# isoformat with every timespec, sep; str(); __format__ with an empty spec
from datetime import datetime, time, date, timezone, timedelta


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tz = timezone(timedelta(hours=-5, minutes=-30, seconds=-15, microseconds=-500))
adt = datetime(2024, 2, 29, 13, 5, 9, 12345, timezone(timedelta(hours=5, minutes=30)))
dt = datetime(2024, 2, 29, 13, 5, 9)
tm = time(7, 8, 9, 500, tzinfo=tz)
for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(ts, adt.isoformat(timespec=ts), dt.isoformat(' ', ts), tm.isoformat(ts))
print(dt.isoformat(sep='x'), dt.isoformat('\u00e9'), date(5, 1, 1).isoformat())
print(str(adt), str(tm), str(time(1)), str(datetime(1, 1, 1)), format(adt, ''), f'{tm}')
print(datetime(2020, 1, 1, 0, 0, 0, 999).isoformat(timespec='milliseconds'))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-1))).isoformat())
t(lambda: dt.isoformat(sep='xy'))
t(lambda: dt.isoformat(timespec='foo'))
t(lambda: tm.isoformat(timespec='days'))
t(lambda: dt.isoformat(5))
