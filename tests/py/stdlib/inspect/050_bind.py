import inspect

def f(a, b=2, *args, c, d=4, **kw): pass
def g(x, /, y, *, z=3): pass
sig = inspect.signature(f)
ba = sig.bind(1, c=3)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = sig.bind(1, 2, 3, 4, c=5, e=6, f=7)
print(ba.arguments, ba.args, ba.kwargs)
gs = inspect.signature(g)
print(gs.bind(1, 2).arguments, gs.bind(1, y=2, z=0).kwargs)
print(gs.bind_partial(1))
print(gs.bind_partial(y=5).arguments)
for call in [lambda: sig.bind(), lambda: sig.bind(1), lambda: gs.bind(x=1, y=2),
             lambda: gs.bind(1, 2, 3), lambda: gs.bind(1, 2, w=3),
             lambda: gs.bind(1, 2, y=3), lambda: sig.bind(1, a=2, c=0),
             lambda: gs.bind_partial(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
ba = gs.bind(1, 2)
print(ba.signature is gs, ba == gs.bind(1, 2), ba == gs.bind(1, 3))
def h(*args, **kwargs): pass
ba = inspect.signature(h).bind(1, 2, x=3)
print(ba.arguments, ba.args, ba.kwargs)
ba = inspect.signature(h).bind()
ba.apply_defaults()
print(ba)
