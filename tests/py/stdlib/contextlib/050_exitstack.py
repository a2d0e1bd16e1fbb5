# ExitStack: LIFO unwinding, callbacks, push, pop_all, close.
from contextlib import ExitStack


class R:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n)
        return self.n * 10

    def __exit__(self, typ, exc, tb):
        print("exit", self.n, typ.__name__ if typ else None)
        return False


with ExitStack() as stack:
    vals = [stack.enter_context(R(i)) for i in range(3)]
    stack.callback(print, "callback", "args", sep="+")
    print(vals)


def suppressor(typ, exc, tb):
    print("suppressor sees", typ.__name__)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    stack.enter_context(R(7))
    raise ValueError("gone")
print("suppressed")

with ExitStack() as stack:
    stack.enter_context(R(1))
    stack.enter_context(R(2))
    saved = stack.pop_all()
print("nothing closed yet")
saved.close()
saved.close()
stack = ExitStack()
f = stack.callback(lambda: print("lambda cb"))
print(stack._exit_callbacks[0][1].__wrapped__ is f)
r = stack.push(R(5))
print(r.n)
stack.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        pass


try:
    ExitStack().enter_context(NoExit())
except TypeError as e:
    print(type(e).__name__, e)
