# Subclasses of date, datetime, time, timedelta, tzinfo keep their type
from datetime import date, datetime, time, timedelta, timezone
import copy


class MyDate(date):
    def double(self):
        return self.day * 2


class MyDT(datetime):
    extra = 'x'

    def hello(self):
        return 'hi %d' % self.year


class MyTD(timedelta):
    pass


class MyTime(time):
    pass


m = MyDate(2020, 1, 2)
print(repr(m), m.double(), repr(copy.copy(m)), repr(m + timedelta(1)), repr(timedelta(1) + m))
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisoformat('2020-03-04')), repr(MyDate.fromisocalendar(2020, 1, 1)))
print(repr(m - MyDate(2020, 1, 1)), repr(m.replace(day=9)), type(MyDate.today()).__name__)
x = MyDT(2020, 1, 2, 3)
print(repr(x), repr(x + timedelta(1)), x.hello(), repr(x.replace(year=2021)))
print(type(x.astimezone(timezone.utc)).__name__, repr(MyDT.fromisoformat('2020-01-01')))
print(repr(MyDT.combine(date(2020, 1, 1), time(5))), repr(MyDT.strptime('2020', '%Y')))
print(repr(MyDT.fromtimestamp(0, timezone.utc)), type(MyDT.utcfromtimestamp(0)).__name__)
print(type(x.date()).__name__, type(x - timedelta(1)).__name__, repr(copy.deepcopy(x)))
td = MyTD(days=1, hours=2)
print(repr(td), str(td), repr(td + timedelta(1)), type(td * 2).__name__, type(-td).__name__)
print(repr(MyTime(1, 2)), repr(MyTime(1, 2).replace(hour=3)), MyTime(4) == time(4))
print(isinstance(x, date), MyDT.min, MyDT.extra, issubclass(MyDT, datetime))
try:
    class T(timezone):
        pass
except TypeError as e:
    print('TypeError', e)
