# Flat calls of functions whose last parameters come from their defaults,
# and of classes whose Python __init__ runs in place.
import sys


def f(a, b=10, c=[]):
    c.append(a)
    return a + b, len(c)


print(f(1), f(2, 3), f(4, 5, []), f(6))
f.__defaults__ = (100, [])
print(f(1), f(2))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


print(P(1), P(2, 3), [P(i) for i in range(3)])


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        if n:
            raise ValueError(f"no {n}")
        self.n = n


try:
    Raises(3)
except ValueError as e:
    print("ValueError:", e, [t for t in (e.__traceback__.tb_next,) if t][0].tb_frame.f_code.co_name)

print(Raises(0).n)


# Changing __init__ or __new__ after calls were made.
class Q:
    def __init__(self, a):
        self.a = a


print(Q(1).a)
Q.__init__ = lambda self, a, b=2: setattr(self, "a", a * b)
print(Q(5).a)


def new(cls, *args):
    o = object.__new__(cls)
    o.made = True
    return o


Q.__new__ = new
q = Q(3)
print(q.a, q.made)


# Abstract classes refuse instances on the flat path too.
from abc import ABC, abstractmethod


class A(ABC):
    def __init__(self, v):
        self.v = v

    @abstractmethod
    def run(self):
        pass


try:
    A(1)
except TypeError as e:
    print("TypeError:", e)


class B(A):
    def run(self):
        return self.v


print(B(7).run())


# A metaclass with __call__ is honoured.
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(9).v)


# Wrong argument counts give CPython's messages.
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# Deep recursion through __init__.
class Node:
    def __init__(self, n):
        self.next = Node(n - 1) if n else None


try:
    Node(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(Node(50).next is not None)


# The uncaught error inside a flat __init__: the traceback.
P(1).x.missing
