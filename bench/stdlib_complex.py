# Mandelbrot set in complex arithmetic: z = z*z + c until |z| > 2, over a
# grid, plus a little of cmath; prints the iteration-count checksum.
import cmath

WIDTH, HEIGHT, MAX_ITER = 400, 300, 100

def escape(c):
    z = 0j
    for i in range(MAX_ITER):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return MAX_ITER

total = 0
rows = []
for y in range(HEIGHT):
    ci = -1.2 + 2.4 * y / HEIGHT
    row = 0
    for x in range(WIDTH):
        c = complex(-2.1 + 2.8 * x / WIDTH, ci)
        n = escape(c)
        row += n
    rows.append(row)
    total += row
print(total, rows[HEIGHT // 2], max(rows))

# Julia set with a complex constant, and roots of unity through cmath.
k = -0.8 + 0.156j
inside = 0
for y in range(60):
    for x in range(80):
        z = complex(-1.6 + 3.2 * x / 80, -1.2 + 2.4 * y / 60)
        for _ in range(40):
            z = z * z + k
            if z.real * z.real + z.imag * z.imag > 4.0:
                break
        else:
            inside += 1
roots = [cmath.exp(2j * cmath.pi * n / 7) for n in range(7)]
print(inside, round(abs(sum(roots)), 9), round(cmath.phase(roots[1]), 12))
