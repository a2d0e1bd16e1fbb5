# Copies through object.__reduce_ex__(4) and copyreg: slots, subclasses of
# list and dict, __getnewargs_ex__, __getstate__, dispatch_table.
import copy
import copyreg


class Slotted:
    __slots__ = ('a', '__hidden')

    def __init__(self):
        self.a = [1]
        self.__hidden = 'h'

    def hidden(self):
        return self.__hidden


s = Slotted()
c, d = copy.copy(s), copy.deepcopy(s)
print(c.a is s.a, d.a == s.a, d.a is not s.a, c.hidden(), d.hidden())


class Tagged(list):
    pass


t = Tagged([1, [2]])
t.tag = 'x'
ct, dt = copy.copy(t), copy.deepcopy(t)
print(type(ct).__name__, ct, ct.tag, ct[1] is t[1], dt[1] is not t[1], dt.tag)


class Registry(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.hits = 0


r = Registry(a=[1])
r.hits = 3
cr = copy.deepcopy(r)
print(type(cr).__name__, cr, cr.hits, cr['a'] is not r['a'])


class Keyed:
    def __new__(cls, *args, key=None):
        self = object.__new__(cls)
        self.key = key
        self.args = args
        return self

    def __getnewargs_ex__(self):
        return self.args, {'key': self.key}


k = copy.copy(Keyed(1, 2, key='k'))
print(k.args, k.key)


class Stateful:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {'x': self.x + 100}


print(copy.copy(Stateful()).x, copy.deepcopy(Stateful()).x)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.y, p.x)


copyreg.pickle(Point, reduce_point)
p = copy.copy(Point(1, 2))
print(p.x, p.y)
del copyreg.dispatch_table[Point]


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoReduce())
    except copy.Error as e:
        print(fn.__name__, type(e).__name__, e)
