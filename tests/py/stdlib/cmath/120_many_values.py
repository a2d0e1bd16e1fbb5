# Many pseudo-random arguments: every function, bit for bit (printed with repr).
import cmath
state = 12345
def rand():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
names = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh']
for scale in [1e-300, 1e-8, 0.5, 1.0, 3.0, 50.0, 800.0, 1e150, 1e307]:
    for _ in range(3):
        z = complex((rand() - 0.5) * 2 * scale, (rand() - 0.5) * 2 * scale)
        out = []
        for name in names:
            try:
                out.append(repr(getattr(cmath, name)(z)))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
        print(repr(z), ' '.join(out))
