def f(v):
    match v:
        case [a, *b] | (a, b):
            pass
    return sorted(locals())

print(f([1, 2, 3]))

def g():
    match 1:
        case x:
            pass
    return x
print(g())
print(f.__code__.co_varnames)

def unbound():
    match [1, 2]:
        case [x, 3]:
            pass
        case _:
            pass
    return x
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
