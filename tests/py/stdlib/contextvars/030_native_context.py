# The native Context (Rust `_contextvars`): argument errors, the type's
# identity, kwargs through run, nested runs, and threads' own contexts.
import contextvars
import threading

Context = contextvars.Context
print(Context.__name__, Context.__qualname__, Context.__module__)
print(type(contextvars.copy_context()) is Context)
for f in (lambda: Context(1), lambda: Context(a=1),
          lambda: contextvars.copy_context().run(),
          lambda: contextvars.copy_context().copy(1),
          lambda: contextvars.copy_context(1),
          lambda: Context.run(1, print),
          lambda: Context.copy(1),
          lambda: hash(Context())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Sub(Context):
        pass
except TypeError as e:
    print(type(e).__name__, e)

v = contextvars.ContextVar("v", default=0)

def show(*args, **kwargs):
    return args, sorted(kwargs.items()), v.get()

print(Context().run(show, 1, 2, k=3))
outer = contextvars.copy_context()

def nested():
    v.set(1)
    inner = contextvars.copy_context()
    def deeper():
        v.set(2)
        return v.get()
    return inner.run(deeper), v.get(), inner[v]

print(outer.run(nested), v.get(), outer[v])
seen = []

def worker():
    seen.append(v.get())
    v.set(99)
    seen.append(v.get())

v.set(5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(seen, v.get())
print(len(contextvars.copy_context()), list(contextvars.copy_context().values()))
