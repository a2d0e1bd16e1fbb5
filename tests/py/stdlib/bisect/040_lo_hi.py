# lo and hi bound the search; hi=None (or -1) is the length.
import bisect

a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(bisect.bisect_left(a, 5, 0, 3), bisect.bisect_left(a, 5, 7), bisect.bisect_right(a, 5, 2, 8))
print(bisect.bisect_left(a, 5, lo=2, hi=4), bisect.bisect_left(a, 5, hi=None), bisect.bisect_left(a, 5, 0, -1))
print(bisect.bisect_left(a, 5, 0, -2), bisect.bisect_left(a, 5, 8, 2), bisect.bisect_left(a, 5, 100))
print(bisect.bisect_left(a, 5, True), bisect.bisect_right(a, 5, 0, True))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(bisect.bisect_left(a, 7, Index(2), Index(9)))
b = [1, 2]
bisect.insort_left(b, 0, lo=1)
print(b)
c = []
bisect.insort_left(c, 5, lo=3)
print(c)
d = [1, 5, 9]
bisect.insort_right(d, 5, 0, 1)
print(d)
print(bisect.bisect_left(a, 5, lo=0, hi=2, key=None), bisect.bisect(a=a, x=3))
print(bisect.bisect_left((1, 3, 5, 7), 5), bisect.bisect_right("acegi", "e"))
print(bisect.bisect_right(range(0, 100, 10), 35), bisect.bisect_left(range(10), 20))
