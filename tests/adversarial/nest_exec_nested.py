# adversarial: exec() calling a function that exec()s again, without end
# cli: RecursionError
# embedded: RecursionError
def r(n):
    exec('r(n + 1)', {'r': r, 'n': n})
r(0)
