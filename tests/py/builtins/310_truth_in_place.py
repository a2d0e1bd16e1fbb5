# bool() and `if x:` of the built-in containers and floats take no method
# call; subclasses with their own __bool__ or __len__ are still asked.
from collections import defaultdict, OrderedDict, deque

values = [[], [0], (), (0,), "", "a", {}, {0: 0}, set(), {0}, frozenset(),
          frozenset([1]), 0.0, -0.0, 0.5, float("nan"), b"", b"x", bytearray(),
          defaultdict(int), OrderedDict(a=1), deque(), deque([0]), range(0), None]
print([bool(v) for v in values])
print(["y" if v else "n" for v in values])
lst = [1, 2, 3]
while lst:
    lst.pop()
print(lst, not lst, not [], not "x")


class L(list):
    def __len__(self):
        return 0


class B(list):
    def __bool__(self):
        return False


class S(str):
    def __bool__(self):
        print("S.__bool__")
        return True


class D(dict):
    def __len__(self):
        return 1


class Fl(float):
    def __bool__(self):
        return True


print(bool(L([1])), bool(B([1])), bool(S("")), bool(D()), bool(Fl(0.0)))


class Bad(tuple):
    def __bool__(self):
        return 1


try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(set([1]) - {1}), bool(dict.fromkeys("ab")), bool(" ".strip()))
