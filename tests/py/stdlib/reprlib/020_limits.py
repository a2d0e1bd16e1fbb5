import reprlib
r = reprlib.Repr()
r.maxlist = 2
r.maxtuple = 3
r.maxdict = 1
r.maxset = 0
r.maxstring = 10
r.maxlong = 8
r.maxother = 12
print(r.repr([1, 2, 3]), r.repr([1, 2]), r.repr((1, 2, 3, 4)))
print(r.repr({'a': 1, 'b': 2}), r.repr({'a': 1}))
print(r.repr({1, 2}), r.repr(frozenset({5})))
print(r.repr('abcdefghijklmnop'), r.repr("it's a \"test\" string"))
print(r.repr(123456789), r.repr(-12345678))
class Long:
    def __repr__(self):
        return '<Long object with a long repr>'
print(r.repr(Long()))
r.maxstring = 3
print(r.repr('abcdefgh'))
r.maxstring = 0
print(r.repr('abcdefgh'))
r.maxlong = 2
print(r.repr(10 ** 10))
r.maxlist = -1
try:
    r.repr([1, 2])
except ValueError as e:
    print(type(e).__name__, e)
