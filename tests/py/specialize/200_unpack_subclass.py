# UNPACK_SEQUENCE on subclasses of tuple and list that define __iter__,
# after many exact tuples and lists: the subclass's iterator decides.

def two(s):
    a, b = s
    return a, b

for i in range(20):
    two((i, i)); two([i, i])

class T(tuple):
    def __iter__(self):
        return iter(("T", "__iter__"))

class L(list):
    def __iter__(self):
        return iter(("L", "__iter__"))

print(two(T((1, 2))), two(L([1, 2])))
print(two(T((1, 2, 3))), two(L([])))
class Short(tuple):
    def __iter__(self):
        return iter((1,))
try:
    two(Short((1, 2)))
except ValueError as e:
    print(type(e).__name__, e)
print(two((1, 2)), two([3, 4]))
