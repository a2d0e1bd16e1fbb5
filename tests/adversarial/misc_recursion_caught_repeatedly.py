# adversarial: RecursionError caught 50 times in a row leaves the depth counter intact
# cli: ValueError
# embedded: ValueError
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
l = nested_list(5000)
for _ in range(50):
    try:
        repr(l)
    except RecursionError:
        pass
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
assert f(900) == 900
raise ValueError('still fine')
