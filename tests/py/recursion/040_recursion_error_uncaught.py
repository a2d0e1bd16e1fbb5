def down(n):
    return down(n + 1) + 1
print("starting deep recursion")
down(0)
