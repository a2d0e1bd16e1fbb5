x = 5
print(-x, +x, ~x, not x)
print(--x, -(-x), ~~x, not not x)
y = -2.5
print(-y, +y, abs(y))
print(-True, +False, ~True)
print(-(2 ** 70), ~(2 ** 70))
print(- 0.0, -0)
