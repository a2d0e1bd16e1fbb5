a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(-a * b, (-a) * (-b))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // a, f % a)
print(a // 7, a % 7, -a // 7, -a % 7)
print(a == 2 ** 100, a < b, a != b)
