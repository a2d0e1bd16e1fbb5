# update_abstractmethods recomputes __abstractmethods__ after class creation.
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


class B(A):
    pass


print(B.__abstractmethods__)
B.f = lambda self: "patched"
# Still abstract until recomputed.
try:
    B()
except TypeError as e:
    print(e)
print(abc.update_abstractmethods(B) is B, B.__abstractmethods__, B().f())


def g(self):
    ...


g = abc.abstractmethod(g)
B.g = g
abc.update_abstractmethods(B)
print(sorted(B.__abstractmethods__))
try:
    B()
except TypeError as e:
    print(e)


def add_impl(cls):
    cls.g = lambda self: "g"
    return abc.update_abstractmethods(cls)


@add_impl
class C(B):
    pass


print(C.__abstractmethods__, C().g())


class NotAbc:
    def h(self):
        pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))
