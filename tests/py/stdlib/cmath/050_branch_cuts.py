# Values on the branch cuts: the sign of a zero part picks the side.
import cmath
fs = ['sqrt', 'log', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh']
points = {
    'sqrt': [-2, -0.5], 'log': [-2, -0.5], 'acos': [2, -2], 'asin': [2, -2],
    'atan': [2j, -2j], 'acosh': [0.5, -2], 'asinh': [2j, -2j], 'atanh': [2, -2],
}
for name in fs:
    f = getattr(cmath, name)
    for p in points[name]:
        p = complex(p)
        if p.imag == 0:
            above, below = complex(p.real, 0.0), complex(p.real, -0.0)
        else:
            above, below = complex(0.0, p.imag), complex(-0.0, p.imag)
        print(name, repr(above), repr(f(above)), repr(below), repr(f(below)))
