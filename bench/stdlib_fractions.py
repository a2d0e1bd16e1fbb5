# Fraction arithmetic the way scripts use it: exact harmonic sums, Bernoulli
# numbers by the Akiyama-Tanigawa algorithm, continued-fraction convergents,
# comparisons and sorting of fractions, limit_denominator, and mixing with ints.
from fractions import Fraction

h = Fraction(0)
for k in range(1, 600):
    h += Fraction(1, k)
print(h.numerator % 1000003, h.denominator % 1000003)


def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    out = []
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        out.append(a[0])
    return out


bs = bernoulli(60)
print(bs[2], bs[4], bs[20], bs[60].numerator % 1000003)

# convergents of sqrt(2) and e, compared and sorted
conv = []
p0, q0, p1, q1 = 1, 0, 1, 1
for _ in range(400):
    p0, q0, p1, q1 = p1, q1, 2 * p1 + p0, 2 * q1 + q0
    conv.append(Fraction(p1, q1))
print(sum(1 for a, b in zip(conv, conv[1:]) if a < b), float(conv[-1]))

pts = [Fraction(i * 7919 % 1009, i % 97 + 1) for i in range(1, 20000)]
pts.sort()
print(pts[0], pts[len(pts) // 2], pts[-1], len(set(pts)))

acc = Fraction(0)
for i in range(1, 20000):
    x = Fraction(i, i + 3)
    acc += x * x - x / 2 + 1
    if acc > 1000:
        acc -= 999
print(acc.limit_denominator(1000), round(float(acc), 6))

approx = [Fraction(3.141592653589793).limit_denominator(d) for d in range(1, 3000, 7)]
print(approx[-1], len(set(approx)))
