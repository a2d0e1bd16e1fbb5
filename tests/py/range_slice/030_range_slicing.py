r = range(10)
print(r[2:8:2], r[::-1], r[::3], r[-3:], r[5:2])
print(list(r[2:8:2]), list(r[::-1]), list(range(0, 20, 5)[1:]))
print(range(1, 100, 7)[3:10:2], list(range(1, 100, 7)[3:10:2]))
