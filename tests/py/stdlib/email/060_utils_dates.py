import datetime
from email.utils import (formatdate, parsedate, parsedate_tz, parsedate_to_datetime,
                         format_datetime, mktime_tz)

print(formatdate(0), formatdate(0, usegmt=True), formatdate(1e9))
for s in ['Sun, 06 Dec 2026 16:32:46 -0000', 'Sun, 06 Dec 2026 16:32:46 +0130',
          '6 Dec 2026 16:32 EST', 'Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 95 19:12:08 GMT',
          'Mon, 20 Nov 1995 19:12', 'Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994',
          'Tue, 1 Jan 70 00:00:00 PST', 'Fri, 31 Dec 1999 23:59:59 +0000', 'garbage', '',
          '1 Jan 2000 10.20.30 UT', '5 February 2010 1:2:3 z']:
    print(repr(s), parsedate(s), parsedate_tz(s))
for s in ['Sun, 06 Dec 2026 16:32:46 -0000', 'Sun, 06 Dec 2026 16:32:46 +0100', 'x']:
    try:
        print(repr(parsedate_to_datetime(s)))
    except ValueError as e:
        print(type(e).__name__, e)
utc = datetime.timezone.utc
print(format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=utc)))
print(format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5)))
print(format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=utc), usegmt=True))
print(format_datetime(datetime.datetime(2020, 6, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))))
try:
    format_datetime(datetime.datetime(2020, 1, 2), usegmt=True)
except ValueError as e:
    print(type(e).__name__, e)
print(mktime_tz(parsedate_tz('Sun, 06 Dec 2026 16:32:46 +0130')))
print(mktime_tz((2000, 1, 1, 0, 0, 0, 0, 1, -1, 0)))
