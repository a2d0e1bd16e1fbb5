# fromisoformat: 3.11's formats for date, time and datetime, and failures
from datetime import datetime, date, time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['2024-01-02', '20240102', '2024-W01', '2024W01', '2024-W01-2', '2024W012',
          '2024-01-02T03', '2024-01-02T0304', '2024-01-02T03:04',
          '2024-01-02 03:04:05.123456789', '2024-01-02T03:04:05,5',
          '2024-01-02T03:04:05Z', '2024-01-02T03:04:05+01', '2024-01-02T03:04:05+0130',
          '2024-01-02T03:04:05-01:30:15.5', '2024-01-02x03:04', '20240102T030405',
          '2024-01-02T03:04:05.1234', '2024-01-02T03:04:05.', '2024-01-0203:04',
          '2024-01-02T24:00', '2024-01-02T03:04:05+24:00', '2024-W53-1',
          '2024-01-02T03:04:05.123+00:00', '2024-01-02T03:04:05 ', '2024-001',
          '2024-01-02T03:4', '2024-01-02T', '2020-W53-5T10', '', '2024-01-02T03:04:05-00:00']:
    t(lambda: datetime.fromisoformat(s))
for s in ['03', '0304', 'T03:04', '03:04:05.5Z', '03:04:05-0130', '3:04',
          '03:04:60', '03:04:05+01:00:00.000001', '03:0405', '03:04:05.123456789', '']:
    t(lambda: time.fromisoformat(s))
for s in ['2024-01-02T00:00', '2024-1-02', '2024W015', '2024-W01-8', '2024-W00-1',
          '2024-02-30', '0000-01-01', '2024-01-02']:
    t(lambda: date.fromisoformat(s))
t(lambda: date.fromisoformat(5))
t(lambda: datetime.fromisoformat(None))
x = datetime(2024, 5, 6, 7, 8, 9, 10)
print(datetime.fromisoformat(x.isoformat()) == x, date.fromisoformat(str(x.date())))
