def closure_maker(x):
    match x:
        case [a, b]:
            def inner():
                return a + b
            return inner
        case _:
            return lambda: None

print(closure_maker([1, 2])())
print(closure_maker(5)())

def uses_global(v):
    global G
    match v:
        case [G]:
            pass
    return G

G = "before"
print(uses_global(["after"]))
print(G)

def nonlocal_capture():
    result = "unset"
    def set_it(v):
        nonlocal result
        match v:
            case {"r": result}:
                pass
    set_it({"r": "set"})
    return result
print(nonlocal_capture())
print(closure_maker.__code__.co_varnames)
