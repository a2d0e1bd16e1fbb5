def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
def loop_forever():
    n = 0
    while True:
        n += 1
        if n == 7:
            return n
def search(m):
    for row in m:
        for v in row:
            if v < 0:
                return v
print(first_even([1, 3, 4, 6]), first_even([1]), loop_forever(), search([[1], [2, -3]]), search([]))
