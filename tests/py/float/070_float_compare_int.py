print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 16 == 1e16, 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(1 == 1.0, -1 < -0.5, 0 == -0.0, 3 < 3.0000000000000004)
big = 10 ** 400
print(big > 1e308, -big < -1e308, big < float("inf"), big > float("-inf"))
print(float("nan") == 0, 0 < float("nan"))
print(sorted([3, 2.5, -1, 1e-9, 0]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.0))
