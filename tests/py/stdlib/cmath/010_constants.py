import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.inf).__name__, type(cmath.infj).__name__, repr(cmath.nanj))
print(cmath.infj.real, cmath.nanj.real, cmath.pi == 3.141592653589793)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
print(cmath.__name__, cmath.__doc__)
print(cmath.sqrt.__name__, type(cmath.sqrt).__name__)
