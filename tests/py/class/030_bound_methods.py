class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self
a = Acc()
m = a.add
m(5)
m(10)
print(a.total, m.__self__ is a, m.__func__ is Acc.add, m.__name__)
Acc.add(a, 1)
print(a.total, a.add(1).add(2).total)
b = Acc()
print(a.add == a.add, a.add == b.add, type(m).__name__, type(Acc.add).__name__)
methods = [a.add, b.add]
for mm in methods:
    mm(100)
print(a.total, b.total)
