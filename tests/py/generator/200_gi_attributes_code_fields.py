def g():
    yield gen.gi_running
    yield 2
gen = g()
print(gen.gi_running, gen.gi_suspended, gen.gi_code.co_name, gen.__name__, gen.__qualname__)
print(next(gen), gen.gi_suspended)
list(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_code is g.__code__)
def f(a, /, b, *, c, **k):
    x = 1
    def inner(): return x
    return inner
co = f.__code__
print(co.co_flags & 0x8, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_cellvars, co.co_qualname, co.co_firstlineno)
print(f(1,2,c=3).__code__.co_freevars)
