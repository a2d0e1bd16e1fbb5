import contextvars

v = contextvars.ContextVar("v", default="base")
ctx = contextvars.copy_context()

def inside(x):
    v.set(x)
    return v.get(), len(contextvars.copy_context())

print(ctx.run(inside, "changed"))
print(v.get(), ctx[v], ctx.get(v), v in ctx, len(ctx))
print(list(ctx.keys()) == [v], list(ctx.values()), [(k.name, val) for k, val in ctx.items()])
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print(type(e).__name__, str(e).startswith("cannot enter context"))
try:
    ctx["key"]
except TypeError as e:
    print(type(e).__name__, e)
empty = contextvars.Context()
try:
    empty[v]
except KeyError:
    print("KeyError")
print(empty == contextvars.Context(), ctx == empty)
c2 = ctx.copy()
c2.run(v.set, "other")
print(ctx[v], c2[v])

def boom():
    v.set("lost")
    raise ValueError("inside run")
try:
    contextvars.Context().run(boom)
except ValueError as e:
    print(type(e).__name__, e, v.get())
