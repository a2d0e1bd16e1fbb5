def f(x):
    match x:
        case 1:
            return "one"
        case other:
            return ("captured", other)

print(f(1))
print(f("abc"))
print(f([1, 2]))

def g(x):
    match x:
        case _:
            return "anything"

print(g(None), g(42))
# `_` is never bound
_ = "untouched"
match 5:
    case _:
        pass
print(_)
