# adversarial: plain Python recursion without a base case
# cli: RecursionError
# embedded: RecursionError
def f(n):
    return f(n + 1)
f(0)
