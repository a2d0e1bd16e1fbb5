def check(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check(5))
check(-2)
