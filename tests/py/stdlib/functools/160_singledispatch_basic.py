# singledispatch: register by type argument, by annotation, by union;
# dispatch along the MRO; dispatch() and registry.
from functools import singledispatch


@singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(str)
def _(x):
    return "str " + x


@describe.register(list)
def describe_list(x):
    return "list of %d" % len(x)


@describe.register
def _(x: float | bytes):
    return "number"


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(x: Animal):
    return "animal " + type(x).__name__


def for_none(x):
    return "none"


returned = describe.register(type(None), for_none)
print(returned is for_none)
print(describe(1), describe(True), describe("a"), describe([1, 2]), describe(1.5), describe(b"2"))
print(describe(Dog()), describe(Animal()), describe(None), describe({}), describe(()))
print(describe.dispatch(bool).__name__, describe.dispatch(dict) is describe.__wrapped__)
print(describe_list.__name__, describe.dispatch(list) is describe_list)
print(sorted(c.__name__ for c in describe.registry))
print(describe.registry[object] is describe.__wrapped__, len(describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)


@describe.register(Dog)
def _(x):
    return "dog"


print(describe(Dog()), describe(Animal()))


class MyList(list):
    pass


print(describe(MyList([1])))
describe.register(MyList, lambda x: "mine")
print(describe(MyList()), describe([]))


@singledispatch
def with_kwargs(x, *, sep="-"):
    return sep.join(["base", str(x)])


@with_kwargs.register
def _(x: tuple, *, sep="-"):
    return sep.join(map(str, x))


print(with_kwargs(1), with_kwargs((1, 2), sep="+"), with_kwargs("s", sep=":"))
