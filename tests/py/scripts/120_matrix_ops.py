"""Matrices as lists: zip(*m) transposes, functools.reduce multiplies."""
from functools import reduce
from itertools import product, starmap
from operator import mul, add


def matmul(a, b):
    cols = list(zip(*b))
    return [[sum(starmap(mul, zip(row, col))) for col in cols] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result


F = [[1, 1], [1, 0]]
print("fib(90) =", mat_pow(F, 90)[0][1])
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(list(map(list, zip(*A))))
print(reduce(matmul, [F] * 10))
print(reduce(add, (a * b for a, b in product(range(1, 4), repeat=2))))


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(mat_pow(F, 5)))
