# derive: how split/subgroup build their parts, and overriding it.
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError(3)])
print(type(d).__name__, repr(d), d.__traceback__, d.__notes__ if hasattr(d, "__notes__") else "-")
print(type(eg.derive([KeyboardInterrupt()])).__name__)
try:
    eg.derive([1])
except ValueError as e:
    print("ValueError", e)


class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)


e = MyEG("custom", [ValueError(1), TypeError(2)], 42)
m, r = e.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__, r.code)


class Plain(ExceptionGroup):
    pass


m, r = Plain("p", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(m).__name__, type(r).__name__)


class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    Bad("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
