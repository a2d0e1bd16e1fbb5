# Every function over special values: signed zeros, infinities, NaN, tiny and huge.
import cmath
inf = float('inf'); nan = float('nan')
parts = [-inf, -1e308, -2.5, -1.0, -5e-324, -0.0, 0.0, 5e-324, 1.0, 2.5, 1e308, inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'phase', 'polar',
         'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    out = []
    for re in parts:
        for im in parts:
            try:
                out.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__[:3])
    print(name, ' '.join(out))
