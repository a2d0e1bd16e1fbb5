import inspect

def f(a, b=2, *args, c, d=4, **kw): pass
def g(x, /, y, *, z): pass
def h(a: int, b: str = 'x', *rest: float) -> list: pass
def e(): pass
def k(a, b=None, *, c=[1, 2], **opts) -> 'str': pass

for fn in (f, g, h, e, k, lambda q, *w: 0):
    s = inspect.signature(fn)
    print(s)
    print(repr(s))
    for name, p in s.parameters.items():
        print(' ', name, p.kind, p.kind.description, p.default is p.empty,
              p.annotation is inspect.Parameter.empty, repr(p))
print(inspect.signature(h).return_annotation)
print(inspect.signature(e).return_annotation is inspect.Signature.empty)
print(list(inspect.signature(f).parameters))
print(inspect.signature(f) == inspect.signature(f))
print(inspect.signature(f) == inspect.signature(g))
print(int(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD.name)
print(repr(inspect.Parameter.POSITIONAL_OR_KEYWORD), str(inspect.Parameter.VAR_POSITIONAL))
