big = 10 ** 25
print(big > 10 ** 24, big == 10 ** 25, -big < big, -big < -big + 1)
print(sorted([3, -1, 10 ** 20, -10 ** 20, 0]))
print(min(5, 2 ** 70), max(-5, -(2 ** 70)))
print(1 < 2.5 < 3, big > 1e24, big < 1.0000001e25)
print(0 == -0, 7 != 7.0, 7 == 7.0000001)
