print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 3 > 2)
print(1 == 1 == 1, 1 == 1 != 2, 1 <= 1 < 2 <= 2)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(5))
print(calls)
x = 5
print(0 < x < 10, 0 < x < 3, x in [5] == True)
print("a" < "b" < "c", [1] < [2] <= [2])
