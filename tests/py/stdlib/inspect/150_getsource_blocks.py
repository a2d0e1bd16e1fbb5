import inspect
import helper_src as s

for obj in [s.a, s.B, s.B.m, s.B.__dict__['n'], s.c, s.d, s.d(), s.e, s.F,
            s.G, s.G.H, s.G.H.k, s.last]:
    lines, n = inspect.getsourcelines(obj)
    print(n, repr(''.join(lines)))
print(repr(inspect.getcomments(s.F)), repr(inspect.getcomments(s.a)))
print(inspect.getsource(s).count('\n'))
print(inspect.getsourcelines(s)[1])
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(inspect.getsourcelines(tb)[1], inspect.getsourcelines(tb.tb_frame)[1])
def loop():
    pass
loop.__wrapped__ = loop
try:
    inspect.getsource(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
