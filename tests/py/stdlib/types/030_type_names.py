# The type names, checked against live objects.
import types
import sys


def f():
    pass


def gen():
    yield


class C:
    __slots__ = ("x",)

    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.FunctionType is types.LambdaType, isinstance(f.__code__, types.CodeType))
print(isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(C.x, types.MemberDescriptorType))
print(isinstance(types.FunctionType.__code__, types.GetSetDescriptorType))


def outer():
    v = 1

    def inner():
        return v
    return inner


print(isinstance(outer().__closure__[0], types.CellType))
print(types.NoneType is type(None), types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
mod = types.ModuleType("mymod", "the doc")
print(mod.__name__, mod.__doc__, types.ModuleType("bare").__doc__)
mod.x = 5
print(mod.x, sorted(k for k in vars(mod) if not k.startswith("__")))
print(types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
