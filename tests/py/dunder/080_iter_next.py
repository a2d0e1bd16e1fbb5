class CountDown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(CountDown(3)))
for v in CountDown(2):
    print("v", v)
it = CountDown(1)
print(next(it), next(it, "end"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountDown(self.n)
r = Range2(3)
print(list(r), list(r), sorted(r), sum(r), max(r), 2 in r)
a, b, c = Range2(3)
print(a, b, c)
