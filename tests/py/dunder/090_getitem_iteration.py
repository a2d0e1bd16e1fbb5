class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print(v, end=" ")
print()
print(list(iter(s)), [x for x in s if x])
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)
