import contextvars

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print(type(e).__name__, "used" in str(e))
t2 = w.set("x")
try:
    v.reset(t2)
except ValueError as e:
    print(type(e).__name__, "different ContextVar" in str(e))
try:
    v.reset("nope")
except TypeError as e:
    print(type(e).__name__)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(contextvars.ContextVar[int], type(contextvars.copy_context()).__name__)
