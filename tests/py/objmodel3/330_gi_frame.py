def g():
    x = 1
    yield x
    y = 2
    yield y


it = g()
f = it.gi_frame
print(f.f_lineno, f.f_code.co_name, f.f_locals, f.f_back, type(f).__name__)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals, it.gi_frame.f_globals is globals())
for _ in it:
    pass
print(it.gi_frame)


def inner():
    me = yield
    yield me.gi_frame.f_code.co_name, me.gi_running


gen = inner()
next(gen)
print(gen.send(gen))
