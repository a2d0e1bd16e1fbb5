# __reduce__ / __reduce_ex__, copy.copy and copy.deepcopy
import copy
from datetime import datetime, date, time, timedelta, timezone, tzinfo

tz = timezone(timedelta(hours=2), 'X')
print(datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc, fold=1).__reduce__())
print(datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc, fold=1).__reduce_ex__(4))
print(time(3, 4, 5, 6, fold=1).__reduce_ex__(4), time(3, 4, 5, 6, fold=1).__reduce_ex__(2))
print(date(2020, 1, 2).__reduce_ex__(4), timedelta(2, 3, 4).__reduce_ex__(4))
print(tz.__reduce__(), timezone.utc.__reduce_ex__(4))
print(repr(datetime(b'\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06')), repr(date(b'\x07\xe4\x01\x02')))
print(repr(time(b'\x83\x04\x05\x00\x00\x06', tz)))


class Z(tzinfo):
    def __init__(self, x=1):
        self.x = x


print(Z(5).__reduce__()[1:], tzinfo().__reduce__())
for o in [date(2020, 5, 6), datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=tz, fold=1),
          time(1, 2, fold=1), timedelta(-3, 5), timezone.utc, timezone(timedelta(hours=-3)),
          date(2020, 1, 1).isocalendar()]:
    c, dc = copy.copy(o), copy.deepcopy(o)
    print(repr(c), repr(dc), c == o, dc == o, type(dc) is type(o))
z = copy.deepcopy(Z(7))
print(type(z).__name__, z.x)
print(copy.deepcopy([datetime(2020, 1, 1, tzinfo=tz)]))
