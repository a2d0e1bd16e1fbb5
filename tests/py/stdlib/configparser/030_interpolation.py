# BasicInterpolation and ExtendedInterpolation, and their errors; none.
import configparser as cp
c = cp.ConfigParser()
c.read_string("[DEFAULT]\nbase=/b\n[s]\np=%(base)s/x\nq=%(nope)s\nr=100%%\nbad=%z\nloop=%(loop)s\nchain=%(p)s/y\nunclosed=%(x\n")
for k in ['p', 'r', 'chain']:
    print(k, c.get('s', k))
for k in ['q', 'bad', 'loop', 'unclosed']:
    try:
        c.get('s', k)
    except cp.InterpolationError as e:
        print(type(e).__name__, repr(str(e)), e.option, e.section)
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
e.read_string("[a]\nx=1\ny=${x}2\nz=${b:w}\nbad=$x\nq=${nope}\nd=$$\nm=${a:b:c}\n[b]\nw=W${a:x}\n")
print(e.get('a', 'y'), e.get('a', 'z'), e.get('a', 'd'))
for k in ['bad', 'q', 'm']:
    try:
        e.get('a', k)
    except cp.InterpolationError as ex:
        print(type(ex).__name__, repr(str(ex)))
try:
    e.set('a', 'k', '$(x)')
except ValueError as ex:
    print(type(ex).__name__, ex)
n = cp.ConfigParser(interpolation=None)
n.read_string("[a]\nx=%(y)s\n")
print(n.get('a', 'x'))
r = cp.RawConfigParser()
r.read_string("[a]\nx=%(y)s\n")
r.set('a', 'n', 5)
print(r.get('a', 'x'), r.get('a', 'n'))
