a = [0, 1, 2, 3, 4]
print(a[3:1], a[-1:], a[:-10], a[10:], a[-10:10])
print(a[True:], a[:False], "xyz"[-1:-1])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["x":]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 2
print(a[Idx()], a[Idx():], a[:Idx()], range(10)[Idx()])
