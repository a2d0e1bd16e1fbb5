# singledispatch: register() misuse and calls without arguments.
from functools import singledispatch


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@singledispatch
def fun(x):
    return "base"


attempt(lambda: fun())
attempt(lambda: fun.register(1))
attempt(lambda: fun.register(1, len))
attempt(lambda: fun.register("int", len))


def no_annotations(x):
    pass


def bad_annotation(x: 1):
    pass


def bad_union(x: int | list[int]):
    pass


def string_annotation(x: "int"):
    return "from string"


def only_return(x) -> int:
    return "only return"


try:
    fun.register(no_annotations)
except TypeError as e:
    # The message shows the function's repr (an address): check its parts.
    text = str(e)
    print(text.startswith("Invalid first argument to `register()`: <function no_annotations"),
          text.endswith("Use either `@register(some_class)` or plain `@register` on an annotated function."))
attempt(lambda: fun.register(bad_annotation))
attempt(lambda: fun.register(bad_union))
attempt(lambda: fun.register(string_annotation).__name__)
print(fun(3))
attempt(lambda: fun.register(list[int], len))
attempt(lambda: fun.register(only_return).__name__)
print(fun(1), fun([]))
deco = fun.register(dict)
print(callable(deco), deco(lambda x: "dict").__name__, fun({}))


@singledispatch
def positional_only(x, /):
    return type(x).__name__


print(positional_only(1))
nameless = singledispatch(len)
print(nameless([1, 2]))
attempt(lambda: nameless())
